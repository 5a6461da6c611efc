import type { EventKey } from '../lang/figure-words.ts';
import type { Tags } from './figure-lexicon.ts';
import { type PhraseHit, isSpace, isWordChar } from './phrase-index.ts';
import { type TextContext, hasNumberBetween, hitsIn } from './text-context.ts';

/** Small searches around a number, shared by the steps of readFigure. */

export type Hit = PhraseHit<Tags>;

export const PERSON_EVENTS = new Set<EventKey>(['killed', 'wounded', 'casualties', 'missing', 'captured', 'evacuated', 'rescued']);
export const PERSON_BASES = new Set<string>(['people', 'troops', 'civilians', 'children', 'engineers', 'workers', 'construction_workers', 'refugees', 'prisoners', 'police', 'journalists', 'students']);

/**
 * The longest phrase `accept` takes that ends right before pos (past spaces), whatever the leftmost-longest
 * tokenization made of the text: in "getötet und mehr als 300" the hits are "und mehr" and "als", yet "mehr als"
 * qualifies 300.
 */
export function phraseEndingAt(ctx: TextContext, pos: number, floor: number, accept: (t: Tags) => boolean): Hit | null {
  let end = pos;
  while (end > floor && isSpace(ctx.text[end - 1])) end--;
  if (end === pos && !ctx.lex.words.spaceless && pos > floor && isWordChar(ctx.text[pos - 1])) return null;
  let best: Hit | null = null;
  for (let i = end - 1; i >= Math.max(floor, end - 24); i--) {
    const h = ctx.lex.index.matchAt(ctx.folded, i, end, accept);
    if (h !== null && h.end === end) best = h;
  }
  return best;
}

/** "und mehr als 300", "и более 300": a qualifier-looking phrase that runs into the next number. */
export function opensNextNumber(ctx: TextContext, from: number, limit: number): boolean {
  const to = Math.min(limit, from + 8);
  for (let i = from; i < to; i++) {
    const ch = ctx.text[i] as string;
    if (/[,，;；:：。.!?！？()（）]/u.test(ch)) return false;
    if (hasNumberBetween(ctx, i, i + 1)) return true;
  }
  return false;
}

/** The phrase starting right after pos (past a few spaces) whose meaning `accept` takes, if any. */
export function hitRightAfter(ctx: TextContext, pos: number, limit: number, accept: (t: Tags) => boolean): Hit | null {
  let i = pos;
  while (i < limit && i - pos < 3 && isSpace(ctx.text[i])) i++;
  // "four-day week", "281-store business", "six-point lead": a hyphen joins a number to its unit or noun.
  if (i === pos && ctx.text[i] === '-' && !ctx.lex.words.spaceless && /\p{L}/u.test(ctx.text[i + 1] ?? '')) i++;
  if (i >= limit) return null;
  const h = ctx.lex.index.matchAt(ctx.folded, i, limit, accept);
  return h !== null && h.end <= limit ? h : null;
}

export function round(x: number): number {
  // Whole numbers under 10^12 come back from toPrecision(12) as they went in: skip the string round trip.
  if (Number.isInteger(x) && x !== 0 && Math.abs(x) < 1e12) return x;
  return Math.abs(x) >= 1e-9 ? Number(x.toPrecision(12)) : 0;
}

export function onlySpace(text: string, from: number, to: number): boolean {
  if (to < from) return false;
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return false;
  return true;
}

/** Adjacent: nothing between, or only spaces (and in zh nothing at all, though spaces around digits are common). */
export function glued(text: string, from: number, to: number): boolean {
  return to >= from && to - from <= 3 && onlySpace(text, from, to);
}

export function lastHitBefore(ctx: TextContext, pos: number, floor: number): Hit | null {
  const hits = hitsIn(ctx, Math.max(floor, pos - 40), pos);
  return hits[hits.length - 1] ?? null;
}

export function firstHitAfter(ctx: TextContext, pos: number, limit: number): Hit | null {
  return hitsIn(ctx, pos, Math.min(limit, pos + 60))[0] ?? null;
}

export function nearestBefore(ctx: TextContext, from: number, to: number, test: (h: Hit) => boolean): Hit | null {
  const hits = hitsIn(ctx, from, to);
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i] as Hit;
    if (test(h)) return h;
  }
  return null;
}

export function firstAfterInClause(ctx: TextContext, from: number, to: number, test: (h: Hit) => boolean): Hit | null {
  for (const h of hitsIn(ctx, from, to)) {
    if (!test(h)) continue;
    return hasNumberBetween(ctx, from, h.start) ? null : h;
  }
  return null;
}
