import type { Quantity, UnitSense } from '../lang/figure-words.ts';
import { MEASURE_UNITS } from '../lang/measure-units.ts';
import { numberLanguage } from '../lang/number-languages.ts';
import type { NumberWord } from '../lang/number-words.ts';
import { lexiconFor, wordSense } from '../numbers/lexicon.ts';
import type { Reading } from './figure-reading.ts';
import type { Candidate } from './number-candidates.ts';
import { type Hit, hitRightAfter, nearestBefore, onlySpace, phraseEndingAt } from './read-helpers.ts';
import { sharedTail } from './figure-noun.ts';
import { isWordChar } from './phrase-index.ts';
import { type TextContext, hitsIn } from './text-context.ts';

/** At or above this, a pound is money: millions of pounds of weight are rare in the news, of money common. */
const WEIGHT_MONEY_SCALE = 1e6;

/**
 * The unit, currency or age right after the number (or inside the reader's money match: "2,5 Milliarden Dollar").
 * False when the number is not a figure of the story: an age, or a time ("two years ago", "Seven decades later").
 */
export function readMeasure(ctx: TextContext, r: Reading): boolean {
  const { c, sentence } = r;
  // "une demi-heure" is half an hour; "una media de 30" an average, no half of anything.
  if (loneHalf(ctx, c)) return halfOfUnit(ctx, r);
  r.shared = sharedTail(ctx, c, r.tail, sentence.end);
  r.currency = c.currency ?? (c.kind === 'money' ? currencyInside(ctx, c) : null);
  // A weight word is a unit only where the number reader read one ("a 300-pound man": unit lb, not money).
  const unitRead = c.match.unit !== undefined && c.match.unit !== 'percent';
  const measure = (t: Hit['value']): boolean => t.unit !== undefined || t.currency !== undefined || (unitRead && t.weight !== undefined);
  let u = hitRightAfter(ctx, r.tail, sentence.end, (t) => measure(t) || t.ageAfter === true);
  if (u === null && r.shared !== null) u = hitRightAfter(ctx, r.shared, sentence.end, measure);
  // "two more years", "drei weitere Jahre": a unit past one filler word ("two of the years" is not: partitive).
  if (u === null && c.kind !== 'money') {
    const filler = hitRightAfter(ctx, r.tail, sentence.end, (t) => t.filler === true && t.partitive !== true && t.unit === undefined);
    if (filler !== null) u = hitRightAfter(ctx, filler.end, sentence.end, (t) => t.unit !== undefined && t.unit.quantity !== 'share');
  }
  if (u === null) {
    // "2,5 bilhões de dólares", "10 millions d'euros": a currency after "de".
    const de = hitRightAfter(ctx, r.tail, sentence.end, (t) => t.filler === true);
    const cur = de !== null ? hitRightAfter(ctx, de.end, sentence.end, (t) => t.currency !== undefined) : null;
    if (cur !== null && c.kind !== 'share') u = cur;
  }
  if (u === null && c.kind === 'count') gluedUnit(ctx, r);
  if (u === null && r.unit === null && c.kind === 'count') weatherDegrees(ctx, r);
  if (u === null && r.unit === null && c.kind === 'count') elidedUnit(ctx, r);
  // "un cuarto de hora", "a quarter of an hour": a share of an hour is a duration.
  if (u === null && c.kind === 'share' && !c.shareWord) {
    const hour = hitRightAfter(ctx, r.tail, sentence.end, (t) => t.ofAnHour === true);
    if (hour !== null) {
      r.c = { ...c, kind: 'count' };
      r.unit = HOUR;
      r.unitSpan = { start: hour.start, end: hour.end };
      r.tail = hour.end;
    }
  }
  if (u !== null && c.kind !== 'money') {
    if (u.value.unit !== undefined && !(c.kind === 'share' && u.value.unit.quantity === 'share')) {
      if (c.kind !== 'share') r.unit = u.value.unit;
      r.unitSpan = { start: u.start, end: u.end };
      r.tail = u.end;
    } else if (u.value.currency !== undefined && r.currency === null) {
      r.currency = u.value.currency;
      r.unitSpan = { start: u.start, end: u.end };
      r.tail = u.end;
    } else if (u.value.weight !== undefined && r.currency === null) {
      r.unit = u.value.weight;
      r.unitSpan = { start: u.start, end: u.end };
      r.tail = u.end;
    }
  }
  if (r.currency !== null) weighedNotPaid(ctx, r);
  if (r.unit !== null && r.c.kind === 'count') smallerUnitAfter(ctx, r);
  if (r.unit !== null && r.c.kind === 'count' && r.unit.quantity === 'duration' && r.unit.factor === MINUTE) hoursBefore(ctx, r);
  // "cuatro kilos y medio", "two hours and a half": half a unit more.
  if (r.unit !== null && r.unit.quantity !== 'share' && (r.c.kind === 'count' || r.c.kind === 'money') && Number.isInteger(r.c.value)) {
    const half = hitRightAfter(ctx, r.tail, sentence.end, (t) => t.halfAfter === true);
    if (half !== null) {
      r.c = { ...r.c, value: r.c.value + 0.5 };
      r.tail = half.end;
    }
  }
  // Ages: "45 tuổi", "45岁", "aged 45", "de 45 anos", "45-jährige". Kept apart from durations ("partner of 15 years"),
  // and left out: whose age it is, no key across languages can say.
  if (u !== null && u.value.ageAfter) return false;
  const { unit, before } = r;
  if (unit !== null && unit.quantity === 'duration' && unit.factor === 365.25 && before !== null && before.value.ageBefore && onlySpace(ctx.text, before.end, c.start)) return false;
  if (unit !== null && unit.quantity === 'duration' && unit.factor === 365.25 && c.kind === 'range' && ageBeforeRange(ctx, c.start, sentence.start)) return false;
  if (unit !== null && unit.quantity === 'duration' && unit.factor === 365.25 && inApposition(ctx.text, c.start, r.tail)) return false;
  // "two years ago", "两年前", "il y a deux ans", "Seven decades later": a time, not a figure.
  if (unit !== null && unit.quantity === 'duration' && isAgo(ctx, before, c.start, r.tail, sentence.end)) return false;
  // "每小时 85 英里": a distance per hour is a speed.
  if (unit !== null && unit.quantity === 'distance' && before !== null && before.value.perHour && onlySpace(ctx.text, before.end, c.start)) {
    r.unit = { ...unit, quantity: 'speed', unit: 'km/h' };
  }
  r.isShare = r.c.kind === 'share' || r.unit?.quantity === 'share';
  if (r.unit?.quantity === 'share') r.unit = null;
  return true;
}

