import { TIMES, type NumberMatch } from '../numbers/types.ts';
import type { Tags } from './figure-lexicon.ts';
import { notAFigureReason } from './not-a-figure.ts';
import { type PhraseHit, isSpace } from './phrase-index.ts';
import { type TextContext, firstAtOrAfter, hitsIn } from './text-context.ts';

/** A number that may state a figure, after dropping what is not one and joining "37 of 64" and "2 to 4". */
export interface Candidate {
  /** The span of the number(s): "37 trong 64", "2 to 4", "1万4000". */
  start: number;
  end: number;
  /** Where the search for the counted noun starts (after the last number). */
  tail: number;
  value: number;
  kind: 'count' | 'share' | 'money' | 'range';
  low: number | null;
  high: number | null;
  /** For "37 of 64": the whole. */
  of: number | null;
  currency: string | null;
  /** The noun already found with the whole: "64个居民点中仍有37个". */
  nounHit: PhraseHit<Tags> | null;
  /** The reader's own match, for qualifiers inside it ("1千多", "more than 30"). */
  match: NumberMatch;
  /** A qualifier the reader swallowed into its match ("Pelo menos 120" read as "menos 120"). */
  qualifierHit: PhraseHit<Tags> | null;
  /** A share word the number reader did not read (half, một nửa, 一半): a figure only with what it is a share of. */
  shareWord: boolean;
  /** Written without digits ("fourteen", "hai"). */
  word: boolean;
  weak: boolean;
  plus: boolean;
  /** A four-digit number that may be a year (kept only if a counted noun follows). */
  yearLike: boolean;
}

const DIGIT = /[0-9\uff10-\uff19]/;

export function numberCandidates(ctx: TextContext, raw: readonly NumberMatch[]): Candidate[] {
  const { text } = ctx;
  const sorted = [...raw].filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length && Number.isFinite(m.value));
  sorted.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop matches nested in or overlapping an earlier one.
  const disjoint: NumberMatch[] = [];
  for (const m of sorted) {
    const last = disjoint[disjoint.length - 1];
    if (last !== undefined && m.start < last.end) continue;
    disjoint.push(m);
  }
  ctx.numberSpans = disjoint.map((m) => ({ start: m.start, end: m.end }));
  ctx.numbers = disjoint;

  const out: Candidate[] = [];
  for (const m of disjoint) {
    if (notAFigureReason(ctx, m) !== null) continue;
    if (m.vague || isVague(ctx, m)) continue;
    // "three times as many", "twice": a multiplier compares two counts, it is none of its own.
    if (m.unit === TIMES) continue;
    const word = !DIGIT.test(m.text);
    // A qualifier overlapping the start of the match ("Pelo menos 120" read as "menos 120" = -120): the number
    // starts after it, and its sign was the qualifier's word.
    const q = qualifierOver(ctx, m);
    let startAt = m.start;
    let value = m.value;
    if (q !== null) {
      startAt = q.end;
      while (startAt < m.end && /\s/.test(text[startAt] as string)) startAt++;
      value = Math.abs(value);
    }
    const c: Candidate = {
      start: startAt,
      end: m.end,
      tail: m.end,
      value,
      // A fraction above one is a mixed number ("13½"), not a share.
      kind: m.kind === 'percent' || (m.kind === 'fraction' && Math.abs(m.value) <= 1) || m.unit === 'percent' ? 'share' : m.kind === 'money' ? 'money' : m.kind === 'range' && m.low !== undefined && m.high !== undefined ? 'range' : 'count',
      low: m.low ?? null,
      high: m.high ?? null,
      of: null,
      currency: m.currency ?? null,
      nounHit: null,
      qualifierHit: q,
      match: m,
      shareWord: false,
      word,
      weak: m.weak === true || (word && m.value === 1),
      plus: m.plus === true,
      yearLike: /^\d{4}$/.test(m.text) && m.value >= 1800 && m.value <= 2100,
    };
    // "37 von 64", "37 из 64" read as a fraction: a part of a whole, counted ("Zwei Drittel" stays a share).
    const inner = m.kind === 'fraction' ? hitsAround(ctx, m.start, m.end).filter((h) => h.start >= m.start && h.end <= m.end) : [];
    // Only when the partitive word alone joins them: "восемь очков из 12" (points of matches) stays a fraction.
    if (m.kind === 'fraction' && m.numerator !== undefined && m.denominator !== undefined && m.numerator > 1 && inner.length > 0 && inner.every((h) => h.value.partitive || h.value.filler)) {
      c.kind = 'count';
      c.value = m.numerator;
      c.of = m.denominator;
    }
    if (c.kind === 'share' && m.kind === 'percent') {
      c.value = m.value / 100;
      if (c.low !== null) c.low /= 100;
      if (c.high !== null) c.high /= 100;
    }
    if (m.kind === 'range' && m.unit === 'percent') {
      c.value = m.value / 100;
      c.low = m.low !== undefined ? m.low / 100 : null;
      c.high = m.high !== undefined ? m.high / 100 : null;
    }
    out.push(c);
  }
  addShareWords(ctx, out);
  return joinPairs(ctx, out);
}

