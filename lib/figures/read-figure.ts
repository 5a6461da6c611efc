import type { EventKey, NounSense, UnitSense } from '../lang/figure-words.ts';
import type { Figure, Qualifier } from '../model/figure.ts';
import { conceptKey } from './concept-key.ts';
import type { Tags } from './figure-lexicon.ts';
import { attributionSpans, findAttribution } from './find-attribution.ts';
import { findTime } from './find-time.ts';
import type { Candidate } from './number-candidates.ts';
import { type PhraseHit, isSpace, isWordChar } from './phrase-index.ts';
import { intervalFor } from '../conflicts/interval.ts';
import { type Sentence, type Span, spanIndexAt } from './segment-text.ts';
import { type TextContext, hasNumberBetween, hitsIn } from './text-context.ts';

type Hit = PhraseHit<Tags>;

/** How many unknown words (spaced languages) or characters (zh) may stand between a number and its noun. */
const NOUN_GAP_WORDS = 2;
const NOUN_GAP_CHARS = 8;
/** How far around a figure its event verb, subject and noun-before are looked for. */
const REACH = 240;

/** Translators round converted measures (200 miles -> "300 km", 40 miles -> "60 km"): allow for it. */
const CONVERTED_TOLERANCE = 0.08;

const PERSON_EVENTS = new Set<EventKey>(['killed', 'wounded', 'casualties', 'missing', 'captured', 'evacuated', 'rescued']);
const PERSON_BASES = new Set<string>(['people', 'troops', 'civilians', 'children', 'engineers', 'workers', 'construction_workers', 'refugees', 'prisoners', 'police', 'journalists', 'students']);

interface NounFound {
  start: number;
  end: number;
  sense: NounSense | null;
  /** Events between the number and the noun ("1千多名追加派遣的工兵"). */
  modifierEvent: EventKey | null;
  modifierSubject: string | null;
}

