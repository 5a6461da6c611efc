// What starts at a token: one number with its percent or currency, or a range of two (5 to 10, từ 5 đến 10).
import type { RangeFrame } from '../lang/number-words.ts';
import type { NumberMatch } from './types.ts';
import type { Phrases } from './phrases.ts';
import type { ReadContext } from './atoms.ts';
import { readCore } from './read-core.ts';
import { glued, readEnd, readValue, singleDigit, times, type ComposeOptions, type Value } from './read-value.ts';
import { boundMatch, readBounds } from './read-bounds.ts';
import { readVague } from './read-vague.ts';
import type { Found } from './found.ts';
import { DASHES, adjacent, match, matchWord, near, span, tok } from './token-helpers.ts';

function toMatch(ctx: ReadContext, v: Value): NumberMatch {
  const m: NumberMatch = { text: '', ...span(ctx, v.from, v.to), value: v.value, kind: v.kind };
  if (v.currency !== undefined) m.currency = v.currency;
  if (v.unit !== undefined) m.unit = v.unit;
  if (v.core.numerator !== undefined && v.core.kind === 'fraction') m.numerator = v.core.numerator;
  if (v.core.denominator !== undefined && v.core.kind === 'fraction') m.denominator = v.core.denominator;
  if (v.weak) m.weak = true;
  if (v.plus) m.plus = true;
  return m;
}

function coreMatch(ctx: ReadContext, v: Value): NumberMatch {
  const c = v.core;
  const m: NumberMatch = { text: '', ...span(ctx, c.from, c.to), value: c.value, kind: c.kind };
  if (v.weak || c.weak) m.weak = true;
  if (c.plus) m.plus = true;
  if (c.numerator !== undefined && c.kind === 'fraction') m.numerator = c.numerator;
  if (c.denominator !== undefined && c.kind === 'fraction') m.denominator = c.denominator;
  return m;
}

function emit(ctx: ReadContext, v: Value, opts: ComposeOptions): NumberMatch {
  return opts.compound ? toMatch(ctx, v) : coreMatch(ctx, v);
}

export type { Found } from './found.ts';

/**
 * Reads what starts at token t: a range ("from 5 to 10", "5-10"), a bounded number ("more than 30", with
 * openRanges), or one number with its percent or currency. Returns the matches and the token after them.
 */
