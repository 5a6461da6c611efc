import type { ReadLanguage } from '../model/language.ts';
import type { NumberLanguage } from '../lang/number-words.ts';
import { numberLanguage } from '../lang/number-languages.ts';
import type { NumberMatch } from './types.ts';
import { foldWidth, tokenize } from './tokenize.ts';
import { lexiconFor } from './lexicon.ts';
import { atomAt, type ReadContext } from './atoms.ts';
import { composeAt } from './compose.ts';
import { vulgarValue } from './vulgar.ts';
import { collectStarters, compilePhrases, type Phrases } from './phrases.ts';
import { markNotFigures } from './not-a-figure.ts';
import { currencyAt } from './token-helpers.ts';
import { type DecimalMark, withDecimalMark } from './decimal-mark.ts';

/** How much the reader builds on top of plain numbers. */
export interface ReadOptions {
  /**
   * true (default): percentages, money and ranges are one match each ("$5 million", "5 to 10").
   * false: only numbers and fractions, each on its own (the "5" of "5%", both ends of "5 to 10").
   */
  compound?: boolean;
  /**
   * Read comparisons as one-sided ranges: "more than 30" -> range (30, ∞), "30 or less", "至少10".
   * Off by default: qualifiers belong to the figure layer, which reads them around a plain number.
   */
  openRanges?: boolean;
  /**
   * The decimal mark this text writes, when it is known to differ from the language's (documentDecimalMark):
   * Mexican Spanish "1,200" is 1200 and "3.370" 3.37. The language's own mark by default.
   */
  decimalMark?: DecimalMark | null;
}

const phraseCache = new Map<NumberLanguage, Phrases>();

/** No phrase that composing tries at a token's start matches there (their first keys are what makes it a starter). */
function opensNothing(ctx: ReadContext, phrases: Phrases, t: number): boolean {
  const { text, tokens } = ctx;
  return phrases.rangeOpen.match(text, tokens, t) === null && phrases.percentWords.match(text, tokens, t) === null &&
    currencyAt(ctx, phrases.curBefore, t) === null && phrases.percentBefore.match(text, tokens, t) === null &&
    phrases.vagueWords.match(text, tokens, t) === null && phrases.vagueBefore.match(text, tokens, t) === null &&
    phrases.vagueAlone.match(text, tokens, t) === null && phrases.everyWords.match(text, tokens, t) === null &&
    phrases.shareOpen.match(text, tokens, t) === null && phrases.multBefore.match(text, tokens, t) === null &&
    phrases.multWords.match(text, tokens, t) === null;
}

/**
 * Reads every number in a text, as written in the given language: digits with the language's marks, number
 * words, scales, fractions, percentages, money and ranges. Linear in the text's length; never throws on any
 * string. Offsets are UTF-16 indices into `text`, end exclusive.
 */
export function readNumbers(text: string, lang: ReadLanguage, options: ReadOptions = {}): NumberMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const data = withDecimalMark(numberLanguage(lang), options.decimalMark);
  const folded = foldWidth(text);
  const tokens = tokenize(folded);
  const lex = lexiconFor(data);
  let phrases = phraseCache.get(data);
  if (!phrases) {
    phrases = compilePhrases(data);
    collectStarters(phrases, lex.words.keys(), lex.phrases.firstKeys());
    phraseCache.set(data, phrases);
  }
  const ctx: ReadContext = {
    text: folded,
    raw: text,
    compound: options.compound !== false,
    tokens,
    lang: data,
    lex,
    atoms: new Map(),
    blocked: new Uint8Array(tokens.length),
  };
  const urls = markNotFigures.blockPhrasesAndUrls(ctx, phrases);
  const out: NumberMatch[] = [];
  const compound = options.compound !== false;
  const openRanges = options.openRanges === true;
  let t = 0;
  const compoundWords = data.compoundWords;
  while (t < tokens.length) {
    const tk = tokens[t] as (typeof tokens)[number];
    // Most tokens cannot start a number: skip them without trying.
    const key = tk.key;
    const starter = tk.kind === 'digits' || (key.length === 1 ? phrases.starterUnits.has(key.charCodeAt(0)) : phrases.starters.has(key));
    if (!starter && !(compoundWords && tk.kind === 'word')) {
      t++;
      continue;
    }
    // A word or Han character that is no number word, whole or compound, and opens none of the phrases a number can
    // start with (a range, a percentage, a currency) reads as nothing (outside URLs, and unless open ranges are read):
    // skip it without composing. Most words of German and Spanish text are such, and 在 and 人 in Chinese.
    if (!openRanges && (tk.kind === 'word' || tk.kind === 'han') && urls[t] !== 1 && atomAt(ctx, t) === null &&
      vulgarValue(key) === undefined && (!starter || opensNothing(ctx, phrases, t))) {
      t++;
      continue;
    }
    const found = composeAt(ctx, phrases, t, { compound, openRanges, urls });
    if (!found) {
      t++;
      continue;
    }
    for (const m of found.matches) out.push({ ...m, text: text.slice(m.start, m.end) });
    t = Math.max(found.to, t + 1);
    // The memo only ever looks ahead a few tokens: keep it small on long texts.
    if (ctx.atoms.size > 4096) ctx.atoms.clear();
  }
  markNotFigures.flag(ctx, phrases, out, urls);
  return out;
}
