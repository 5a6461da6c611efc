import type { Figure } from '../model/figure.ts';
import { intervalFor } from '../conflicts/interval.ts';
import { conceptKey } from './concept-key.ts';
import { attributionSpans, findAttribution } from './find-attribution.ts';
import { findTime } from './find-time.ts';
import { nounAfter, nounBefore, unknownNounAfter } from './figure-noun.ts';
import { readMeasure } from './figure-measure.ts';
import { qualifierAfterNoun, readQualifier } from './figure-qualifier.ts';
import { type Reading, startReading } from './figure-reading.ts';
import { REACH, directionFollows, eventAdjacentAfter, findSubject, isMilitary, personEventNear } from './figure-setting.ts';
import type { Candidate } from './number-candidates.ts';
import { PERSON_BASES, PERSON_EVENTS, firstAfterInClause, hitRightAfter, nearestBefore, onlySpace, phraseEndingAt, round } from './read-helpers.ts';
import { spanIndexAt } from './segment-text.ts';
import { type TextContext, hasNumberBetween, hitsIn } from './text-context.ts';

/** Nouns that, after "two", name the sides of a story rather than count something. */
const PARTY_BASES = new Set<string>(['countries', 'cities']);

/**
 * Reads one candidate number as a figure, or null when it states nothing countable. Steps, in order: the qualifier,
 * the unit or currency, the counted noun, what happened to it, what the text leaves unwritten (a toll noun before,
 * people implied by "killed", a noun the data does not know, the noun of the number before), then the concept,
 * the quote, the value and its interval, and who says so, when and whose.
 */
export function readFigure(ctx: TextContext, c: Candidate, published: string | null, previous: Figure | null = null): Figure | null {
  const r = startReading(ctx, c);
  readQualifier(ctx, r);
  if (!readMeasure(ctx, r)) return null;
  pastClosingQuote(ctx, r);
  readNoun(ctx, r);
  // "half" alone is a turn of phrase ("the second half"); "half of the villages" is a figure.
  if (c.shareWord && r.noun === null) return null;
  // Year-like numbers are years unless a counted noun follows ("2000 soldiers").
  if (c.yearLike && (r.noun === null || r.noun.sense === null) && (r.unit === null || r.unit.quantity === 'duration') && r.currency === null && !r.isShare) return null;
  readEvent(ctx, r);
  if (!readUnwritten(ctx, r, previous)) return null;
  if (!countsSomething(ctx, r)) return null;
  const concept = r.borrowedConcept ?? conceptOf(ctx, r);
  if (concept === null) return null;
  const figure = buildFigure(ctx, r, concept, published, previous);
  if (r.absorbed !== null) ctx.absorbed.add(r.absorbed);
  return figure;
}

/** How far before the number a quotation may open for its noun to be looked for past the closing mark. */
const QUOTE_REACH = 40;

/** «plus de 200» personnes, "more than 200" people: a quotation ending right after the number leaves its noun outside. */
function pastClosingQuote(ctx: TextContext, r: Reading): void {
  if (r.unit !== null || r.currency !== null) return;
  const { text } = ctx;
  let i = r.tail;
  if (text[i] === ' ') i++;
  const close = text[i];
  const open = close === '»' ? '«' : close === '”' ? '“' : close === '"' ? '"' : null;
  if (open === null) return;
  const at = text.lastIndexOf(open, r.c.start - 1);
  if (at < 0 || at < r.sentence.start || r.c.start - at > QUOTE_REACH) return;
  r.tail = i + 1;
  // The quotation marks cut clauses: the noun's clause joins the number's.
  const next = r.sentence.clauses[spanIndexAt(r.sentence.clauses, Math.min(r.sentence.end - 1, i + 2))];
  if (next !== undefined && next.end > r.clause.end) r.clause = { start: r.clause.start, end: next.end };
}

/** The counted noun: after the number (past classifiers, fillers, subjects, a few other words), or the whole's. */
function readNoun(ctx: TextContext, r: Reading): void {
  const { c } = r;
  if (c.nounHit !== null) {
    r.noun = { start: c.nounHit.start, end: c.nounHit.end, sense: c.nounHit.value.noun ?? null, modifierEvent: null, modifierSubject: null };
  } else if (r.unit === null && r.currency === null) {
    r.noun = nounAfter(ctx, r.tail, r.clause.end, r.isShare);
    if (r.noun === null && r.shared !== null) r.noun = nounAfter(ctx, r.shared, r.clause.end, r.isShare);
  }
  r.sense = r.noun?.sense ?? null;
  if (r.noun !== null) r.nounText = ctx.text.slice(r.noun.start, r.noun.end);
  else if (r.unitSpan !== null) r.nounText = ctx.text.slice(r.unitSpan.start, r.unitSpan.end);
}