function qualifierOver(ctx: TextContext, m: NumberMatch): PhraseHit<Tags> | null {
  for (const h of hitsAround(ctx, m.start, m.end)) {
    if (h.value.qualifierBefore !== undefined && h.start < m.start && h.end > m.start && h.end < m.end) return h;
  }
  return null;
}

function isVague(ctx: TextContext, m: NumberMatch): boolean {
  for (const h of hitsAround(ctx, m.start, m.end)) if (h.value.vague && h.start <= m.start && h.end >= m.end) return true;
  return false;
}

/** Hits overlapping [start, end), including those the number spans hide. */
function hitsAround(ctx: TextContext, start: number, end: number): PhraseHit<Tags>[] {
  const out: PhraseHit<Tags>[] = [];
  for (let i = Math.max(0, firstAtOrAfter(ctx.hits, start) - 1); i < ctx.hits.length; i++) {
    const h = ctx.hits[i] as PhraseHit<Tags>;
    if (h.start >= end) break;
    if (h.end > start) out.push(h);
  }
  return out;
}

/** Half, một nửa, 一半, metade: shares written as words, where the number reader found none. */
function addShareWords(ctx: TextContext, out: Candidate[]): void {
  const added: Candidate[] = [];
  for (const h of ctx.hits) {
    if (h.value.share === undefined) continue;
    const near = firstAtOrAfter(out, h.start) - 1;
    let clash = -1;
    for (let k = Math.max(0, near); k < out.length && (out[k] as Candidate).start < h.end; k++) {
      if ((out[k] as Candidate).end > h.start) clash = k;
    }
    if (clash >= 0) {
      const c = out[clash] as Candidate;
      if (c.kind === 'share') continue;
      out.splice(clash, 1);
    }
    const match: NumberMatch = { text: ctx.text.slice(h.start, h.end), start: h.start, end: h.end, value: h.value.share, kind: 'fraction' };
    added.push({
      start: h.start,
      end: h.end,
      tail: h.end,
      value: h.value.share,
      kind: 'share',
      low: null,
      high: null,
      of: null,
      currency: null,
      nounHit: null,
      qualifierHit: null,
      match,
      shareWord: true,
      word: true,
      weak: false,
      plus: false,
      yearLike: false,
    });
  }
  if (added.length === 0) return;
  out.push(...added);
  out.sort((a, b) => a.start - b.start);
  // Merge the two sorted span lists, the share words replacing what they overlap.
  const spans: { start: number; end: number }[] = [];
  let k = 0;
  for (const s of ctx.numberSpans) {
    while (k < added.length && (added[k] as Candidate).end <= s.start) {
      spans.push({ start: (added[k] as Candidate).start, end: (added[k] as Candidate).end });
      k++;
    }
    const a = added[k];
    if (a !== undefined && a.start < s.end && s.start < a.end) continue;
    spans.push(s);
  }
  for (; k < added.length; k++) spans.push({ start: (added[k] as Candidate).start, end: (added[k] as Candidate).end });
  ctx.numberSpans = spans;
}

/**
 * Joins neighbours: "2 to 4" (a range the reader left apart), "37 trong 64" / "37 of the 64" (a part of a whole),
 * "64个居民点中仍有37个" / "64 settlements, of which 37" (the whole first).
 */