const HOUR: UnitSense = { quantity: 'duration', unit: 'day', factor: 1 / 24 };

/** A half word alone, with an article at most ("una media", "une demi", "meia"): no number it halves. */
function loneHalf(ctx: TextContext, c: Candidate): boolean {
  if (c.kind !== 'share' || c.value !== 0.5 || c.match.kind !== 'fraction' || /\d/.test(c.match.text)) return false;
  const last = ctx.folded.slice(c.start, c.end).split(/[\s-]+/).pop() ?? '';
  return numberWordKind(ctx, last) === 'half';
}

/** What the language's number data makes of a word ("y": a joiner, "media": a half, "seis": a value), if anything. */
function numberWordKind(ctx: TextContext, word: string): NumberWord['kind'] | undefined {
  return wordSense(lexiconFor(numberLanguage(ctx.lang)), word.toLowerCase())?.kind;
}

/** A lone half is half of the unit right after it ("une demi-heure": 0.5 h), else no figure ("una media de 30"). */
function halfOfUnit(ctx: TextContext, r: Reading): boolean {
  const u = hitRightAfter(ctx, r.tail, r.sentence.end, (t) => t.unit !== undefined && FIGURE_QUANTITIES.has(t.unit.quantity));
  if (u === null || u.value.unit === undefined) return false;
  r.c = { ...r.c, kind: 'count' };
  r.unit = u.value.unit;
  r.unitSpan = { start: u.start, end: u.end };
  r.tail = u.end;
  return true;
}

const FIGURE_QUANTITIES = new Set<string>(['distance', 'area', 'speed', 'temperature', 'mass', 'volume', 'duration'] satisfies Quantity[]);

/** A unit the number reader read glued to the digits, where no word of the language is seen: "0,99ºC", "1.1ºC". */
function gluedUnit(ctx: TextContext, r: Reading): void {
  const key = r.c.match.unit;
  if (key === undefined || !Object.hasOwn(MEASURE_UNITS, key)) return;
  const m = MEASURE_UNITS[key];
  if (m === undefined || !FIGURE_QUANTITIES.has(m.quantity)) return;
  let start = r.tail;
  while (start < r.sentence.end && start - r.tail < 2 && ctx.text[start] === ' ') start++;
  if (ctx.folded.slice(start, start + key.length) !== key) return;
  r.unit = { quantity: m.quantity as Quantity, unit: m.canonical, factor: m.factor, ...(m.offset !== undefined ? { offset: m.offset } : {}) };
  r.unitSpan = { start, end: start + key.length };
  r.tail = start + key.length;
}

/** Quantities written in two units, the larger first: "3 kg 160 g", "5 pies 8 pulgadas", "2 horas y 15 minutos". */
const COMPOUND_QUANTITIES = new Set<string>(['distance', 'mass', 'duration'] satisfies Quantity[]);