export function composeAt(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions): Found | null {
  if (opts.urls[t] === 1) {
    const core = readCore(ctx, ph, t);
    if (!core) return null;
    return { matches: [{ text: '', ...span(ctx, core.from, core.to), value: core.value, kind: core.kind }], to: core.to };
  }
  // Ranges opened by a word: between 5 and 10, từ 5 đến 10, entre 20 e 30, 在10和20之间.
  const open = match(ctx, ph.rangeOpen, t) ?? ph.rangeOpen.match(ctx.text, ctx.tokens, t);
  if (open && near(ctx, open.to)) {
    for (const frame of open.data) {
      const r = readRangeRest(ctx, ph, open.to, frame, opts, t);
      if (r) return r;
    }
  }
  if (opts.openRanges) {
    const b = readBounds(ctx, ph, t, opts, false);
    if (b) return b;
  }
  if (opts.compound) {
    const vague = readVague(ctx, ph, t);
    if (vague) return vague;
  }
  const neighbours = opts.compound ? neighbourDigits(ctx, ph, t, opts) : null;
  if (neighbours) return neighbours;
  const a = readValue(ctx, ph, t, opts);
  if (!a) return null;
  const ordinal = opts.compound ? ordinalAfter(ctx, ph, a) : null;
  if (ordinal) return ordinal;
  if (glued(ctx, a)) return { matches: [], to: a.to };
  // "năm 2024": a lone weak word right before digits is a noun or article, not a number.
  const after = tok(ctx, a.to);
  if (a.weak && a.kind === 'number' && after?.kind === 'digits' && near(ctx, a.to, 1)) return { matches: [], to: a.to };
  // "un", "une", "eine" alone are articles, unless the grammar makes them a count.
  const articles = ctx.lang.dropLoneWeak || (opts.compound && ctx.lang.weakArticles === true);
  if (a.weak && a.kind === 'number' && a.core.kind === 'number' && articles && !weakIsCount(ctx, ph, a, opts)) {
    return { matches: [], to: a.to };
  }
  // 二三十: a Han digit glued to the number before it makes an approximation ("twenty or thirty"), not a figure.
  if (tok(ctx, t)?.kind === 'han' && adjacent(ctx, t) && singleDigit(ctx, t - 1) !== null && a.kind !== 'number') {
    return { matches: [], to: a.to };
  }
  // Ranges joined by a word or dash: 5 to 10, 5-10, 5至10, 20~100, 10000与20000之间.
  const joins = ph.rangeJoin.match(ctx.text, ctx.tokens, a.to);
  if (joins && near(ctx, a.to)) {
    for (const frame of joins.data) {
      if (!nearJoin(ctx, a.to, joins.to, frame.join)) continue;
      const b = readValue(ctx, ph, joins.to, opts);
      if (!b || glued(ctx, b) || !rangeOk(ctx, a, b, frame.join)) continue;
      let to = b.to;
      if (frame.close) {
        const c = matchWord(ctx, b.to, frame.close);
        if (!c) continue;
        to = c;
      }
      return rangeResult(ctx, a, b, t, to, opts);
    }
  }
  // "two or three hundred", "dos o tres mil", "$2 or $3 billion": alternatives that share a scale are a range.
  const or = opts.compound ? match(ctx, ph.orWords, a.to) : null;
  if (or && near(ctx, or.to)) {
    const b = readValue(ctx, ph, or.to, opts);
    if (b && !glued(ctx, b) && rangeOk(ctx, a, b, '') && sharedLow(a, b) !== a.value) return rangeResult(ctx, a, b, t, b.to, opts);
  }
  if (opts.openRanges) {
    const b = readBounds(ctx, ph, t, opts, true, a);
    if (b) return b;
    if (a.plus) {
      return { matches: [boundMatch(ctx, a, { side: 'low', inclusive: false }, t, a.to)], to: a.to };
    }
  }
  return { matches: [emit(ctx, a, opts)], to: a.to };
}

/**
 * A weak word (un, eine, um) that counts: before a word that makes it one ("un des", "eine der", "un seul"), joined by
 * "or" or a range word to another number ("un ou deux", "de un à trois"), or at the end of a clause ("il en reste un.").
 */
function weakIsCount(ctx: ReadContext, ph: Phrases, a: Value, opts: ComposeOptions): boolean {
  const next = tok(ctx, a.to);
  if (next && next.kind === 'sym' && '.,;:!?)»"'.includes(next.key)) return true;
  if (match(ctx, ph.weakCount, a.to) || ph.weakCount.matchBefore(ctx.text, ctx.tokens, a.from, 2)) return true;
  const join = match(ctx, ph.orWords, a.to) ?? match(ctx, ph.rangeJoin, a.to);
  const other = join && near(ctx, join.to) ? readValue(ctx, ph, join.to, opts) : null;
  return other !== null && !other.weak;
}

/**
 * Two neighbouring Han digits before a scale say "this many or the next": 三四十 is 30 to 40, 七八千元 7000 to 8000
 * yuan, 一两天 one or two days; 三五 is three to five.
 */
function neighbourDigits(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions): Found | null {
  if (tok(ctx, t)?.kind !== 'han' || tok(ctx, t + 1)?.kind !== 'han' || !adjacent(ctx, t + 1)) return null;
  const d1 = singleDigit(ctx, t);
  const d2 = singleDigit(ctx, t + 1);
  if (d1 === null || d2 === null || !(d2 === d1 + 1 || (d1 === 3 && d2 === 5))) return null;
  // Not inside a run of digits (一二三四, a year 一九九八) nor after an ordinal mark (第一二).
  const ordinal = ph.ordinalBefore.matchBefore(ctx.text, ctx.tokens, t, 1) !== null;
  if (adjacent(ctx, t) && (singleDigit(ctx, t - 1) !== null || ordinal)) return null;
  const b = readValue(ctx, ph, t + 1, opts);
  if (!b || b.core.kind !== 'number' || (b.kind !== 'number' && b.kind !== 'money')) return null;
  // The second digit with one scale only (四十, 八千万, 两): 四十五 is no such pair.
  const scale = b.core.value / d2;
  if (!(scale >= 1) || !Number.isInteger(Math.log10(scale))) return null;
  if (scale === 1 && adjacent(ctx, b.core.to) && singleDigit(ctx, b.core.to) !== null) return null;
  const low = (b.value * d1) / d2;
  const m: NumberMatch = { text: '', ...span(ctx, t, b.to), value: low, kind: 'range', low, high: b.value };
  if (b.currency !== undefined) m.currency = b.currency;
  if (b.unit !== undefined) m.unit = b.unit;
  // 五六月 (May or June), 七八日: months and days, no figure.
  if (ph.dateAfter.match(ctx.text, ctx.tokens, b.to)) m.notAFigure = 'date';
  return { matches: [m], to: b.to };
}

