import type { NumberLanguage, NumberWord } from '../lang/number-words.ts';
import { foldWidth, tokenize, type Token } from './tokenize.ts';

/** A phrase as token keys ("por cento" -> ["por", "cento"], "百分之" -> ["百", "分", "之"]). */
export type Phrase = readonly string[];

/** A set of phrases looked up by their first key, longest first. */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, { keys: Phrase; data: T; glued: boolean[] }[]>();
  /** The same lists for first keys of one UTF-16 unit, by its code: most tokens are one character. */
  private readonly byFirstUnit = new Map<number, { keys: Phrase; data: T; glued: boolean[] }[]>();
  /**
   * The first units of the first keys, hashed into 1,024 bits: a token whose key starts otherwise starts no phrase,
   * and most tokens are turned away without a lookup.
   */
  private readonly firstUnits = new Uint32Array(32);

  add(phrase: string, data: T): void {
    const keys = phraseKeys(phrase);
    const first = keys[0];
    if (first === undefined) return;
    // Parts written together ("us$", "R$") must touch in the text too; Han characters may be spaced apart.
    const toks = tokenize(foldWidth(phrase)).filter((t, i, all) => all.length === 1 || t.key !== '-');
    const glued = toks.map((t, i) => i > 0 && t.start === t.gapStart && !(t.kind === 'han' && toks[i - 1]?.kind === 'han'));
    const unit = first.charCodeAt(0) & 1023;
    this.firstUnits[unit >>> 5] = (this.firstUnits[unit >>> 5] ?? 0) | (1 << (unit & 31));
    const list = this.byFirst.get(first) ?? [];
    list.push({ keys, data, glued });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(first, list);
    if (first.length === 1) this.byFirstUnit.set(first.charCodeAt(0), list);
  }

  /** The keys phrases start with. */
  firstKeys(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The longest phrase starting at token t, with the token index after it. */
  match(text: string, tokens: readonly Token[], t: number): { to: number; data: T; keys: Phrase } | null {
    const first = tokens[t];
    if (!first) return null;
    const unit = first.key.charCodeAt(0) & 1023;
    if (((this.firstUnits[unit >>> 5] ?? 0) & (1 << (unit & 31))) === 0) return null;
    const list = first.key.length === 1 ? this.byFirstUnit.get(first.key.charCodeAt(0)) : this.byFirst.get(first.key);
    if (!list) return null;
    for (const entry of list) {
      let ok = true;
      let k = t + 1;
      for (let i = 1; i < entry.keys.length; i++) {
        // A hyphen may stand between the words of a phrase (quatre-vingt, pour-cent).
        if (tokens[k]?.key === '-' && entry.keys[i] !== '-' && phraseGap(text, tokens, k)) k++;
        const tok = tokens[k];
        if (!tok || tok.key !== entry.keys[i] || !phraseGap(text, tokens, k) || (entry.glued[i] && tok.start !== tok.gapStart)) {
          ok = false;
          break;
        }
        k++;
      }
      if (ok) return { to: k, data: entry.data, keys: entry.keys };
    }
    return null;
  }

  /** The longest phrase ending right before token t (its last key is token t-1). */
  matchBefore(text: string, tokens: readonly Token[], t: number, maxLen = 6): { from: number; data: T } | null {
    let best: { from: number; data: T } | null = null;
    for (let len = 1; len <= maxLen && t - len >= 0; len++) {
      const from = t - len;
      const m = this.match(text, tokens, from);
      if (m && m.to === t && (!best || from < best.from)) best = { from, data: m.data };
    }
    return best;
  }
}

/** Inside a phrase, tokens are separated by nothing, spaces, or a hyphen (tokens themselves). */
function phraseGap(text: string, tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t];
  if (!tok) return false;
  if (tok.start - tok.gapStart > 3) return false;
  for (let i = tok.gapStart; i < tok.start; i++) if (text.charCodeAt(i) === 10) return false;
  return true;
}

export function phraseKeys(phrase: string): string[] {
  const keys = tokenize(foldWidth(phrase)).map((t) => t.key);
  return keys.length > 1 ? keys.filter((k) => k !== '-') : keys;
}