/**
 * "tres kilos 160 gramos", "5 feet 8 inches", "3 quilos e 200 gramas": a number in a smaller unit of the same
 * quantity right after the unit (past a joiner at most) is part of one measure; it is taken in, not a figure alone.
 */
function smallerUnitAfter(ctx: TextContext, r: Reading): void {
  const unit = r.unit;
  if (unit === null || !COMPOUND_QUANTITIES.has(unit.quantity) || !Number.isFinite(r.c.value)) return;
  const { text } = ctx;
  let i = r.tail;
  while (i < r.sentence.end && i - r.tail < 3 && text[i] === ' ') i++;
  const joiner = /^(\p{L}+) /u.exec(text.slice(i, i + 5));
  if (joiner?.[1] !== undefined && numberWordKind(ctx, joiner[1]) === 'joiner') i += joiner[0].length;
  const next = ctx.numbers.find((m) => m.start === i);
  if (next === undefined || next.kind !== 'number' || next.notAFigure !== undefined || next.value <= 0) return;
  const small = hitRightAfter(ctx, next.end, r.sentence.end, (t) => t.unit !== undefined);
  const su = small?.value.unit;
  if (small === null || su === undefined || su.quantity !== unit.quantity || su.unit !== unit.unit || su.factor >= unit.factor) return;
  // The smaller part stays below one of the larger unit ("5 feet 8 inches", not "5 km 800 m" written twice over),
  // and is no time of its own ("depuis 42 ans et cinq jours après": the days are a time reference).
  if (next.value * su.factor >= unit.factor) return;
  if (hitRightAfter(ctx, small.end, r.sentence.end, (t) => t.agoAfter === true) !== null) return;
  r.c = { ...r.c, value: r.c.value + (next.value * su.factor) / unit.factor };
  r.unitSpan = { start: r.unitSpan?.start ?? small.start, end: small.end };
  r.tail = small.end;
  r.absorbed = next.start;
}

/**
 * "un mes y seis de libertad vigilada", "two years and six of probation": a bare number after a joiner that follows
 * a number and its unit leaves the unit out; it takes that unit when no noun of its own follows it.
 */
function elidedUnit(ctx: TextContext, r: Reading): void {
  const { text } = ctx;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(r.sentence.start, r.c.start - 8), r.c.start));
  if (before?.[1] === undefined || numberWordKind(ctx, before[1]) !== 'joiner') return;
  const unit = phraseEndingAt(ctx, r.c.start - before[0].length, r.sentence.start, (t) => t.unit !== undefined);
  const sense = unit?.value.unit;
  if (unit === null || sense === undefined || !COMPOUND_QUANTITIES.has(sense.quantity)) return;
  // The unit counts a number of its own: digits or a number word right before it ("un mes", "two years").
  const word = /(\p{L}+|\d+)\s+$/u.exec(text.slice(Math.max(r.sentence.start, unit.start - 16), unit.start))?.[1];
  if (word === undefined || !(/^\d+$/.test(word) || numberWordKind(ctx, word) === 'value')) return;
  // Its own noun would follow right after it; a preposition ("de", "of") or the clause's end leaves it none.
  const after = text.slice(r.tail, r.tail + 2);
  const ends = /^\s?[,.;:)]|^\s*$/.test(after);
  if (!ends && hitRightAfter(ctx, r.tail, r.sentence.end, (t) => t.filler === true && t.noun === undefined) === null) return;
  r.unit = sense;
  r.unitSpan = { start: unit.start, end: unit.end };
}

const MINUTE = 1 / 1440;

/** "2 h 15 min", "1 hr 30 min": hours written as a letter before the minutes (a bare "2 h" may be a time of day). */
const HOURS_BEFORE = /(?<![\p{L}\p{N}.,:])(\d{1,2})\s?(?:h|hr|hrs)\.?\s+$/u;

function hoursBefore(ctx: TextContext, r: Reading): void {
  const from = Math.max(r.sentence.start, r.c.start - 12);
  const m = HOURS_BEFORE.exec(ctx.text.slice(from, r.c.start));
  if (m === null || m[1] === undefined) return;
  r.c = { ...r.c, value: r.c.value + Number(m[1]) * 60 };
  r.start = Math.min(r.start, from + m.index);
}

/** Above this a bare degree of the weather is Fahrenheit: no weather in Celsius reaches it. */
const FAHRENHEIT_ABOVE = 60;

/**
 * "Temperatures reached 40 degrees": a bare degree is a temperature when the sentence speaks of the weather, in the
 * scale the text names elsewhere (Fahrenheit, °F), else Fahrenheit above what Celsius weather reaches, else Celsius.
 */