/** Digits with an ordinal mark glued after them: 1st, 2e, 3º, 5-й. An ordinal, not a figure. */
function ordinalAfter(ctx: ReadContext, ph: Phrases, a: Value): Found | null {
  if (!a.digitsOnly || a.kind !== 'number' || !Number.isInteger(a.value) || !adjacent(ctx, a.to)) return null;
  const prev = tok(ctx, a.from - 1);
  if (prev && prev.kind === 'word' && adjacent(ctx, a.from)) return null;
  // A hyphen before the mark (5-й) is left out of the phrase's keys.
  const at = tok(ctx, a.to)?.key === '-' && adjacent(ctx, a.to + 1) ? a.to + 1 : a.to;
  const m = ph.ordinalSuffixes.match(ctx.text, ctx.tokens, at);
  if (!m) return null;
  for (let k = at + 1; k < m.to; k++) if (!adjacent(ctx, k)) return null;
  const next = tok(ctx, m.to);
  if (next && (next.kind === 'word' || next.kind === 'digits') && adjacent(ctx, m.to)) return null;
  return { matches: [{ text: '', ...span(ctx, a.from, m.to), value: a.value, kind: 'ordinal', notAFigure: 'ordinal' }], to: m.to };
}

function nearJoin(ctx: ReadContext, at: number, after: number, join: string): boolean {
  if (!near(ctx, at, 3) || !near(ctx, after, 3)) return false;
  if (DASHES.has(join)) {
    // A dash joins a range only with the same spacing on both sides: "5-10", "5 - 10", not "5 -10".
    const before = (ctx.tokens[at]?.start ?? 0) - (ctx.tokens[at]?.gapStart ?? 0);
    const aft = (ctx.tokens[after]?.start ?? 0) - (ctx.tokens[after]?.gapStart ?? 0);
    return (before === 0) === (aft === 0);
  }
  return true;
}

function rangeOk(ctx: ReadContext, a: Value, b: Value, join: string): boolean {
  if (!(a.value < b.value)) return false;
  const dash = DASHES.has(join);
  if ((a.weak || b.weak) && dash) return false;
  // Both ends of one kind; a plain number may take its unit from the second end (1000-2000 đồng, 5-20%).
  if (a.kind !== b.kind) {
    // "$40-45bn": the second end of an amount of money is in the same currency.
    // "百分之二十到三十": so is the second end of a percentage written before its number.
    if ((a.kind === 'money' || (a.kind === 'percent' && a.core.from > a.from)) && b.kind === 'number' && b.core.kind === 'number' &&
      !b.weak) return true;
    if (a.kind !== 'number' || (b.kind !== 'money' && b.kind !== 'percent')) return false;
    if (!Number.isInteger(a.value) && Number.isInteger(b.core.value)) return false;
  } else if (a.kind === 'money' && a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) return false;
  if (dash && wordNeighbours(a, b)) return true;
  if (dash) {
    // A dash joins digits, not a date (2025-11), a phone number or a code (T-90).
    if (a.kind === 'number' && !a.digitsOnly) return false;
    if (b.kind === 'number' && !b.digitsOnly) return false;
    const next = ctx.tokens[b.to];
    if (next && DASHES.has(next.key) && ctx.tokens[b.to + 1]?.kind === 'digits') return false;
    const prev = ctx.tokens[a.from - 1];
    if (prev && DASHES.has(prev.key) && adjacent(ctx, a.from)) return false;
    if (prev && prev.kind === 'word' && adjacent(ctx, a.from)) return false;
  }
  return true;
}