/** Lookup tables built once per language. */
export interface Lexicon {
  lang: NumberLanguage;
  /** Single-token words. */
  words: Map<string, NumberWord>;
  /** The single-token words of one UTF-16 unit, by its code (see wordSense). */
  wordUnits: Map<number, NumberWord>;
  /** Multi-token words ("quatre vingt"). */
  phrases: PhraseSet<NumberWord>;
  /** Morphemes for splitting compound words, longest first per first letter. */
  morphemes: Map<string, string[]>;
  /** The same lists by the first letter's UTF-16 code (a lookup by number is cheaper than one by string). */
  morphemeUnits: Map<number, string[]>;
  /** Units whose first word is a scale (Chinese 千克, 千米, 兆瓦): there the scale word is no number. */
  scaleUnits: PhraseSet<true>;
  /** Memo of compound splits. */
  compoundMemo: Map<string, NumberWord[] | null>;
}

/** By the language's data itself: a text's own decimal mark reads with a copy of it (withDecimalMark), cached apart. */
const cache = new WeakMap<NumberLanguage, Lexicon>();

export function lexiconFor(lang: NumberLanguage): Lexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const words = new Map<string, NumberWord>();
  const phrases = new PhraseSet<NumberWord>();
  const morphemes = new Map<string, string[]>();
  for (const [key, sense] of Object.entries(lang.words)) {
    const keys = phraseKeys(key);
    if (keys.length === 1 && keys[0] === key.toLowerCase().normalize('NFC')) {
      words.set(key.toLowerCase().normalize('NFC'), sense);
      const first = key[0] as string;
      const list = morphemes.get(first) ?? [];
      list.push(key);
      morphemes.set(first, list);
    } else {
      phrases.add(key, sense);
    }
  }
  for (const list of morphemes.values()) list.sort((a, b) => b.length - a.length);
  const morphemeUnits = new Map<number, string[]>();
  for (const [first, list] of morphemes) morphemeUnits.set(first.charCodeAt(0), list);
  const wordUnits = new Map<number, NumberWord>();
  for (const [key, sense] of words) if (key.length === 1) wordUnits.set(key.charCodeAt(0), sense);
  const scaleUnits = new PhraseSet<true>();
  for (const unit of Object.keys(lang.unitWords ?? {})) {
    const first = phraseKeys(unit)[0];
    if (first !== undefined && words.get(first)?.kind === 'scale') scaleUnits.add(unit, true);
  }
  const lex: Lexicon = { lang, words, wordUnits, phrases, morphemes, morphemeUnits, scaleUnits, compoundMemo: new Map() };
  cache.set(lang, lex);
  return lex;
}

/** lex.words.get(key), a one-character key looked up by its code (most tokens are one character). */
export function wordSense(lex: Lexicon, key: string): NumberWord | undefined {
  return key.length === 1 ? lex.wordUnits.get(key.charCodeAt(0)) : lex.words.get(key);
}

/**
 * Splits a compound number word into known morphemes (dreiundzwanzig -> drei, und, zwanzig). Only a split that
 * covers the whole word counts. Words longer than 80 letters are not split (no number word is that long).
 */
export function splitCompound(lex: Lexicon, word: string): NumberWord[] | null {
  if (word.length > 80 || word.length < 4) return null;
  // A split starts with a morpheme: most words start with none, and are turned away before the memo's lookup.
  const firsts = lex.morphemeUnits.get(word.charCodeAt(0));
  if (firsts === undefined || !firsts.some((m) => word.startsWith(m))) return null;
  const memo = lex.compoundMemo.get(word);
  if (memo !== undefined) return memo;
  const n = word.length;
  // Most words split into no morphemes at all: find that out without building splits.
  const reach = new Uint8Array(n + 1);
  reach[n] = 1;
  for (let i = n - 1; i >= 0; i--) {
    for (const m of lex.morphemeUnits.get(word.charCodeAt(i)) ?? []) {
      if (reach[i + m.length] === 1 && word.startsWith(m, i)) {
        reach[i] = 1;
        break;
      }
    }
  }
  if (reach[0] === 0) {
    if (lex.compoundMemo.size > 5000) lex.compoundMemo.clear();
    lex.compoundMemo.set(word, null);
    return null;
  }
  // best[i]: a split of word.slice(i), fewest parts.
  const best: (string[] | null)[] = new Array<string[] | null>(n + 1).fill(null);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    const list = lex.morphemes.get(word[i] as string);
    if (!list) continue;
    for (const m of list) {
      if (!word.startsWith(m, i)) continue;
      const rest = best[i + m.length];
      if (rest === null || rest === undefined) continue;
      const cand = [m, ...rest];
      const cur = best[i];
      if (!cur || cand.length < cur.length) best[i] = cand;
    }
  }
  const split = best[0];
  const result = split && split.length > 1 ? split.map((m) => lex.words.get(m) as NumberWord) : null;
  if (lex.compoundMemo.size > 5000) lex.compoundMemo.clear();
  lex.compoundMemo.set(word, result);
  return result;
}