function weatherDegrees(ctx: TextContext, r: Reading): void {
  const { bareDegrees, weatherContext } = ctx.lex.words;
  if (bareDegrees === undefined || weatherContext === undefined) return;
  const { folded } = ctx;
  let start = r.tail;
  while (start < r.sentence.end && start - r.tail < 2 && (folded[start] === ' ' || (start === r.tail && folded[start] === '-'))) start++;
  const word = bareDegrees.find((w) => folded.startsWith(w, start) && !isWordChar(folded[start + w.length]));
  if (word === undefined) return;
  const sentence = folded.slice(r.sentence.start, r.sentence.end);
  if (!weatherContext.some((w) => hasWord(sentence, w))) return;
  const fahrenheit = hasWord(folded, 'fahrenheit') || folded.includes('°f') || (r.c.value > FAHRENHEIT_ABOVE && !hasWord(folded, 'celsius'));
  r.unit = fahrenheit ? { quantity: 'temperature', unit: 'C', factor: 5 / 9, offset: -160 / 9 } : { quantity: 'temperature', unit: 'C', factor: 1 };
  r.unitSpan = { start, end: start + word.length };
  r.tail = start + word.length;
}

function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + word.length])) return true;
  }
  return false;
}

/**
 * "500 pounds", "a 300-pound bear", "200 libras": a word that names a currency and a weight is a weight unless the
 * amount reads as money (a currency sign, a scale of millions, a money word in the clause: cost, paid, fine).
 */
function weighedNotPaid(ctx: TextContext, r: Reading): void {
  const { c } = r;
  const word = hitsIn(ctx, c.start, Math.min(r.sentence.end, Math.max(c.end, r.tail) + 2)).find((h) => h.value.weight !== undefined)
    ?? ctx.lex.index.scan(ctx.folded, c.start, c.end).find((h) => h.value.weight !== undefined);
  if (word === undefined || word.value.weight === undefined) return;
  if (/\p{Sc}/u.test(ctx.text.slice(c.start, word.end)) || c.value >= WEIGHT_MONEY_SCALE) return;
  if (moneyInClause(ctx, r)) return;
  const weight: UnitSense = word.value.weight;
  r.currency = null;
  r.unit = weight;
  r.unitSpan = { start: word.start, end: word.end };
  r.tail = Math.max(r.tail, word.end);
}

function moneyInClause(ctx: TextContext, r: Reading): boolean {
  const from = Math.max(r.clause.start, r.c.start - 80);
  const to = Math.min(r.clause.end, r.c.end + 40);
  return nearestBefore(ctx, from, to, (h) => h.value.money === true) !== null;
}

/** The currency word inside a money match the reader left without a code; "money" when none is known. */
function currencyInside(ctx: TextContext, c: Candidate): string {
  for (const h of ctx.lex.index.scan(ctx.folded, c.start, c.end)) if (h.value.currency !== undefined) return h.value.currency;
  return 'money';
}

/** "Lyacir Ribeiro, 70 ans, est", "Ana Gil (34 años)": years between commas or brackets right after a name: an age. */
function inApposition(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const open = /,\s?$/.test(before) ? ',' : /\(\s?$/.test(before) ? '(' : null;
  if (open === null) return false;
  const close = /^\s?([,)])/.exec(text.slice(end, end + 2))?.[1];
  if (close !== (open === '(' ? ')' : ',')) return false;
  let k = start - before.length + before.search(open === ',' ? /,\s?$/ : /\(\s?$/);
  while (k > 0 && text[k - 1] === ' ') k--;
  let w = k;
  while (w > 0 && /[\p{L}'’-]/u.test(text[w - 1] as string)) w--;
  return w < k && /\p{Lu}/u.test(text[w] as string);
}

/** "avere tra i 65 e 71 anni", "aurait entre 30 et 40 ans": an age word before the word opening a range. */
function ageBeforeRange(ctx: TextContext, start: number, floor: number): boolean {
  // The openers are matched here only: as words of the phrase index they would end unknown nouns ("deux d'entre eux").
  const from = Math.max(floor, start - RANGE_OPENER_REACH);
  const before = ctx.folded.slice(from, start).trimEnd();
  const opener = (ctx.lex.words.rangeBefore ?? []).find((w) => before.endsWith(w) && !isWordChar(before[before.length - w.length - 1]));
  if (opener === undefined) return false;
  return phraseEndingAt(ctx, from + before.length - opener.length, floor, (t) => t.ageBefore === true) !== null;
}

const RANGE_OPENER_REACH = 16;

function isAgo(ctx: TextContext, before: Hit | null, start: number, tail: number, limit: number): boolean {
  if (before !== null && before.value.agoBefore && onlySpace(ctx.text, before.end, start)) return true;
  return hitRightAfter(ctx, tail, limit, (t) => t.agoAfter === true) !== null;
}