/** Reads one candidate number as a figure, or null when it states nothing countable. */
export function readFigure(ctx: TextContext, c: Candidate, published: string | null, previous: Figure | null = null): Figure | null {
  const { text } = ctx;
  const sIndex = spanIndexAt(ctx.sentences, c.start);
  const sentence: Sentence = ctx.sentences[sIndex] ?? { start: 0, end: text.length, clauses: [{ start: 0, end: text.length }] };
  const clause = sentence.clauses[spanIndexAt(sentence.clauses, c.start)] ?? sentence;
  const spaceless = ctx.lex.words.spaceless;

  // Qualifier: a word right before the number, or inside the reader's own match ("more than 30", "1千多").
  let qualifier: Qualifier = 'exact';
  let qualifierText: string | null = null;
  let start = c.start;
  const before = lastHitBefore(ctx, c.start, sentence.start);
  const isQualifier = (t: Tags): boolean => t.qualifierBefore !== undefined;
  const direct = phraseEndingAt(ctx, c.start, sentence.start, isQualifier);
  // "casi el 60%", "quase o dobro": an article between the qualifier and the number.
  const article = direct === null ? phraseEndingAt(ctx, c.start, sentence.start, (t) => t.filler === true) : null;
  const viaArticle = article !== null ? phraseEndingAt(ctx, article.start, sentence.start, isQualifier) : null;
  const q = direct ?? viaArticle;
  if (q !== null && q.value.qualifierBefore !== undefined) {
    qualifier = q.value.qualifierBefore;
    qualifierText = text.slice(q.start, q.end);
    start = q.start;
  } else if (c.qualifierHit !== null) {
    qualifier = c.qualifierHit.value.qualifierBefore ?? 'exact';
    qualifierText = text.slice(c.qualifierHit.start, c.qualifierHit.end);
    start = c.qualifierHit.start;
  } else {
    const inner = ctx.lex.index.matchAt(ctx.folded, c.start, c.end);
    if (inner !== null && inner.value.qualifierBefore !== undefined) {
      qualifier = inner.value.qualifierBefore;
      qualifierText = text.slice(inner.start, inner.end);
    }
  }
  let tail = c.tail;
  if (c.nounHit !== null) {
    // "64个居民点中仍有37个": the part's own classifier belongs to the quote.
    const cl = firstHitAfter(ctx, tail, sentence.end);
    if (cl !== null && cl.value.classifier && glued(text, tail, cl.start, spaceless)) tail = cl.end;
  }
  // Qualifiers after the number: 多, 余, "or more"; or inside the match when the reader kept them (1千多).
  const after = hitRightAfter(ctx, tail, sentence.end, (t) => t.qualifierAfter !== undefined);
  if (after !== null && after.value.qualifierAfter !== undefined && !opensNextNumber(ctx, after.end, sentence.end)) {
    if (qualifier === 'exact') {
      qualifier = after.value.qualifierAfter;
      qualifierText = text.slice(after.start, after.end);
    }
    tail = after.end;
  } else if (c.plus || c.match.kind === 'range') {
    const suffix = suffixQualifier(ctx, c);
    if (suffix !== null && qualifier === 'exact') {
      qualifier = suffix.qualifier;
      qualifierText = suffix.text;
    }
  }
  if (c.plus && qualifier === 'exact') qualifier = 'more_than';
  if (c.kind === 'range') qualifier = 'range';
  else if (c.match.kind === 'range' && qualifier === 'exact') qualifier = c.match.high === undefined ? 'more_than' : 'up_to';

  // "200 and 400 metres", "hai hoặc ba người": a number standing alone before a conjunction and another number
  // takes that number's unit or noun.
  const shared = sharedTail(ctx, c, tail, sentence.end);
  // Unit or currency right after the number (or inside the reader's money match: "2,5 Milliarden Dollar").
  let unit: UnitSense | null = null;
  let currency = c.currency ?? (c.kind === 'money' ? currencyInside(ctx, c) : null);
  let unitSpan: Span | null = null;
  let u = hitRightAfter(ctx, tail, sentence.end, (t) => t.unit !== undefined || t.currency !== undefined || t.ageAfter === true);
  if (u === null && shared !== null) u = hitRightAfter(ctx, shared, sentence.end, (t) => t.unit !== undefined || t.currency !== undefined);
  if (u === null) {
    // "2,5 bilhões de dólares", "10 millions d'euros": a currency after "de".
    const de = hitRightAfter(ctx, tail, sentence.end, (t) => t.filler === true);
    const cur = de !== null ? hitRightAfter(ctx, de.end, sentence.end, (t) => t.currency !== undefined) : null;
    if (cur !== null && c.kind !== 'share') u = cur;
  }
  if (u !== null && c.kind !== 'money') {
    if (u.value.unit !== undefined && !(c.kind === 'share' && u.value.unit.quantity === 'share')) {
      if (c.kind !== 'share') unit = u.value.unit;
      unitSpan = { start: u.start, end: u.end };
      tail = u.end;
    } else if (u.value.currency !== undefined && currency === null) {
      currency = u.value.currency;
      unitSpan = { start: u.start, end: u.end };
      tail = u.end;
    }
  }
  // Ages: "45 tuổi", "45岁", "aged 45", "de 45 anos", "45-jährige". Kept apart from durations ("partner of 15 years").
  let age = false;
  if (u !== null && u.value.ageAfter) {
    age = true;
    unitSpan = { start: u.start, end: u.end };
    tail = u.end;
  } else if (unit !== null && unit.quantity === 'duration' && unit.factor === 365.25 && before !== null && before.value.ageBefore && onlySpace(text, before.end, c.start)) {
    age = true;
  }
  // Ages are told apart from durations, and left out: whose age it is, no key across languages can say.
  if (age) return null;
  // "two years ago", "两年前", "il y a deux ans": a time, not a figure.
  if (unit !== null && unit.quantity === 'duration' && isAgo(ctx, before, c.start, tail, sentence.end)) return null;
  // "每小时 85 英里": a distance per hour is a speed.
  if (unit !== null && unit.quantity === 'distance' && before !== null && before.value.perHour && onlySpace(text, before.end, c.start)) {
    unit = { ...unit, quantity: 'speed', unit: 'km/h' };
  }
  const isShare = !age && (c.kind === 'share' || unit?.quantity === 'share');
  if (unit?.quantity === 'share') unit = null;

  // The counted noun: after the number (past classifiers, fillers, subjects, a few other words), or the noun of
  // the whole for "64个居民点中仍有37个".
  let noun: NounFound | null = null;
  if (c.nounHit !== null) noun = { start: c.nounHit.start, end: c.nounHit.end, sense: c.nounHit.value.noun ?? null, modifierEvent: null, modifierSubject: null };
  else if (unit === null && currency === null && !age) {
    noun = nounAfter(ctx, tail, clause.end, isShare);
    if (noun === null && shared !== null) noun = nounAfter(ctx, shared, clause.end, isShare);
  }
  else if (currency !== null && unitSpan === null && c.kind === 'money') noun = null;

  // "half" alone is a turn of phrase ("the second half"); "half of the villages" is a figure.
  if (c.shareWord && noun === null) return null;
  // Year-like numbers are years unless a counted noun follows ("2000 soldiers").
  if (c.yearLike && (noun === null || noun.sense === null) && (unit === null || unit.quantity === 'duration') && currency === null && !isShare) return null;

  let eventFromNoun: EventKey | null = noun?.sense?.event ?? null;
  // Event verbs: right after the noun ("6.000 người đã thiệt mạng", "6000人阵亡"), else the nearest before the figure
  // in its clause ("Triều Tiên đã gửi khoảng 14.000"), else later in the clause with no other number in between.
  const nounEnd = Math.max(noun?.end ?? 0, unitSpan?.end ?? 0, tail);
  const adjacent = eventAdjacentAfter(ctx, nounEnd, clause.end);
  const beforeEvent = nearestBefore(ctx, Math.max(clause.start, start - REACH), start, (h) => h.value.event !== undefined);
  const laterEvent = adjacent === null ? firstAfterInClause(ctx, nounEnd, Math.min(clause.end, nounEnd + REACH), (h) => h.value.event !== undefined) : null;
  let event: EventKey | null = eventFromNoun ?? noun?.modifierEvent ?? adjacent?.value.event ?? beforeEvent?.value.event ?? laterEvent?.value.event ?? null;
  // A measure or an amount takes only an event right by it ("ba ngày" after "thiệt mạng" was not killed).
  if ((unit !== null || currency !== null) && !isShare) event = adjacent?.value.event ?? null;
  if (event === 'deployed' && directionFollows(ctx, nounEnd, clause.end, adjacent)) event = 'sent';

  // No noun: a person event right after means people ("6,000 killed"); a measure, money or share stands alone;
  // a noun the data does not know is taken as written.
  let nounText = '';
  let sense: NounSense | null = noun?.sense ?? null;
  if (noun !== null) nounText = text.slice(noun.start, noun.end);
  else if (unitSpan !== null) nounText = text.slice(unitSpan.start, unitSpan.end);
  if (noun === null && unit === null && currency === null && !age) {
    const tollNoun = nounBefore(ctx, Math.max(clause.start, start - 80), start, clause.start);
    if (tollNoun !== null && tollNoun.value.noun !== undefined) {
      sense = tollNoun.value.noun;
      nounText = text.slice(tollNoun.start, tollNoun.end);
      eventFromNoun = sense.event ?? null;
      event = eventFromNoun ?? event;
      start = Math.min(start, tollNoun.start);
    } else if (personEventNear(adjacent, laterEvent, tail)) {
      // "6,000 killed", "6.000 von ihnen wurden getötet": people, though no noun is written.
      sense = { base: 'people', generic: true };
    } else if (!isShare) {
      const unknown = unknownNounAfter(ctx, tail, clause.end);
      if (unknown === null) return null;
      noun = { start: unknown.start, end: unknown.end, sense: null, modifierEvent: null, modifierSubject: null };
      nounText = text.slice(unknown.start, unknown.end);
    }
  }
  // Lone small words count only as people something happens to ("một người thiệt mạng", "two soldiers were
  // killed"): "hai nước", "两国", "the two countries" name the parties; "a week", "一天", "un périmètre" are not
  // figures of the story.
  const personEvent = noun?.sense != null && event !== null && PERSON_EVENTS.has(event) && PERSON_BASES.has(noun.sense.base);
  if ((c.weak || (c.word && c.value <= 1)) && !personEvent && !isShare) return null;
  if (c.word && c.value <= 2 && qualifier === 'exact' && unit === null && currency === null && !isShare && !age && !personEvent) return null;
  // Negative numbers are scores and balances ("-13½"), not counts; temperatures may go below zero.
  if (value0(c) < 0 && unit?.quantity !== 'temperature') return null;

  const military = isMilitary(ctx, sentence);
  const concept = age ? 'age' : conceptKey({
    lang: ctx.lang,
    base: sense?.base ?? null,
    generic: sense?.generic === true,
    military,
    event,
    quantity: unit?.quantity ?? (isShare ? 'share' : null),
    currency,
    noun: sense === null ? nounText : '',
  });
  if (concept === null) return null;

  // Quote: from the qualifier (or a noun before) to the noun, unit or adjacent event.
  // A unit or noun borrowed from the next number stays out of this quote.
  const borrowed = shared !== null && (unitSpan?.start ?? noun?.start ?? 0) >= shared;
  let end = borrowed ? tail : Math.max(tail, noun?.end ?? 0, unitSpan?.end ?? 0);
  if (adjacent !== null && !eventFromNoun && adjacent.value.event === event && adjacent.start - end <= 40) end = Math.max(end, adjacent.end);
  const postNoun = hitRightAfter(ctx, end, sentence.end, (t) => t.qualifierAfter !== undefined);
  // "... getötet und mehr als 300": a qualifier that opens the next number is not this one's.
  if (postNoun !== null && postNoun.value.qualifierAfter !== undefined && !opensNextNumber(ctx, postNoun.end, sentence.end)) {
    if (qualifier === 'exact') {
      qualifier = postNoun.value.qualifierAfter;
      qualifierText = text.slice(postNoun.start, postNoun.end);
    }
    end = postNoun.end;
  }
  if (c.nounHit !== null) start = Math.min(start, c.start);

  // Value in canonical units; bounds from the qualifier.
  let value = c.value;
  let low = c.low;
  let high = c.high;
  let tolerance = 0;
  const stated = unit !== null && (unit.factor !== 1 || (unit.offset ?? 0) !== 0) ? { value, unit: text.slice(unitSpan?.start ?? 0, unitSpan?.end ?? 0) } : null;
  if (unit !== null) {
    const conv = (x: number): number => x * unit.factor + (unit.offset ?? 0);
    value = conv(value);
    if (low !== null) low = conv(low);
    if (high !== null) high = conv(high);
    if (stated !== null) tolerance = CONVERTED_TOLERANCE;
  }
  if (qualifier === 'range') value = Math.min(low ?? value, high ?? value);
  // The same reading of "about", "more than", "up to" as the comparison's: one rule, in lib/conflicts/interval.ts.
  const rangeHigh = qualifier === 'range' ? Math.max(low ?? value, high ?? value) : undefined;
  const bounds = intervalFor(value, qualifier, {
    ...(rangeHigh !== undefined ? { high: rangeHigh } : {}),
    // A percentage above 100 ("up 150%") is a ratio, not a share of a whole: only true shares stop at 1.
    ...(isShare && value <= 1 ? { unit: 'share' } : {}),
    converted: tolerance > 0,
  });

  const span = { start, end };
  const attribution = findAttribution(ctx, sentence, span);
  const time = findTime(ctx, sentence, span, published);
  const inherited = previous !== null && previous.start >= sentence.start ? previous.subject : null;
  const subject = findSubject(ctx, sentence, clause, span, noun, attributionSpans(ctx, sentence), inherited);

  const figure: Figure = {
    quote: text.slice(start, end),
    start,
    end,
    value: round(value),
    low: round(bounds.low),
    high: round(bounds.high),
    qualifier,
    qualifierText,
    unit: age ? 'year' : currency ?? (isShare ? 'share' : unit?.unit ?? 'count'),
    concept,
    noun: nounText,
    subject,
    event,
    attribution: attribution?.name ?? null,
    asOf: time?.text ?? null,
    of: c.of,
  };
  if (time?.date) figure.asOfDate = time.date;
  if (stated !== null) figure.stated = stated;
  return figure;
}

