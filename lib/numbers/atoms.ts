// The atoms a number is read from: a digit numeral or a number word at a token, remembered per token.
import type { NumberLanguage, NumberWord } from '../lang/number-words.ts';
import { splitCompound, wordSense, type Lexicon } from './lexicon.ts';
import { readNumeral, type Numeral } from './read-digits.ts';
import type { Token } from './tokenize.ts';

/** What the reader works on: the text, its tokens and the language's tables, with a memo of atoms. */
export interface ReadContext {
  /** The width-folded text the tokens index. */
  text: string;
  /** The text as given (a full-width comma groups only full-width digits). */
  raw: string;
  /** Reading percentages and money too (French "50 cents" is money then, "trois cents" still 300). */
  compound: boolean;
  tokens: Token[];
  lang: NumberLanguage;
  lex: Lexicon;
  atoms: Map<number, Atom | null>;
  /** Tokens that are inside a phrase where number words are not numbers (一切, 四川). */
  blocked: Uint8Array;
}

/** One unit of a number: a digit numeral (several tokens) or a word (one token, or a phrase of tokens). */
export interface Atom {
  from: number;
  to: number;
  numeral?: Numeral;
  senses?: NumberWord[];
}

export function atomAt(ctx: ReadContext, t: number): Atom | null {
  const memo = ctx.atoms.get(t);
  if (memo !== undefined) return memo;
  const atom = computeAtom(ctx, t);
  ctx.atoms.set(t, atom);
  return atom;
}

function computeAtom(ctx: ReadContext, t: number): Atom | null {
  const tok = ctx.tokens[t];
  if (!tok || ctx.blocked[t]) return null;
  if (tok.kind === 'digits' || (tok.kind === 'sym' && tok.key === ctx.lang.decimalMark)) {
    // A phrase that starts with digits (Chinese 1半 is 一半, a half).
    const phrase = tok.kind === 'digits' ? ctx.lex.phrases.match(ctx.text, ctx.tokens, t) : null;
    if (phrase) return { from: t, to: phrase.to, senses: [phrase.data] };
    const numeral = readNumeral(ctx.text, ctx.tokens, t, ctx.lang, ctx.raw);
    return numeral ? { from: t, to: numeral.to, numeral } : null;
  }
  if (tok.kind !== 'word' && tok.kind !== 'han') return null;
  const phrase = ctx.lex.phrases.match(ctx.text, ctx.tokens, t);
  if (phrase) {
    for (let i = t; i < phrase.to; i++) if (ctx.blocked[i]) return null;
    return { from: t, to: phrase.to, senses: [phrase.data] };
  }
  const sense = wordSense(ctx.lex, tok.key);
  if (sense && sense.kind === 'scale' && sense.needsFormal && !formalBeside(ctx, t)) return null;
  // 5千克 is five kilograms, not 5000 grams: a scale that starts a unit is the unit's.
  if (sense && sense.kind === 'scale' && ctx.lex.scaleUnits.match(ctx.text, ctx.tokens, t)) return null;
  if (sense) return { from: t, to: t + 1, senses: [sense] };
  if (ctx.lang.compoundWords && tok.kind === 'word') {
    const parts = splitCompound(ctx.lex, tok.key);
    if (parts) return { from: t, to: t + 1, senses: parts };
  }
  return null;
}

/**
 * For 拾: a financial numeral (壹, 佰) or a scale of 万 or more beside token t (壹拾, 拾万, 拾六万), or no Han character
 * touching it at all (a numeral on its own); not 收拾, 拾起, 拾荒, 收拾三个.
 */
function formalBeside(ctx: ReadContext, t: number): boolean {
  const touchingHan = (k: number) => {
    const tk = ctx.tokens[k];
    const right = k < t ? ctx.tokens[t] : tk;
    return tk !== undefined && right !== undefined && right.start === right.gapStart && tk.kind === 'han';
  };
  if (!touchingHan(t - 1) && !touchingHan(t + 1)) return true;
  const next = wordSense(ctx.lex, ctx.tokens[t + 1]?.key ?? '');
  const after = wordSense(ctx.lex, ctx.tokens[t + 2]?.key ?? '');
  if (next?.kind === 'value' && touchingHan(t + 1) && after?.kind === 'scale' && after.value >= 1e4 && touchingHan(t + 2)) return true;
  for (const k of [t - 1, t + 1]) {
    const tk = ctx.tokens[k];
    const near = k < t ? ctx.tokens[t] : tk;
    if (!tk || !near || near.start !== near.gapStart) continue;
    const s = wordSense(ctx.lex, tk.key);
    if (s && (s.kind === 'value' || s.kind === 'scale') && (s.formal === true || (s.kind === 'scale' && s.value >= 1e4))) return true;
  }
  return false;
}

/** Tokens of one number may be separated by spaces or a hyphen, never by a blank line. */
export function joinable(ctx: ReadContext, t: number): boolean {
  const tok = ctx.tokens[t];
  if (!tok) return false;
  const gap = tok.start - tok.gapStart;
  if (gap > 4) return false;
  for (let i = tok.gapStart; i < tok.start; i++) {
    const c = ctx.text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

/** The atom at t after an optional hyphen token ("twenty-one", "dix-sept"). */
export function nextAtomStart(ctx: ReadContext, t: number): number {
  const tok = ctx.tokens[t];
  if (tok && tok.kind === 'sym' && (tok.key === '-' || tok.key === '‐') && joinable(ctx, t)) {
    const prev = ctx.tokens[t - 1];
    const next = ctx.tokens[t + 1];
    // A hyphen joins words only (twenty-one), not digits (5-10 is a range).
    if (prev && next && prev.kind === 'word' && next.kind === 'word' && joinable(ctx, t + 1)) return t + 1;
  }
  return t;
}