/**
 * What happened: the noun's own event, else an event verb right after the noun ("6.000 người đã thiệt mạng",
 * "6000人阵亡"), else the nearest before the figure in its clause, else later in the clause with no number between.
 */
function readEvent(ctx: TextContext, r: Reading): void {
  const { noun, clause } = r;
  r.eventFromNoun = noun?.sense?.event ?? null;
  const nounEnd = Math.max(noun?.end ?? 0, r.unitSpan?.end ?? 0, r.tail);
  r.adjacent = eventAdjacentAfter(ctx, nounEnd, clause.end);
  const beforeEvent = nearestBefore(ctx, Math.max(clause.start, r.start - REACH), r.start, (h) => h.value.event !== undefined);
  r.laterEvent = r.adjacent === null ? firstAfterInClause(ctx, nounEnd, Math.min(clause.end, nounEnd + REACH), (h) => h.value.event !== undefined) : null;
  r.event = r.eventFromNoun ?? noun?.modifierEvent ?? r.adjacent?.value.event ?? beforeEvent?.value.event ?? r.laterEvent?.value.event ?? null;
  // A measure or an amount takes only an event right by it ("ba ngày" after "thiệt mạng" was not killed).
  if ((r.unit !== null || r.currency !== null) && !r.isShare) r.event = r.adjacent?.value.event ?? null;
  if (r.event === 'deployed' && directionFollows(ctx, nounEnd, clause.end, r.adjacent)) r.event = 'sent';
}

/**
 * What the text does not write by the number: a toll noun before it ("the death toll rose to 832", "死亡人数已上升到
 * 832人"), people implied by an event ("6,000 killed"), a noun the data does not know ("Two gunmen"), or the noun
 * of the number before ("438 voix contre 86"). False when nothing is counted.
 */
function readUnwritten(ctx: TextContext, r: Reading, previous: Figure | null): boolean {
  const { text } = ctx;
  const { c, clause } = r;
  if (r.unit !== null || r.currency !== null) return true;
  // A bare "people" (人, personnes) with no event of its own after it takes a toll noun before it too.
  const bare = r.noun === null || (r.sense?.generic === true && r.sense.base === 'people' && r.sense.event === undefined && r.adjacent === null);
  if (!bare) return true;
  const toll = nounBefore(ctx, Math.max(clause.start, r.start - 80), r.start, clause.start);
  if (toll !== null && toll.value.noun !== undefined) {
    r.sense = toll.value.noun;
    if (r.noun === null) r.nounText = text.slice(toll.start, toll.end);
    r.eventFromNoun = r.sense.event ?? null;
    r.event = r.eventFromNoun ?? r.event;
    r.start = Math.min(r.start, toll.start);
    return true;
  }
  if (r.noun !== null) return true;
  const borrowed = versusPrevious(ctx, r, previous);
  if (borrowed !== null) {
    r.borrowedConcept = borrowed.concept;
    r.nounText = borrowed.noun;
    r.event = borrowed.event as Reading['event'];
    return true;
  }
  if (!r.isShare && talliedVote(ctx, r)) {
    r.sense = { base: 'votes' };
    return true;
  }
  const unknown = r.isShare ? null : unknownNounAfter(ctx, r.tail, clause.end, !c.word);
  if (personEventNear(r.adjacent, r.laterEvent, r.tail)) {
    // "6,000 killed", "Two gunmen died": people, though no noun the data knows is written.
    r.sense = { base: 'people', generic: true };
    if (unknown !== null) r.nounText = text.slice(unknown.start, unknown.end);
    return true;
  }
  if (r.isShare) return true;
  if (unknown === null) return moreOfPrevious(ctx, r, previous) || roundCountAlone(ctx, r);
  r.noun = { start: unknown.start, end: unknown.end, sense: null, modifierEvent: null, modifierSubject: null };
  r.nounText = text.slice(unknown.start, unknown.end);
  return true;
}

/**
 * "438 voix contre 86", "won 6 games to 4": a bare number after a versus word counts what the number before does;
 * so does a bare tally after votes ("438 voix pour et 86 contre", "438 votes in favour and 86 against").
 */