/**
 * The longest phrase `accept` takes that ends right before pos (past spaces), whatever the leftmost-longest
 * tokenization made of the text: in "getötet und mehr als 300" the hits are "und mehr" and "als", yet "mehr als"
 * qualifies 300.
 */
function phraseEndingAt(ctx: TextContext, pos: number, floor: number, accept: (t: Tags) => boolean): Hit | null {
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

/** After "200" in "200 and 400 metres": where the next number ends, if only a conjunction stands between. */
function sharedTail(ctx: TextContext, c: Candidate, tail: number, limit: number): number | null {
  const conj = hitRightAfter(ctx, tail, limit, (t) => t.conjunction === true || t.range === true);
  if (conj === null || conj.start - tail > 2) return null;
  let i = conj.end;
  while (i < limit && isSpace(ctx.text[i])) i++;
  for (const s of ctx.numberSpans) {
    if (s.start === i) return s.end;
    if (s.start > i) break;
  }
  return null;
}

/** "und mehr als 300", "и более 300": a qualifier-looking phrase that runs into the next number. */
function opensNextNumber(ctx: TextContext, from: number, limit: number): boolean {
  const to = Math.min(limit, from + 8);
  for (let i = from; i < to; i++) {
    const ch = ctx.text[i] as string;
    if (/[,，;；:：。.!?！？()（）]/u.test(ch)) return false;
    if (hasNumberBetween(ctx, i, i + 1)) return true;
  }
  return false;
}

/** The currency word inside a money match the reader left without a code; "money" when none is known. */
function currencyInside(ctx: TextContext, c: Candidate): string {
  for (const h of ctx.lex.index.scan(ctx.folded, c.start, c.end)) if (h.value.currency !== undefined) return h.value.currency;
  return 'money';
}

/** The phrase starting right after pos (past a few spaces) whose meaning `accept` takes, if any. */
function hitRightAfter(ctx: TextContext, pos: number, limit: number, accept: (t: Tags) => boolean): Hit | null {
  let i = pos;
  while (i < limit && i - pos < 3 && isSpace(ctx.text[i])) i++;
  // "four-day week", "281-store business", "six-point lead": a hyphen joins a number to its unit or noun.
  if (i === pos && ctx.text[i] === '-' && !ctx.lex.words.spaceless && /\p{L}/u.test(ctx.text[i + 1] ?? '')) i++;
  if (i >= limit) return null;
  const h = ctx.lex.index.matchAt(ctx.folded, i, limit, accept);
  return h !== null && h.end <= limit ? h : null;
}

function isAgo(ctx: TextContext, before: Hit | null, start: number, tail: number, limit: number): boolean {
  if (before !== null && before.value.agoBefore && onlySpace(ctx.text, before.end, start)) return true;
  return hitRightAfter(ctx, tail, limit, (t) => t.agoAfter === true) !== null;
}

function value0(c: Candidate): number {
  return c.low ?? c.value;
}

function personEventNear(adjacent: Hit | null, later: Hit | null, from: number): boolean {
  const h = adjacent ?? (later !== null && later.start - from <= 40 ? later : null);
  return h !== null && h.value.event !== undefined && PERSON_EVENTS.has(h.value.event);
}

function round(x: number): number {
  // Whole numbers under 10^12 come back from toPrecision(12) as they went in: skip the string round trip.
  if (Number.isInteger(x) && x !== 0 && Math.abs(x) < 1e12) return x;
  return Math.abs(x) >= 1e-9 ? Number(x.toPrecision(12)) : 0;
}

function onlySpace(text: string, from: number, to: number): boolean {
  if (to < from) return false;
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return false;
  return true;
}

/** Adjacent: nothing between, or only spaces (and in zh nothing at all, though spaces around digits are common). */
function glued(text: string, from: number, to: number, _spaceless: boolean): boolean {
  return to >= from && to - from <= 3 && onlySpace(text, from, to);
}

function lastHitBefore(ctx: TextContext, pos: number, floor: number): Hit | null {
  const hits = hitsIn(ctx, Math.max(floor, pos - 40), pos);
  return hits[hits.length - 1] ?? null;
}

function firstHitAfter(ctx: TextContext, pos: number, limit: number): Hit | null {
  return hitsIn(ctx, pos, Math.min(limit, pos + 60))[0] ?? null;
}

/** A qualifier the reader kept inside its match: "1千多" (多), "more than 30" read as a one-sided range. */
function suffixQualifier(ctx: TextContext, c: Candidate): { qualifier: Qualifier; text: string } | null {
  const inner = ctx.lex.index.scan(ctx.folded, c.start, c.end);
  for (const h of inner) {
    if (h.value.qualifierAfter !== undefined) return { qualifier: h.value.qualifierAfter, text: ctx.text.slice(h.start, h.end) };
    if (h.value.qualifierBefore !== undefined) return { qualifier: h.value.qualifierBefore, text: ctx.text.slice(h.start, h.end) };
  }
  return null;
}

/** The counted noun after a number: skips a classifier, fillers, subjects and a few unknown words. */
function nounAfter(ctx: TextContext, from: number, limit: number, share: boolean): NounFound | null {
  const { text } = ctx;
  const spaceless = ctx.lex.words.spaceless;
  const end = Math.min(limit, from + 80);
  let cursor = from;
  let budget = spaceless ? NOUN_GAP_CHARS : NOUN_GAP_WORDS;
  let modifierEvent: EventKey | null = null;
  let modifierSubject: string | null = null;
  let first = true;
  let personClassifier: Hit | null = null;
  for (const h of hitsIn(ctx, from, end)) {
    const gap = text.slice(cursor, h.start);
    if (!gapOk(gap, spaceless)) break;
    budget -= gapCost(gap, spaceless);
    if (budget < 0) break;
    // In zh, other characters before the noun must close with 的 ("追加派遣的工兵"); without it they are a
    // sentence going on ("这一数字揭示了朝鲜军队").
    if (spaceless && gap.trim() !== '' && (!h.value.filler || gapCost(gap, true) > 2)) break;
    cursor = h.end;
    const t = h.value;
    if (t.noun !== undefined) return { start: h.start, end: h.end, sense: t.noun, modifierEvent, modifierSubject };
    // "six-point lead", "281-store business": the hyphen joining number and noun.
    if (first && h.start === from && text[h.start] === '-' && h.end === h.start + 1) continue;
    if (first && t.classifier) {
      if (t.personClassifier) personClassifier = h;
      first = false;
      continue;
    }
    first = false;
    if (t.subject !== undefined) {
      modifierSubject ??= t.subject;
      continue;
    }
    if (t.filler || t.qualifierAfter !== undefined || (share && t.partitive)) continue;
    if (spaceless && t.event !== undefined) {
      modifierEvent ??= t.event;
      continue;
    }
    if (t.military && !t.stop) continue;
    break;
  }
  if (personClassifier !== null) {
    return { start: personClassifier.start, end: personClassifier.end, sense: { base: 'people', generic: true }, modifierEvent, modifierSubject };
  }
  return null;
}

function gapOk(gap: string, spaceless: boolean): boolean {
  if (/[0-9.,;:!?()\[\]"“”«»，。；：！？、（）\n]/u.test(gap.replace(/^\s+|\s+$/g, '') === '' ? '' : gap.trim())) return false;
  return spaceless ? !/\s{2,}/.test(gap) : true;
}

function gapCost(gap: string, spaceless: boolean): number {
  const t = gap.trim();
  if (t === '') return 0;
  if (spaceless) return t.replace(/\s+/g, '').length;
  return t.split(/\s+/).length;
}

/** A noun the language data does not know: the next word (or, in zh, the run of characters after a classifier). */
function unknownNounAfter(ctx: TextContext, from: number, limit: number): Span | null {
  const { text } = ctx;
  const end = Math.min(limit, from + 40);
  let i = from;
  const hits = hitsIn(ctx, from, end);
  let h = hits[0];
  // Skip a classifier (in zh, fillers; elsewhere "de", "of": "2,4 milhões de espetadores") right after the number.
  let classified = false;
  while (h !== undefined && h.start - i <= 1 && onlySpace(text, i, h.start) && (h.value.classifier || (h.value.filler && (ctx.lex.words.spaceless || h.value.partitive)))) {
    classified ||= h.value.classifier === true;
    i = h.end;
    hits.shift();
    h = hits[0];
  }
  while (i < end && isSpace(text[i])) i++;
  if (ctx.lex.words.spaceless) {
    // Without a measure word, digits and characters make one word (十分 "very", 一些 "some"), not a count.
    if (!classified) return null;
    let j = i;
    while (j < end && j - i < 4 && /\p{Script=Han}/u.test(text[j] as string)) {
      const stop = hits.find((x) => x.start === j && (x.value.stop || x.value.filler || x.value.event !== undefined));
      if (stop !== undefined) break;
      j++;
    }
    return j > i ? { start: i, end: j } : null;
  }
  if (h !== undefined && h.start === i) return null; // a known word that is not a noun (to, and, said)
  const first = wordAt(ctx, i, end, hits);
  if (first === null) return null;
  // Up to two unknown words: "14 major titles" counts titles, not "major".
  let span = first;
  let k = first.end;
  while (k < end && text[k] === ' ') k++;
  if (k === first.end + 1) {
    const second = wordAt(ctx, k, end, hits);
    if (second !== null) span = { start: first.start, end: second.end };
  }
  return span;
}

function wordAt(ctx: TextContext, i: number, end: number, hits: readonly Hit[]): Span | null {
  const { text } = ctx;
  if (hits.some((x) => x.start === i)) return null;
  let j = i;
  while (j < end && (isWordChar(text[j]) || ((text[j] === '-' || text[j] === "'") && isWordChar(text[j + 1])))) j++;
  if (j === i) return null;
  const word = text.slice(i, j);
  if (!/^\p{L}/u.test(word) || /\d/.test(word)) return null;
  // A capitalised word after a number is a name ("Four Corners", "Category 1 Hurricane"), except in German.
  if (ctx.lang !== 'de' && /^\p{Lu}/u.test(word)) return null;
  return { start: i, end: j };
}

/** An event word right after the noun, past fillers, subjects and a couple of other words. */
function eventAdjacentAfter(ctx: TextContext, from: number, limit: number): Hit | null {
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

function nearestBefore(ctx: TextContext, from: number, to: number, test: (h: Hit) => boolean): Hit | null {
  const hits = hitsIn(ctx, from, to);
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i] as Hit;
    if (test(h)) return h;
  }
  return null;
}

function firstAfterInClause(ctx: TextContext, from: number, to: number, test: (h: Hit) => boolean): Hit | null {
  for (const h of hitsIn(ctx, from, to)) {
    if (!test(h)) continue;
    return hasNumberBetween(ctx, from, h.start) ? null : h;
  }
  return null;
}

/** "death toll rose to 120", "伤亡人数达4000": a noun saying what happened, shortly before the number. */
function nounBefore(ctx: TextContext, from: number, to: number, floor: number): Hit | null {
  const h = nearestBefore(ctx, from, to, (x) => x.value.noun?.event !== undefined);
  if (h === null || hasNumberBetween(ctx, h.end, to)) return null;
  // "48 mortos e mais de 20 mil": a noun right after another number is that number's.
  let k = h.start;
  while (k > floor && isSpace(ctx.text[k - 1])) k--;
  if (hasNumberBetween(ctx, Math.max(floor, k - 1), k)) return null;
  return h;
}

/** "deployed to Russia" sends troops; "deployed near the border" stations them. */
function directionFollows(ctx: TextContext, nounEnd: number, limit: number, adjacent: Hit | null): boolean {
  const from = adjacent !== null ? adjacent.end : nounEnd;
  const next = hitsIn(ctx, from, Math.min(limit, from + 16))[0];
  return next !== undefined && next.value.direction === true && next.start - from <= 2;
}

const militaryCache = new WeakMap<TextContext, Map<number, boolean>>();

/** A sentence about war: a military word, or soldiers or sappers counted in it. Computed once per sentence. */
function isMilitary(ctx: TextContext, sentence: Span): boolean {
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

function militaryIn(ctx: TextContext, span: Span): 'military' | 'civil' | 'silent' {
  let civil = false;
  for (const h of hitsIn(ctx, span.start, span.end)) {
    const noun = h.value.noun;
    if (h.value.military || noun?.base === 'troops' || noun?.base === 'engineers') return 'military';
    if (noun !== undefined && noun.generic !== true && PERSON_BASES.has(noun.base)) civil = true;
  }
  return civil ? 'civil' : 'silent';
}

/** Whose: a subject word by the noun, else the nearest before the figure in its sentence (outside a source). */
function findSubject(
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

function afterDirection(ctx: TextContext, h: Hit): boolean {
  const prev = hitsIn(ctx, Math.max(0, h.start - 12), h.start);
  const last = prev[prev.length - 1];
  return last !== undefined && last.value.direction === true && onlySpace(ctx.text, last.end, h.start);
}
