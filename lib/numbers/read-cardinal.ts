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

/** A whole number read from atoms: 3, "twenty-one", "两千四百五", "5万4千6百", "1,5 millones". */
export interface Cardinal {
  from: number;
  to: number;
  value: number;
  /** Written (at least partly) in words. */
  words: boolean;
  /** One atom only, a digit numeral. */
  numeral: Numeral | null;
  /** A lone word that is usually not a count (un, ein, one). */
  weak: boolean;
  /** Holds "and more" markers (十多万, 五百余万). */
  plus: boolean;
  /** Number of atoms read. */
  atoms: number;
  /** The last atom was a scale word (thousand, 万). */
  endsWithScale: boolean;
  /** A decimal part was read (point, 点, vírgula). */
  decimal: boolean;
  /** The scale the number ends with (5 billion -> 1e9), or 0. */
  lastScale: number;
  /**
   * The last joiner inside the number and what came before it ("twenty and three": before 20, at "three"), so
   * that a fraction word after the number can take only the part after the joiner as its numerator.
   */
  lastJoin: { at: number; before: number; scaleBefore: number } | null;
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
  if (sense) return { from: t, to: t + 1, senses: [sense] };
  if (ctx.lang.compoundWords && tok.kind === 'word') {
    const parts = splitCompound(ctx.lex, tok.key);
    if (parts) return { from: t, to: t + 1, senses: parts };
  }
  return null;
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
function nextAtomStart(ctx: ReadContext, t: number): number {
  const tok = ctx.tokens[t];
  if (tok && tok.kind === 'sym' && (tok.key === '-' || tok.key === '‐') && joinable(ctx, t)) {
    const prev = ctx.tokens[t - 1];
    const next = ctx.tokens[t + 1];
    // A hyphen joins words only (twenty-one), not digits (5-10 is a range).
    if (prev && next && prev.kind === 'word' && next.kind === 'word' && joinable(ctx, t + 1)) return t + 1;
  }
  return t;
}

function lowestPlace(x: number): number {
  if (x === 0 || !Number.isInteger(x)) return 1;
  let p = 1;
  while (x % (p * 10) === 0) p *= 10;
  return p;
}

interface Part {
  scale: number;
  value: number;
}

function sumParts(parts: readonly Part[]): number {
  let s = 0;
  for (const p of parts) s += p.value;
  return s;
}

/** The smallest scale pushed so far (the last one), or Infinity. */
function minScale(parts: readonly Part[]): number {
  const last = parts[parts.length - 1];
  return last ? last.scale : Infinity;
}

interface Options {
  /** Stop before any scale of this size or more (used for digits after a decimal word). */
  maxScale?: number;
  /** Read one atom's worth only when it is a digit numeral (no words after it). */
  wordsOnly?: boolean;
  /** Accept forms that only occur inside a number (Vietnamese tư in "một phần tư"). */
  allowInner?: boolean;
}

/**
 * Reads the longest number starting at token t. Scales multiply what is pending below them, so one rule covers
 * "two hundred thousand", "mil millones", "四万万", "1万4000" and "hai mươi mốt nghìn". When a token cannot
 * continue the number, the number ends before it; when a scale cannot apply to the value before it ("two hundred
 * five hundred"), the number ends before that value, which then starts the next number.
 */
export function readCardinal(ctx: ReadContext, t: number, opts: Options = {}): Cardinal | null {
  const { lang } = ctx;
  const parts: Part[] = [];
  let loose: number | null = null;
  let looseFrom = -1;
  let looseDigits = false;
  let looseDone = false;
  let joiner = false;
  let plus = false;
  let decimalAdd = 0;
  let decimal = false;
  let words = false;
  let atoms = 0;
  let weakOnly = true;
  let firstNumeral: Numeral | null = null;
  let lastWasScale = false;
  let articlePending = false;
  let loneScaleNotAlone = false;
  let closed = false;
  let lastJoin: Cardinal['lastJoin'] = null;
  interface Good { to: number; value: number; atoms: number; words: boolean; plus: boolean; scale: number; decimal: boolean;
    join: Cardinal['lastJoin'] }
  const goods: Good[] = [];



  let j = t;
  let stopBefore = -1; // when >= 0, the number ends before this token
  outer: while (j < ctx.tokens.length) {
    if (j > t) {
      if (!joinable(ctx, j)) break;
    }
    const atom = atomAt(ctx, j);
    if (!atom) break;
    // After "1.7 million" only a larger scale may follow (4.78万亿), not "four years".
    if (closed && !(atom.senses?.[0]?.kind === 'scale' && atom.senses[0].value > minScale(parts))) break;
    if (atom.numeral) {
      if (opts.wordsOnly && atoms > 0) break;
      const n = atom.numeral;
      if (looseDone || articlePending) break;
      if (loose !== null) break;
      if (parts.length && n.value >= minScale(parts)) break;
      if (n.value === 0 && (parts.length > 0 || joiner)) break;
      if (joiner === false && atoms > 0 && !lastWasScale) break;
      loose = n.value;
      looseFrom = j;
      looseDigits = true;
      if (atoms === 0) firstNumeral = n;
      weakOnly = false;
      atoms++;
      joiner = false;
      lastWasScale = false;
      goods.push({ to: atom.to, value: sumParts(parts) + (loose ?? 0) + decimalAdd, atoms, words, plus, scale: lastWasScale ? minScale(parts) : 0, decimal, join: lastJoin });
      const afterMark = approximateMark(ctx, atom.to);
      if (afterMark >= 0) {
        plus = true;
        j = afterMark;
      } else j = nextAtomStart(ctx, atom.to);
      continue;
    }
    const senses = atom.senses ?? [];
    for (let si = 0; si < senses.length; si++) {
      const sense = senses[si] as NumberWord;
      switch (sense.kind) {
        case 'value': {
          if (sense.article) {
            // "a hundred", "a third": the article counts only before a scale or fraction word.
            if (senses.length > 1) break outer;
            if (atoms > 0) {
              // "one and a half": the article between the joiner and the half is part of the number.
              const next = atomAt(ctx, nextAtomStart(ctx, atom.to));
              if (joiner && next?.senses?.[0]?.kind === 'half' && joinable(ctx, atom.to)) break;
              break outer;
            }
            articlePending = true;
            loose = 1;
            looseFrom = j;
            break;
          }
          if (sense.filler) {
            // 零 inside a number holds a place (一百零五); before a number word it is skipped (零十); alone it is 0.
            if (parts.length > 0 || loose !== null) {
              if (joiner) break outer;
              joiner = true;
              break;
            }
            const next = atomAt(ctx, nextAtomStart(ctx, atom.to));
            const nextSense = next?.senses?.[0];
            if (next && joinable(ctx, atom.to) && nextSense && (nextSense.kind === 'scale' ||
              (nextSense.kind === 'value' && !nextSense.filler))) {
              joiner = true;
              break;
            }
          }
          if (articlePending || looseDone) break outer;
          if (sense.inner && atoms === 0 && si === 0 && !opts.allowInner) break outer;
          if (sense.notAlone && atoms === 0) loneScaleNotAlone = true;
          const v = sense.value;
          const before = (sumParts(parts) + (loose ?? 0) + decimalAdd);
          const afterJoiner = joiner;
          if (loose === null) {
            if (parts.length && v >= minScale(parts)) break outer;
            // "4 mille 3 cents et 0": a zero continues a number only as a placeholder (nghìn không trăm).
            if (v === 0 && (parts.length > 0 || afterJoiner) && !scaleFollows(ctx, atom.to)) break outer;
            loose = v;
            looseFrom = j;
            looseDigits = false;
          } else {
            if (looseDigits) break outer;
            let next: number | null = null;
            if (joiner && lang.unitBeforeTen && loose > 0 && loose < 10 && v >= 20 && v < 100 && v % 10 === 0) {
              next = loose + v;
            } else if (lang.tensTakingTeens.includes(loose % 100) && v >= 10 && v < 20) {
              next = loose + v;
            } else if (v < lowestPlace(loose) && v !== 0) {
              next = loose + v;
            }
            if (sense.notAfterTen && loose >= 10) next = null;
            if (next === null || (parts.length && next >= minScale(parts))) break outer;
            loose = next;
          }
          if (!sense.weak) weakOnly = false;
          if (afterJoiner) lastJoin = { at: j, before, scaleBefore: lastWasScale ? minScale(parts) : 0 };
          words = true;
          joiner = false;
          lastWasScale = false;
          break;
        }
        case 'scale': {
          const M = sense.value;
          if (opts.maxScale !== undefined && M >= opts.maxScale) break outer;
          // French "cents" after digits is money (50 cents), after words a scale (trois cents).
          if (sense.afterWords && looseDigits && ctx.compound) break outer;
          let popped = 0;
          let hadPop = false;
          while (parts.length && (parts[parts.length - 1] as Part).scale < M) {
            popped += (parts.pop() as Part).value;
            hadPop = true;
          }
          let base: number;
          if (hadPop || loose !== null) {
            base = popped + (loose ?? 0);
          } else if (parts.length && (parts[parts.length - 1] as Part).scale === M && M >= 10000 && lastWasScale) {
            base = (parts.pop() as Part).value; // 四万万 = 4 × 10⁴ × 10⁴
          } else if (parts.length && lastWasScale && M >= 1e5 && minScale(parts) > M && parts.length === 1) {
            // "three crore lakh": a big scale right after a bigger one multiplies it.
            const top = parts.pop() as Part;
            parts.push({ scale: M, value: top.value * M });
            lastWasScale = true;
            words = true;
            break;
          } else if (sense.bare && (parts.length === 0 || minScale(parts) > M)) {
            // German: "Tausende", "Claudia Tausend": a capitalised scale on its own is a noun or a name.
            const first = ctx.text.charAt(ctx.tokens[j]?.start ?? 0);
            if (lang.bareScaleLowercaseOnly && first !== first.toLowerCase()) break outer;
            base = 1;
            if (atoms === 0 && sense.notAlone) loneScaleNotAlone = true;
          } else {
            if (loose !== null) stopBefore = looseFrom;
            break outer;
          }
          if (parts.length && minScale(parts) <= M) {
            // "two hundred five hundred": the second scale starts a new number at "five".
            stopBefore = loose !== null ? looseFrom : j;
            break outer;
          }
          if (sense.maxBase !== undefined && base >= sense.maxBase) {
            // 五十千 is not 50 000: 千 takes one digit.
            stopBefore = j;
            break outer;
          }
          const product = base * M;
          if (parts.length && product >= minScale(parts)) {
            stopBefore = loose !== null ? looseFrom : j;
            break outer;
          }
          parts.push({ scale: M, value: product });
          // "1.7 million four years ago": after a decimal times a scale, the number is complete.
          if (!Number.isInteger(base)) closed = true;
          loose = null;
          looseDigits = false;
          looseDone = false;
          articlePending = false;
          joiner = false;
          words = true;
          weakOnly = false;
          lastWasScale = true;
          // 两千四百五: a lone digit right after a scale counts the next place down (450, not 405).
          if (lang.trailingDigitAbbreviation && M >= 100 && si === senses.length - 1) {
            const d = abbreviatedDigit(ctx, atom.to, M);
            if (d) {
              loose = d.value;
              looseFrom = d.from;
              looseDone = true;
              atoms++;
              goods.push({ to: atom.to, value: (sumParts(parts) + (loose ?? 0) + decimalAdd) - (loose ?? 0), atoms, words, plus, scale: M, decimal, join: lastJoin });
              atoms++;
              lastWasScale = false;
              goods.push({ to: d.to, value: sumParts(parts) + (loose ?? 0) + decimalAdd, atoms, words, plus, scale: lastWasScale ? minScale(parts) : 0, decimal, join: lastJoin });
              j = d.to;
              continue outer;
            }
          }
          break;
        }
        case 'group': {
          // dozen: multiplies the value before it (3 dozens, 十打); "a dozen" is one.
          let base: number;
          if (loose !== null) base = loose;
          else if (parts.length) {
            base = sumParts(parts);
            parts.length = 0;
          } else break outer;
          loose = base * sense.value;
          articlePending = false;
          looseDone = true;
          words = true;
          weakOnly = false;
          break;
        }
        case 'half': {
          if (articlePending) {
            loose = 0.5;
            articlePending = false;
            words = true;
            weakOnly = false;
            break;
          }
          if (atoms === 0 && si === 0) {
            // "half million", "meia dúzia": half of what follows.
            const next = atomAt(ctx, nextAtomStart(ctx, atom.to));
            const ns = next?.senses?.[0];
            if (next && joinable(ctx, atom.to) && ns && (ns.kind === 'scale' || ns.kind === 'group') && senses.length === 1) {
              loose = sense.value;
              looseFrom = j;
              words = true;
              weakOnly = false;
              break;
            }
            break outer;
          }
          if (!joiner && senses.length === 1 && !lastWasScale) break outer;
          // "three and a half", "trois millions et demi", "zweieinhalb".
          if (loose !== null) {
            loose += sense.value;
            looseDone = true;
          } else if (parts.length) {
            const next = atomAt(ctx, nextAtomStart(ctx, atom.to));
            const ns = next?.senses?.[0];
            if (next && joinable(ctx, atom.to) && ns && ns.kind === 'scale' && ns.value < minScale(parts)) {
              loose = sense.value;
              looseFrom = j;
            } else {
              decimalAdd += sense.value * minScale(parts);
              looseDone = true;
            }
          } else break outer;
          joiner = false;
          words = true;
          break;
        }
        case 'joiner': {
          if (joiner || (loose === null && parts.length === 0)) break outer;
          if (articlePending) break outer;
          joiner = true;
          break;
        }
        case 'point': {
          if (si !== senses.length - 1) break outer;
          // "siete con cincuenta" is 7.5, but "con un gol", "3 con dos goles" are not decimals.
          if (sense.weak && (atoms === 0 || looseDigits || !words)) break outer;
          const frac = readDecimalWords(ctx, atom.to, sense.weak === true);
          if (!frac) break outer;
          if (loose !== null && !Number.isInteger(loose)) break outer;
          if (loose !== null) loose = Number(`${loose}.${frac.digits}`);
          else if (parts.length) decimalAdd = Number(`0.${frac.digits}`);
          else if (atoms === 0) {
            loose = Number(`0.${frac.digits}`);
            looseFrom = j;
          } else break outer;
          decimal = true;
          words = true;
          weakOnly = false;
          atoms++;
          lastWasScale = false;
          goods.push({ to: frac.to, value: sumParts(parts) + (loose ?? 0) + decimalAdd, atoms, words, plus, scale: lastWasScale ? minScale(parts) : 0, decimal, join: lastJoin });
          j = frac.to;
          looseDone = true;
          joiner = false;
          lastWasScale = false;
          // Digits after a decimal word may still take a scale (三点五万).
          continue outer;
        }
        case 'minus':
        case 'denominator':
          break outer;
      }
    }
    atoms++;
    if (!joiner && !articlePending) goods.push({ to: atom.to, value: sumParts(parts) + (loose ?? 0) + decimalAdd, atoms, words, plus, scale: lastWasScale ? minScale(parts) : 0, decimal, join: lastJoin });
    // 十多万, 五百余万: an "and more" mark between a number and its scale.
    let after = nextAtomStart(ctx, atom.to);
    if (loose !== null || parts.length) {
      const afterMark = approximateMark(ctx, atom.to);
      if (afterMark >= 0) {
        plus = true;
        if (loose !== null) looseDone = false;
        after = afterMark;
      }
    }
    j = after;
  }

  let good = goods[goods.length - 1];
  if (stopBefore >= 0) {
    good = undefined;
    for (let i = goods.length - 1; i >= 0; i--) {
      const g = goods[i] as (typeof goods)[number];
      if (g.to <= stopBefore) {
        good = g;
        break;
      }
    }
  }
  if (!good) return null;
  if (good.atoms === 1 && loneScaleNotAlone) return null;
  const value = good.value;
  if (!Number.isFinite(value)) return null;
  return {
    from: t,
    to: good.to,
    value,
    words: good.words,
    numeral: good.atoms === 1 && firstNumeral && firstNumeral.to === good.to ? firstNumeral : null,
    weak: good.atoms === 1 && weakOnly && good.words,
    plus: good.plus,
    atoms: good.atoms,
    endsWithScale: good.scale > 0,
    decimal: good.decimal,
    lastScale: good.scale,
    lastJoin: good.join,
  };
}

/** The next atom (after an optional hyphen) is a scale word. */
function scaleFollows(ctx: ReadContext, t: number): boolean {
  const next = atomAt(ctx, nextAtomStart(ctx, t));
  return next !== null && joinable(ctx, t) && next.senses?.[0]?.kind === 'scale';
}

/** 十多万: the token index after an "and more" mark at t that is followed by a scale, or -1. */
function approximateMark(ctx: ReadContext, t: number): number {
  if (!ctx.lang.approximateSuffixes.length) return -1;
  const mark = ctx.tokens[t];
  if (!mark || !ctx.lang.approximateSuffixes.includes(mark.key) || !joinable(ctx, t) || ctx.blocked[t]) return -1;
  const next = atomAt(ctx, t + 1);
  const ns = next?.senses?.[0];
  return next && joinable(ctx, t + 1) && ns && ns.kind === 'scale' ? t + 1 : -1;
}

/** 两千四百五: after scale M, one Han digit 1-9 that is not followed by a smaller scale counts M/10. */
function abbreviatedDigit(ctx: ReadContext, t: number, M: number): { value: number; from: number; to: number } | null {
  const tok = ctx.tokens[t];
  if (!tok || tok.kind !== 'han' || !joinable(ctx, t)) return null;
  const atom = atomAt(ctx, t);
  const s = atom?.senses;
  if (!atom || !s || s.length !== 1) return null;
  const sense = s[0] as NumberWord;
  if (sense.kind !== 'value' || sense.filler || sense.value < 1 || sense.value > 9) return null;
  const next = ctx.tokens[atom.to];
  if (next && joinable(ctx, atom.to)) {
    const na = atomAt(ctx, atom.to);
    const ns = na?.senses?.[0];
    if (na?.numeral) return null;
    if (ns && (ns.kind === 'value' || ns.kind === 'joiner' || ns.kind === 'half' || (ns.kind === 'scale' && ns.value < M))) return null;
    if (ns && ns.kind === 'denominator') return null;
  }
  return { value: sense.value * (M / 10), from: t, to: atom.to };
}

/** Digits spoken after a decimal word: "seventy-one", "nought four", "五五四四", "cero tres", "duzentos". */
function readDecimalWords(ctx: ReadContext, t: number, wordsOnly = false): { digits: string; to: number } | null {
  let digits = '';
  let j = t;
  for (let guard = 0; guard < 40; guard++) {
    if (!joinable(ctx, j)) break;
    const atom = atomAt(ctx, j);
    if (!atom) break;
    if (atom.numeral) {
      if (wordsOnly) return null;
      if (digits !== '' || atom.numeral.grouped || atom.numeral.fracDigits !== '' || atom.numeral.suffixed) {
        if (digits !== '') break;
        return null;
      }
      digits += atom.numeral.intDigits;
      j = atom.to;
      break;
    }
    const tok = ctx.tokens[j];
    const single = atom.senses?.length === 1 ? atom.senses[0] : undefined;
    if (tok?.kind === 'han') {
      if (!single || single.kind !== 'value' || single.value > 9 || !Number.isInteger(single.value) || single.notDigit) break;
      digits += String(single.value);
      j = atom.to;
      continue;
    }
    const card = readCardinal(ctx, j, { maxScale: 1000, wordsOnly: true });
    if (!card || card.decimal || !Number.isInteger(card.value)) break;
    if (wordsOnly && card.weak) return null;
    const first = atom.senses?.[0];
    if (!first || (first.kind !== 'value')) break;
    digits += String(card.value);
    j = card.to;
  }
  if (digits === '') return null;
  // "uno con un cuarto": the words after the point are a fraction, not decimals.
  const after = atomAt(ctx, j);
  const last = after?.senses?.[after.senses.length - 1];
  if (last && (last.kind === 'denominator' || last.kind === 'half') && joinable(ctx, j)) return null;
  return { digits, to: j };
}
