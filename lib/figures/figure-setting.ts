import { type Span, spanIndexAt } from './segment-text.ts';
import type { NounFound } from './figure-noun.ts';
import { gapCost, gapOk } from './figure-noun.ts';
import { type Hit, PERSON_BASES, PERSON_EVENTS, nearestBefore, onlySpace } from './read-helpers.ts';
import { type TextContext, hitsIn } from './text-context.ts';

/** Where a figure stands: the event words after it, whether its sentence is about war, whose it is. */

/** How far around a figure its event verb, subject and noun-before are looked for. */
export const REACH = 240;

/** An event word right after the noun, past fillers, subjects and a couple of other words. */
export function eventAdjacentAfter(ctx: TextContext, from: number, limit: number): Hit | null {
  const { text } = ctx;
  const spaceless = ctx.lex.words.spaceless;
  let cursor = from;
  let budget = spaceless ? 6 : 3;
  for (const h of hitsIn(ctx, from, Math.min(limit, from + 80))) {
    const gap = text.slice(cursor, h.start);
    if (!gapOk(gap, spaceless)) return null;
    budget -= gapCost(gap, spaceless);
    if (budget < 0) return null;
    cursor = h.end;
    if (h.value.event !== undefined) return h;
    if (h.value.filler || h.value.subject !== undefined || h.value.military) continue;
    if (h.value.stop || h.value.noun !== undefined || h.value.direction) return null;
    budget -= 1;
  }
  return null;
}

export function personEventNear(adjacent: Hit | null, later: Hit | null, from: number): boolean {
  const h = adjacent ?? (later !== null && later.start - from <= 40 ? later : null);
  return h !== null && h.value.event !== undefined && PERSON_EVENTS.has(h.value.event);
}

/** "deployed to Russia" sends troops; "deployed near the border" stations them. */
export function directionFollows(ctx: TextContext, nounEnd: number, limit: number, adjacent: Hit | null): boolean {
  const from = adjacent !== null ? adjacent.end : nounEnd;
  const next = hitsIn(ctx, from, Math.min(limit, from + 16))[0];
  return next !== undefined && next.value.direction === true && next.start - from <= 2;
}

const militaryCache = new WeakMap<TextContext, Map<number, boolean>>();

/** A sentence about war: a military word, or soldiers or sappers counted in it. Computed once per sentence. */
export function isMilitary(ctx: TextContext, sentence: Span): boolean {
  let perText = militaryCache.get(ctx);
  if (perText === undefined) {
    perText = new Map();
    militaryCache.set(ctx, perText);
  }
  const known = perText.get(sentence.start);
  if (known !== undefined) return known;
  const own = militaryIn(ctx, sentence);
  let military = own === 'military';
  if (own === 'silent') {
    // A sentence naming no one ("Of those, about 4,700 have been killed") takes the previous one's context, in
    // the same paragraph; one naming civilians or workers keeps its own.
    const previous = ctx.sentences[spanIndexAt(ctx.sentences, sentence.start) - 1];
    if (previous !== undefined && !/\n\s*\n/.test(ctx.text.slice(previous.end, sentence.start))) military = militaryIn(ctx, previous) === 'military';
  }
  perText.set(sentence.start, military);
  return military;
}

export function militaryIn(ctx: TextContext, span: Span): 'military' | 'civil' | 'silent' {
  let civil = false;
  for (const h of hitsIn(ctx, span.start, span.end)) {
    const noun = h.value.noun;
    if (h.value.military || noun?.base === 'troops' || noun?.base === 'engineers') return 'military';
    if (noun !== undefined && noun.generic !== true && PERSON_BASES.has(noun.base)) civil = true;
  }
  return civil ? 'civil' : 'silent';
}

/** Whose: a subject word by the noun, else the nearest before the figure in its sentence (outside a source). */
export function findSubject(
  ctx: TextContext,
  sentence: Span,
  clause: Span,
  figure: Span,
  noun: NounFound | null,
  sources: readonly Span[],
  inherited: string | null,
): string | null {
  if (noun?.modifierSubject) return noun.modifierSubject;
  if (noun !== null) {
    // Right after the noun: "người Triều Tiên", "soldados norte-coreanos".
    const next = hitsIn(ctx, noun.end, Math.min(clause.end, noun.end + 24))[0];
    if (next !== undefined && next.value.subject !== undefined && onlySpace(ctx.text, noun.end, next.start)) return next.value.subject;
  }
  const inSource = (h: Hit): boolean => sources.some((s) => h.start >= s.start && h.end <= s.end);
  // A destination ("a Rusia", "в Россию", "đến Nga") is where they went, not whose they are.
  const isSubject = (h: Hit): boolean => h.value.subject !== undefined && !inSource(h) && !afterDirection(ctx, h);
  // In the figure's own clause; else whose the sentence's previous figure was ("thương vong của họ là hơn 4.000
  // người" after "12.000 người Triều Tiên"); else the nearest in the sentence.
  const inClause = nearestBefore(ctx, Math.max(clause.start, figure.start - REACH), figure.start, isSubject);
  if (inClause !== null) return inClause.value.subject ?? null;
  if (inherited !== null) return inherited;
  const before = nearestBefore(ctx, Math.max(sentence.start, figure.start - REACH), figure.start, isSubject);
  return before?.value.subject ?? null;
}

export function afterDirection(ctx: TextContext, h: Hit): boolean {
  const prev = hitsIn(ctx, Math.max(0, h.start - 12), h.start);
  const last = prev[prev.length - 1];
  return last !== undefined && last.value.direction === true && onlySpace(ctx.text, last.end, h.start);
}