function joinPairs(ctx: TextContext, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i] as Candidate;
    const b = cands[i + 1];
    if (b !== undefined && a.kind === 'count' && b.kind === 'count' && !a.yearLike && !b.yearLike) {
      const between = hitsIn(ctx, a.end, b.start);
      const only = between.length === 1 ? between[0] : undefined;
      const glued = only !== undefined && onlySpace(ctx.text, a.end, only.start) && onlySpace(ctx.text, only.end, b.start);
      if (bracketedWhole(ctx, a, b)) {
        out.push({ ...a, of: b.value });
        i++;
        continue;
      }
      if (b.value > a.value && isPartitive(ctx, a.end, b.start, between) && sameNounAfter(ctx, between[0], b)) {
        out.push({ ...a, end: b.end, tail: b.end, of: b.value });
        i++;
        continue;
      }
      if (glued && only.value.range && b.value > a.value) {
        out.push({ ...a, end: b.end, tail: b.end, kind: 'range', low: a.value, high: b.value });
        i++;
        continue;
      }
      if (between.length === 0 && /^\s*[-–~～]\s*$/.test(ctx.text.slice(a.end, b.start)) && b.value > a.value) {
        out.push({ ...a, end: b.end, tail: b.end, kind: 'range', low: a.value, high: b.value });
        i++;
        continue;
      }
      const whole = containerPart(ctx, a, b, between);
      if (whole !== null) {
        out.push({ ...b, start: a.start, of: a.value, nounHit: whole });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * "10 députés socialistes (sur 288)", "12 seats (out of 40)": the part, its noun, then the whole in brackets after
 * a partitive word; the part keeps its noun and takes the whole as its `of`.
 */
function bracketedWhole(ctx: TextContext, part: Candidate, whole: Candidate): boolean {
  if (whole.value <= part.value || whole.start - part.end > 48) return false;
  const { text } = ctx;
  let close = whole.end;
  while (close < text.length && close - whole.end < 2 && isSpace(text[close])) close++;
  if (text[close] !== ')') return false;
  const open = text.lastIndexOf('(', whole.start);
  if (open < part.end || /[\d.,;:!?()\[\]"“”«»\n]/u.test(text.slice(part.end, open))) return false;
  return isPartitive(ctx, open + 1, whole.start, hitsIn(ctx, open + 1, whole.start));
}

/** "37 trong 64", "37 of the 64", "19 of his 29": a partitive word, then only fillers, spaces between. */
function isPartitive(ctx: TextContext, from: number, to: number, between: PhraseHit<Tags>[]): boolean {
  // "ba điểm trong số bốn điểm", "3 points out of 4": the noun may come before the partitive word too.
  const rest = between[0]?.value.noun !== undefined && between[0].value.partitive !== true ? between.slice(1) : between;
  const first = rest[0];
  if (first === undefined || !first.value.partitive) return false;
  if (!onlySpace(ctx.text, rest === between ? from : (between[0] as PhraseHit<Tags>).end, first.start)) return false;
  if (rest !== between && !onlySpace(ctx.text, from, (between[0] as PhraseHit<Tags>).start)) return false;
  let cursor = first.end;
  for (const h of rest.slice(1)) {
    if (!h.value.filler || !onlySpace(ctx.text, cursor, h.start)) return false;
    cursor = h.end;
  }
  return onlySpace(ctx.text, cursor, to);
}

/** "ba điểm trong số bốn điểm": a noun before the partitive word must be the whole's noun too (or be left out). */
function sameNounAfter(ctx: TextContext, first: PhraseHit<Tags> | undefined, whole: Candidate): boolean {
  const base = first?.value.noun?.base;
  if (base === undefined || first?.value.partitive) return true;
  // Past a case ending glued to the digits ("12-ти") and measure words, the next word must be that noun again,
  // or nothing ("three points out of four.").
  const suffix = /^-\p{L}{1,4}/u.exec(ctx.text.slice(whole.end, whole.end + 6));
  const from = whole.end + (suffix?.[0].length ?? 0);
  const next = hitsIn(ctx, from, Math.min(ctx.text.length, from + 40)).find((h) => !h.value.classifier && !h.value.filler);
  if (next !== undefined && next.value.noun !== undefined) return next.value.noun.base === base;
  return !/^\s*\p{L}/u.test(ctx.text.slice(from, from + 3));
}

/** "64个居民点中仍有37个": the whole, its noun, a container word, at most a few fillers, then the part. */
function containerPart(ctx: TextContext, whole: Candidate, part: Candidate, between: PhraseHit<Tags>[]): PhraseHit<Tags> | null {
  if (part.value >= whole.value || part.start - whole.end > 40) return null;
  let noun: PhraseHit<Tags> | null = null;
  let cursor = whole.end;
  let sawContainer = false;
  for (const h of between) {
    const gap = ctx.text.slice(cursor, h.start);
    if (gap.trim() !== '' && gap.trim() !== ',' && gap.trim() !== '，') return null;
    cursor = h.end;
    if (h.value.noun !== undefined && noun === null && !sawContainer) noun = h;
    else if (h.value.classifier || h.value.filler) continue;
    else if (h.value.container && noun !== null) sawContainer = true;
    // "从四分中得到了三分": a verb and its particle between the container and the part.
    else if (!(sawContainer && (h.value.filler || h.value.event !== undefined))) return null;
  }
  const rest = ctx.text.slice(cursor, part.start).trim();
  if (!sawContainer || noun === null || rest !== '') return null;
  // "其中约4700人伤亡": a part with its own noun is counted by it, not by the whole's.
  const own = hitsIn(ctx, part.end, Math.min(ctx.text.length, part.end + 12)).filter((h) => !h.value.classifier);
  const next = own[0];
  if (next !== undefined && next.value.noun !== undefined && next.start - part.end <= 2 && next.value.noun.base !== noun.value.noun?.base) return null;
  return noun;
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i]) && text[i] !== '\u00a0') return false;
  return true;
}
