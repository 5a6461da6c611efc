import type { ReadLanguage } from '../model/language.ts';
import type { NumberMatch } from '../numbers/types.ts';
import type { Lexicon, Tags } from './figure-lexicon.ts';
import type { PhraseHit } from './phrase-index.ts';
import type { Sentence, Span } from './segment-text.ts';

/** One report's text as the figure reader sees it: folded text, phrase hits, sentences, where numbers are. */
export interface TextContext {
  text: string;
  folded: string;
  lang: ReadLanguage;
  lex: Lexicon;
  /** Leftmost-longest phrase hits over the whole text, sorted and disjoint. */
  hits: PhraseHit<Tags>[];
  sentences: Sentence[];
  /** Spans of the numbers being read, sorted: hits inside them are not words around a figure. */
  numberSpans: Span[];
  /** The numbers being read, sorted and disjoint (numberSpans are their spans). */
  numbers: NumberMatch[];
  /** Starts of numbers a figure before them took in ("3 kg 160 g"): no figure of their own. */
  absorbed: Set<number>;
}

/** Index of the first element whose `start` is >= pos (elements sorted by start). */
export function firstAtOrAfter(items: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as Span).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when [start, end) overlaps one of the sorted, disjoint spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let i = firstAtOrAfter(spans, start);
  if (i > 0) i--;
  for (; i < spans.length; i++) {
    const s = spans[i] as Span;
    if (s.start >= end) return false;
    if (s.end > start) return true;
  }
  return false;
}

/** Hits starting in [from, to) that are words (not inside a number), in order. */
export function hitsIn(ctx: TextContext, from: number, to: number): PhraseHit<Tags>[] {
  const out: PhraseHit<Tags>[] = [];
  for (let i = firstAtOrAfter(ctx.hits, from); i < ctx.hits.length; i++) {
    const h = ctx.hits[i] as PhraseHit<Tags>;
    if (h.start >= to) break;
    if (h.end > to) continue;
    if (!overlapsAny(ctx.numberSpans, h.start, h.end)) out.push(h);
  }
  return out;
}

/** True when [from, to) holds a digit or one of the numbers being read. */
export function hasNumberBetween(ctx: TextContext, from: number, to: number): boolean {
  if (to <= from) return false;
  if (overlapsAny(ctx.numberSpans, from, to)) return true;
  for (let i = from; i < to; i++) {
    const c = ctx.text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