function versusPrevious(ctx: TextContext, r: Reading, previous: Figure | null): Figure | null {
  if (previous === null || previous.start < r.sentence.start || previous.unit !== 'count' || previous.concept.startsWith('share')) return null;
  // The number must stand alone: "86." or "86," rather than "86 abstentions".
  if (unknownNounAfter(ctx, r.tail, r.clause.end, false) !== null) return null;
  const between = hitsIn(ctx, previous.end, r.start);
  const word = between[0];
  if (between.length === 1 && word !== undefined && word.value.versus === true && onlySpace(ctx.text, previous.end, word.start) && onlySpace(ctx.text, word.end, r.start)) return previous;
  if (r.start - previous.end > 40 || hasNumberBetween(ctx, previous.end, r.start)) return null;
  // "Murieron 300 personas, según las cifras oficiales; 1.300 según Amnistía": the same count by another source.
  if (sourceAfter(ctx, r)) return previous;
  if (previous.concept !== 'votes' && listedAfter(ctx, r, previous)) return previous;
  if (previous.concept !== 'votes' || r.start - previous.end > 24) return null;
  return versusAfter(ctx, r) ? previous : null;
}

/** How far back, in its paragraph, a round count standing alone looks for the noun it counts. */
const ROUND_NOUN_REACH = 240;

/**
 * "Des manifestants, une cinquantaine, ont été arrêtés", "¿Cuántos cuerpos? Una decena.": a round count with its
 * article ("une cinquantaine", "una decena") names a count itself; with no noun after it, it counts the nearest
 * noun before it in its paragraph, with no number between.
 */