/**
 * Two number words joined by a dash that are neighbours, the second maybe with a scale: "два-три миллиона", "пять-шесть
 * тысяч", "двадцать-тридцать" (not "twenty-one" nor "vingt-deux", where the dash builds one number).
 */
function wordNeighbours(a: Value, b: Value): boolean {
  const ca = a.core.card;
  if (a.kind !== 'number' || a.digitsOnly || b.digitsOnly || !ca || ca.atoms !== 1 || !ca.words || !Number.isInteger(a.value) ||
    !(a.value > 0) || b.core.kind !== 'number' || !b.core.card?.words) return false;
  const head = b.core.value / endScale(b);
  let place = 1;
  while (a.value % (place * 10) === 0) place *= 10;
  const step = (head - a.value) / place;
  return step === 1 || step === 2;
}

/** The scale the high end of a range ends with (seven thousand, 45 billion, 45bn, 七千), or 1. */
function endScale(b: Value): number {
  const card = b.core.card;
  if (!card || b.core.kind !== 'number') return 1;
  if (card.lastScale > 1) return card.lastScale;
  const n = card.numeral;
  if (n?.suffixed) {
    const base = Number(`${n.intDigits || '0'}.${n.fracDigits || '0'}`);
    const scale = base > 0 ? Math.round(b.core.value / base) : 1;
    return scale >= 1000 && Number.isInteger(Math.log10(scale)) ? scale : 1;
  }
  return 1;
}

/**
 * The low end of a range that shares the high end's scale: "six to seven thousand" is 6000 to 7000, "$40 to $45
 * billion" 40 to 45 billion; "500 to 2 million" keeps its 500 (500 million is more than the high end).
 */
function sharedLow(a: Value, b: Value): number {
  const scale = endScale(b);
  // Tens are no shared scale (Vietnamese mươi, Chinese 十: "năm đến hai mươi" is 5 to 20).
  if (scale < 100 || !(a.value > 0) || endScale(a) !== 1 || (a.core.card?.lastScale ?? 0) > 0) return a.value;
  const low = times(a.value, scale);
  return low < b.value ? low : a.value;
}

function rangeResult(ctx: ReadContext, a: Value, b: Value, from: number, to: number, opts: ComposeOptions): Found {
  if (!opts.compound) return { matches: [coreMatch(ctx, a), coreMatch(ctx, b)], to };
  const low = a.kind === 'percent' ? a.value : sharedLow(a, b);
  const m: NumberMatch = { text: '', ...span(ctx, from, to), value: low, kind: 'range', low, high: b.value };
  const cur = b.currency ?? a.currency;
  if (cur !== undefined) m.currency = cur;
  const unit = b.unit ?? a.unit;
  if (unit !== undefined) m.unit = unit;
  if (a.kind === 'percent' || b.kind === 'percent') m.unit = 'percent';
  // "the 2020-2021 season", "1939–1945": a span of years.
  if (a.digitsOnly && b.digitsOnly && isYearLike(ctx, a) && isYearLike(ctx, b)) m.notAFigure = 'year';
  return { matches: [m], to };
}

function isYearLike(ctx: ReadContext, v: Value): boolean {
  const k = tok(ctx, v.core.from);
  return k !== undefined && k.kind === 'digits' && k.key.length === 4 && v.core.to === v.core.from + 1 &&
    v.value >= 1000 && v.value <= 2200;
}

function readRangeRest(ctx: ReadContext, ph: Phrases, t: number, frame: RangeFrame, opts: ComposeOptions, from: number): Found | null {
  const a = readEnd(ctx, ph, t, opts);
  if (!a) return null;
  const j = matchWord(ctx, a.to, frame.join);
  if (!j) return null;
  const b = readEnd(ctx, ph, j, opts);
  if (!b || !near(ctx, j) || !rangeOk(ctx, a, b, frame.join)) return null;
  let to = b.to;
  if (frame.close) {
    const c = matchWord(ctx, b.to, frame.close);
    if (!c) return null;
    to = c;
  }
  return rangeResult(ctx, a, b, from, to, opts);
}
