import type { RelativeTime } from '../lang/figure-words.ts';
import { isSpace } from './phrase-index.ts';
import type { Span } from './segment-text.ts';
import { type TextContext, hitsIn } from './text-context.ts';

export interface TimeMention extends Span {
  /** As written, with its preposition: "hồi tháng 4", "em abril", "去年", "in April". */
  text: string;
  /** Resolved against the publication date where possible: "2024", "2025-04", "2025-11-14". */
  date: string | null;
}

interface RawTime extends Span {
  relative?: RelativeTime;
  month?: number;
  year?: number;
}

/** Time phrases per sentence, found once per text however many figures the sentence holds. */
const cache = new WeakMap<TextContext, Map<number, RawTime[]>>();

/** How far after a figure a time phrase may stand and still date it (before it, the whole clause counts). */
const AFTER_REACH = 48;

/**
 * The time a figure refers to, when its sentence says so: the time phrase nearest the figure, before it in its
 * sentence or shortly after it. Relative phrases ("năm ngoái", "去年", "last month") and months without a year
 * are resolved against `published` (ISO date) when given.
 */
export function findTime(
  ctx: TextContext,
  sentence: Span,
  figure: Span,
  published: string | null,
): TimeMention | null {
  let perText = cache.get(ctx);
  if (perText === undefined) {
    perText = new Map();
    cache.set(ctx, perText);
  }
  let times = perText.get(sentence.start);
  if (times === undefined) {
    times = timesIn(ctx, sentence);
    perText.set(sentence.start, times);
  }
  let best: RawTime | null = null;
  let bestDistance = Infinity;
  for (const t of times) {
    let distance: number;
    if (t.end <= figure.start) distance = figure.start - t.end;
    else if (t.start >= figure.end && t.start - figure.end <= AFTER_REACH) distance = (t.start - figure.end) * 1.5;
    else continue;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  if (best === null) return null;
  const start = withPreposition(ctx, best.start, sentence.start);
  return { start, end: best.end, text: ctx.text.slice(start, best.end), date: resolve(best, published) };
}

function timesIn(ctx: TextContext, sentence: Span): RawTime[] {
  const out: RawTime[] = [];
  const { text, lex } = ctx;
  const hits = hitsIn(ctx, sentence.start, sentence.end);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h === undefined) continue;
    if (h.value.relative !== undefined) out.push({ start: h.start, end: h.end, relative: h.value.relative });
    else if (h.value.month !== undefined) {
      // A month name dates a figure when a preposition or a day or year stands by it ("in April", "April 2025").
      const prev = hits[i - 1];
      const hasPrep = prev !== undefined && prev.value.timePreposition === true && onlySpace(text, prev.end, h.start);
      const yearMatch = /^[\s,]*(?:de\s+|of\s+)?(\d{4})(?!\d)/u.exec(text.slice(h.end, h.end + 12));
      const dayBefore = /\d{1,2}\s*(?:de\s+|of\s+)?$/u.test(text.slice(Math.max(sentence.start, h.start - 8), h.start));
      if (!hasPrep && yearMatch === null && !dayBefore) continue;
      const t: RawTime = { start: h.start, end: h.end, month: h.value.month };
      if (yearMatch !== null) {
        t.year = Number(yearMatch[1]);
        t.end = h.end + yearMatch[0].length;
      }
      out.push(t);
    }
  }
  const slice = text.slice(sentence.start, sentence.end);
  for (const pattern of [lex.words.monthPattern, lex.words.yearPattern]) {
    if (pattern === null) continue;
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of slice.matchAll(global)) {
      const groups = m.groups ?? {};
      const month = groups['month'] !== undefined ? Number(groups['month']) : undefined;
      const year = groups['year'] !== undefined ? Number(groups['year']) : undefined;
      if (month !== undefined && (month < 1 || month > 12)) continue;
      // Skip a leading non-letter the pattern needed for a word boundary.
      let s = sentence.start + (m.index ?? 0);
      while (s < sentence.end && isSpace(text[s])) s++;
      if (/^[^\p{L}\d]/u.test(text[s] ?? '')) s++;
      const t: RawTime = { start: s, end: sentence.start + (m.index ?? 0) + m[0].length };
      if (month !== undefined) t.month = month;
      if (year !== undefined) t.year = year;
      if (!out.some((o) => o.start < t.end && t.start < o.end)) out.push(t);
    }
  }
  return out;
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return false;
  return true;
}

/** Include a time preposition right before the phrase ("hồi tháng 4", "em abril"). */
function withPreposition(ctx: TextContext, start: number, floor: number): number {
  const hits = hitsIn(ctx, Math.max(floor, start - 24), start);
  const last = hits[hits.length - 1];
  if (last !== undefined && last.value.timePreposition === true && onlySpace(ctx.text, last.end, start)) return last.start;
  return start;
}

function resolve(t: RawTime, published: string | null): string | null {
  const pub = published !== null ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published) : null;
  const pubYear = pub !== null ? Number(pub[1]) : null;
  const pubMonth = pub !== null ? Number(pub[2]) : null;
  if (t.relative !== undefined) {
    if (pubYear === null || pubMonth === null) return null;
    if (t.relative.unit === 'year') return String(pubYear + t.relative.offset);
    if (t.relative.unit === 'month') {
      const index = pubYear * 12 + (pubMonth - 1) + t.relative.offset;
      return `${Math.floor(index / 12)}-${pad(index % 12 + 1)}`;
    }
    return (published ?? '').slice(0, 10);
  }
  if (t.month !== undefined) {
    if (t.year !== undefined) return `${t.year}-${pad(t.month)}`;
    if (pubYear === null || pubMonth === null) return null;
    // A month without a year is the latest such month up to publication ("in April", published in November).
    return `${t.month <= pubMonth ? pubYear : pubYear - 1}-${pad(t.month)}`;
  }
  if (t.year !== undefined) return String(t.year);
  return null;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