function roundCountAlone(ctx: TextContext, r: Reading): boolean {
  const { c } = r;
  // Its noun is left out: a comma, a full stop or the end follows ("une cinquantaine, ont", "Una decena.").
  if (!c.word || !/^\s?([,.;:!?)»"”]|$)/u.test(ctx.text.slice(r.tail, r.tail + 2))) return false;
  const inner = ctx.lex.index.matchAt(ctx.folded, c.start, c.end);
  if (inner === null || inner.start !== c.start || inner.end !== c.end || inner.value.qualifierBefore !== 'about') return false;
  const paragraph = ctx.text.lastIndexOf('\n\n', c.start);
  const from = Math.max(paragraph < 0 ? 0 : paragraph, c.start - ROUND_NOUN_REACH);
  if (hasNumberBetween(ctx, from, c.start)) return false;
  const noun = nearestBefore(ctx, from, c.start, (h) => h.value.noun !== undefined);
  const unknown = pluralAfterDeterminer(ctx, noun?.end ?? from, c.start);
  if (unknown !== null) {
    r.nounText = ctx.text.slice(unknown.start, unknown.end);
    return true;
  }
  if (noun === null || noun.value.noun === undefined) return false;
  r.sense = noun.value.noun;
  r.nounText = ctx.text.slice(noun.start, noun.end);
  r.eventFromNoun = r.sense.event ?? null;
  r.event = r.eventFromNoun ?? r.event;
  return true;
}

/** The last plural word the data does not know right after a determiner ("des manifestants", "de corps"), if any. */
function pluralAfterDeterminer(ctx: TextContext, from: number, to: number): { start: number; end: number } | null {
  const hits = hitsIn(ctx, from, to);
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i] as (typeof hits)[number];
    if (h.value.filler !== true) continue;
    const word = /^\s+(\p{Ll}[\p{L}'’-]{3,})/u.exec(ctx.text.slice(h.end, Math.min(to, h.end + 40)));
    if (word?.[1] === undefined) continue;
    const start = h.end + word[0].length - word[1].length;
    const end = start + word[1].length;
    if (hits.some((x) => x.start < end && x.end > start)) continue;
    if (hasPlural(ctx, start, end)) return { start, end };
  }
  return null;
}

/** How far back a bare "otros 120", "another 120" may find the count it adds to (a paragraph or two). */
const INCREMENT_REACH = 600;

/**
 * "habrá 80 hospitales … habrá otros 120", "another 120", "120 more.": a bare number marked as more of the same
 * counts what the count before it does, in this sentence or a paragraph before.
 */
function moreOfPrevious(ctx: TextContext, r: Reading, previous: Figure | null): boolean {
  if (previous === null || previous.unit !== 'count' || previous.concept.startsWith('share') || r.start - previous.end > INCREMENT_REACH) return false;
  const marked = phraseEndingAt(ctx, r.c.start, Math.max(0, r.c.start - 24), (t) => t.incrementBefore === true) !== null
    || hitRightAfter(ctx, r.tail, r.clause.end, (t) => t.incrementAfter === true) !== null;
  if (!marked) return false;
  r.borrowedConcept = previous.concept;
  r.nounText = previous.noun;
  r.event = previous.event as Reading['event'];
  return true;
}

/**
 * "5 fueron retenidos: 3 por documentación y 2 por alcoholemia", "5 autos retenidos, dos por alcoholemia": a bare
 * number opening a list item (after a comma, colon, dash or "and") in the sentence of a count counts what it does.
 */
function listedAfter(ctx: TextContext, r: Reading, previous: Figure): boolean {
  // "12 fighters killed, and 3 were captured": what happened to these is their own.
  // "una" after a comma is an article as often as a count.
  if (r.c.weak || (r.c.word && r.c.value <= 1)) return false;
  const own = r.adjacent ?? r.laterEvent;
  if (own !== null && own.value.event !== previous.event) return false;
  let k = r.start;
  while (k > previous.end && /\s/.test(ctx.text[k - 1] as string)) k--;
  if (/[,:;\u2013\u2014-]/.test(ctx.text[k - 1] ?? '')) return true;
  const word = phraseEndingAt(ctx, r.start, previous.end, (t) => t.conjunction === true);
  return word !== null;
}

/** An attribution right after the number: "1.300 según Amnistía", "1,300 according to", "1 300 selon". */
function sourceAfter(ctx: TextContext, r: Reading): boolean {
  let i = r.tail;
  while (i < r.sentence.end && i - r.tail < 3 && /[\s,，]/u.test(ctx.text[i] as string)) i++;
  const next = hitsIn(ctx, i, Math.min(r.sentence.end, i + 24))[0];
  return next !== undefined && next.start === i && next.value.attributionBefore === true;
}

/** A versus word right after the number: "86 contre", "86 against", "86 en contra". */
function versusAfter(ctx: TextContext, r: Reading): boolean {
  let i = r.tail;
  while (i < r.sentence.end && i - r.tail < 3 && ctx.text[i] === ' ') i++;
  const next = hitsIn(ctx, i, Math.min(r.sentence.end, i + 24))[0];
  return next !== undefined && next.start === i && next.value.versus === true;
}

/** "adopté par 438 contre 86", "passed 219 to 212": two bare numbers about a vote, the first of them. */
function talliedVote(ctx: TextContext, r: Reading): boolean {
  if (!versusAfter(ctx, r)) return false;
  return hitsIn(ctx, r.sentence.start, r.sentence.end).some((h) => h.value.vote === true || h.value.noun?.base === 'votes');
}

/**
 * Lone small words count only as people something happens to ("một người thiệt mạng", "two soldiers were killed"):
 * "hai nước", "两国", "the two countries" name the parties; "a week", "一天", "un périmètre" are not figures.
 */
function countsSomething(ctx: TextContext, r: Reading): boolean {
  const { c, sense, event, unit, currency, isShare } = r;
  if (r.borrowedConcept !== null) return true;
  const personEvent = sense !== null && event !== null && PERSON_EVENTS.has(event) && PERSON_BASES.has(sense.base);
  // "un cuarto de hora": a fraction of a unit is stated on purpose.
  const fractionOfUnit = unit !== null && c.value < 1;
  if ((c.weak || (c.word && c.value <= 1)) && !personEvent && !isShare && !fractionOfUnit) return false;
  // "two matches", "hai điểm" count; "the two countries", "the two men" name the parties. In Chinese 两 with a
  // measure word describes far more often than it counts (两国, 两场比赛 "both matches").
  const counted = !ctx.lex.words.spaceless && sense !== null && sense.generic !== true && !PARTY_BASES.has(sense.base);
  if (c.word && c.value <= 2 && r.qualifier === 'exact' && unit === null && currency === null && !isShare && !personEvent && !counted && !countsUnnamed(ctx, r)) return false;
  // Negative numbers are scores and balances ("-13½"), not counts; temperatures may go below zero.
  if ((c.low ?? c.value) < 0 && unit?.quantity !== 'temperature') return false;
  return true;
}

/**
 * "in two steps", "arrancó dos bolardos", "deux tablettes": a small number word with no determiner before it counts
 * even a noun the data does not know; "the two men", "los dos equipos", "ces deux pays" name the parties. Only in
 * languages whose data lists such determiners (`partiesBefore`).
 */
function countsUnnamed(ctx: TextContext, r: Reading): boolean {
  const { sense } = r;
  if (ctx.lex.words.spaceless || !ctx.lex.words.partiesBefore?.length) return false;
  if (sense !== null && (sense.generic !== true || PARTY_BASES.has(sense.base))) return false;
  if (r.noun === null && sense === null) return false;
  // After "two" a noun is plural: "dos porque", "due ricercano" are no nouns.
  if (sense === null && r.noun !== null && !hasPlural(ctx, r.noun.start, r.noun.end)) return false;
  return phraseEndingAt(ctx, r.c.start, r.sentence.start, (t) => t.parties === true) === null;
}

/** A word of the span ("key figures", "bandos internos") with a plural ending of the language. */
function hasPlural(ctx: TextContext, start: number, end: number): boolean {
  const endings = ctx.lex.words.pluralEndings ?? [];
  return ctx.folded.slice(start, end).split(/[\s-]+/).some((w) => endings.some((e) => w.length > e.length + 1 && w.endsWith(e)));
}

function conceptOf(ctx: TextContext, r: Reading): string | null {
  return conceptKey({
    lang: ctx.lang,
    base: r.sense?.base ?? null,
    generic: r.sense?.generic === true,
    military: isMilitary(ctx, r.sentence),
    event: r.event,
    quantity: r.unit?.quantity ?? (r.isShare ? 'share' : null),
    currency: r.currency,
    noun: r.sense === null ? r.nounText : '',
  });
}

/** Quote's end: the noun, unit or adjacent event; a unit or noun borrowed from the next number stays out. */
function quoteEnd(ctx: TextContext, r: Reading): number {
  const { noun, unitSpan, shared, adjacent } = r;
  const borrowed = shared !== null && (unitSpan?.start ?? noun?.start ?? 0) >= shared;
  let end = borrowed ? r.tail : Math.max(r.tail, noun?.end ?? 0, unitSpan?.end ?? 0);
  if (adjacent !== null && !r.eventFromNoun && adjacent.value.event === r.event && adjacent.start - end <= 40) end = Math.max(end, adjacent.end);
  return qualifierAfterNoun(ctx, r, end);
}

/** Value in canonical units, and its interval from the qualifier (the comparison's reading: lib/conflicts/interval.ts). */
function readValue(ctx: TextContext, r: Reading): Pick<Figure, 'value' | 'low' | 'high' | 'stated'> {
  const { c, unit, unitSpan, isShare, qualifier } = r;
  let value = c.value;
  let low = c.low;
  let high = c.high;
  const stated = unit !== null && (unit.factor !== 1 || (unit.offset ?? 0) !== 0) ? { value, unit: ctx.text.slice(unitSpan?.start ?? 0, unitSpan?.end ?? 0) } : null;
  if (unit !== null) {
    const conv = (x: number): number => x * unit.factor + (unit.offset ?? 0);
    value = conv(value);
    if (low !== null) low = conv(low);
    if (high !== null) high = conv(high);
  }
  if (qualifier === 'range') value = Math.min(low ?? value, high ?? value);
  const rangeHigh = qualifier === 'range' ? Math.max(low ?? value, high ?? value) : undefined;
  const bounds = intervalFor(value, qualifier, {
    ...(rangeHigh !== undefined ? { high: rangeHigh } : {}),
    // A percentage above 100 ("up 150%") is a ratio, not a share of a whole: only true shares stop at 1.
    ...(isShare && value <= 1 ? { unit: 'share' } : {}),
    // Translators round converted measures (200 miles -> "300 km"): the interval allows for it.
    converted: stated !== null,
  });
  const out: Pick<Figure, 'value' | 'low' | 'high' | 'stated'> = { value: round(value), low: round(bounds.low), high: round(bounds.high) };
  if (stated !== null) out.stated = stated;
  return out;
}

function buildFigure(ctx: TextContext, r: Reading, concept: string, published: string | null, previous: Figure | null): Figure {
  const { text } = ctx;
  const { c, sentence, clause } = r;
  const end = quoteEnd(ctx, r);
  const start = c.nounHit !== null ? Math.min(r.start, c.start) : r.start;
  const { value, low, high, stated } = readValue(ctx, r);
  const span = { start, end };
  const attribution = findAttribution(ctx, sentence, span);
  const time = findTime(ctx, sentence, span, published);
  const inherited = previous !== null && previous.start >= sentence.start ? previous.subject : null;
  const subject = findSubject(ctx, sentence, clause, span, r.noun, attributionSpans(ctx, sentence), inherited);
  const figure: Figure = {
    quote: text.slice(start, end),
    start,
    end,
    value,
    low,
    high,
    qualifier: r.qualifier,
    qualifierText: r.qualifierText,
    unit: r.currency ?? (r.isShare ? 'share' : r.unit?.unit ?? 'count'),
    concept,
    noun: r.nounText,
    subject,
    event: r.event,
    attribution: attribution?.name ?? null,
    asOf: time?.text ?? null,
    of: c.of,
  };
  if (time?.date) figure.asOfDate = time.date;
  if (stated !== undefined) figure.stated = stated;
  return figure;
}

