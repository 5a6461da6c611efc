// A number with the words around it: mixed fractions, percent (60%, 百分之六十), currency and cents.
import type { CurrencyWord } from '../lang/number-words.ts';
import type { Phrases } from './phrases.ts';
import { atomAt, type ReadContext } from './atoms.ts';
import { readCardinal } from './read-cardinal.ts';
import { mixedOnlyFraction, readCore, type Core } from './read-core.ts';
import { adjacent, currencyAt, match, near, senseAt, tok } from './token-helpers.ts';
import { TIMES } from './types.ts';

export interface ComposeOptions {
  compound: boolean;
  openRanges: boolean;
  /** Do not read "X over Y" fractions (for the number after a bound: "plus de deux sur cinq"). */
  noMarkers?: boolean;
  /** Per token: 1 when inside a URL or e-mail address. */
  urls: Uint8Array;
}

/** A number with what is written around it: currency, percent. Token range [from, to). */
export interface Value {
  from: number;
  to: number;
  value: number;
  kind: 'number' | 'fraction' | 'percent' | 'money';
  currency?: string;
  /** The number itself, without currency or percent words (what the number-only mode returns). */
  core: Core;
  weak: boolean;
  plus: boolean;
  /** Written in digits only, one numeral. */
  digitsOnly: boolean;
  /** Ends with a currency symbol after the number ("100 $"). */
  symbolAfter: boolean;
  /** A unit of measure written after it (its key in lib/lang/measure-units.ts: "km", "gb"), outside the span. */
  unit?: string;
  /** The token after that unit. */
  unitTo?: number;
}

/** The phrase for a joiner word inside a number ("and", "e", "y", "und", "và", "又"). */
function joinerAt(ctx: ReadContext, ph: Phrases, t: number): number {
  const m = match(ctx, ph.mixed, t);
  if (m) return m.to;
  const s = senseAt(ctx, t);
  return s && s.kind === 'joiner' && near(ctx, t) ? t + 1 : -1;
}

/** What is written before the number: a currency (US$, RM, EUR) or a percentage's base (百分之, percent of). */
interface Lead {
  start: number;
  currency: CurrencyWord | null;
  percentBase: number | null;
}

function readLead(ctx: ReadContext, ph: Phrases, t: number): Lead {
  // Currency before the amount: $5, US$ 10, R$ 10, EUR 20, ¥300, USD115, RM12.90.
  const cb = currencyAt(ctx, ph.curBefore, t);
  if (cb && near(ctx, cb.to, 2)) {
    const nk = tok(ctx, cb.to);
    if (nk && (nk.kind === 'digits' || atomAt(ctx, cb.to) || nk.key === '-')) return { start: cb.to, currency: cb.data, percentBase: null };
  }
  const pb = ph.percentBefore.match(ctx.text, ctx.tokens, t);
  if (pb && near(ctx, pb.to)) return { start: pb.to, currency: null, percentBase: pb.data };
  return { start: t, currency: null, percentBase: null };
}

function plainValue(t: number, to: number, value: number, coreTo: number, kind: Value['kind']): Value {
  const core: Core = { from: t, to: coreTo, value, kind: 'number', card: null, weak: false, plus: false };
  return { from: t, to, value, kind, core, weak: false, plus: false, digitsOnly: false, symbolAfter: false };
}

/** 五五折, 7 2 折: two digits before 折 or 成 are a percentage. */
function twoDigitTenths(ctx: ReadContext, ph: Phrases, t: number): Value | null {
  const d1 = singleDigit(ctx, t);
  if (d1 === null) return null;
  const d2At = atomAt(ctx, t)?.to ?? t + 1;
  const d2 = near(ctx, d2At, 1) ? singleDigit(ctx, d2At) : null;
  const after = d2 !== null ? d2At + 1 : -1;
  const tenths = after >= 0 ? match(ctx, ph.tenths, after) : null;
  if (d2 === null || !tenths) return null;
  return plainValue(t, tenths.to, d1 * 10 + d2, after, 'percent');
}

/** Mixed numbers: "five and a quarter", "3又一千分之23", "uno con un cuarto", "cinco billones con tres cuartos". */
function withMixedFraction(ctx: ReadContext, ph: Phrases, core: Core): Core {
  if (core.kind !== 'number' || core.card?.numeral?.grouped) return core;
  const mj = match(ctx, ph.mixed, core.to);
  if (!mj || !near(ctx, mj.to)) return core;
  const direct = readCore(ctx, ph, mj.to);
  const frac = direct?.kind === 'fraction' ? direct : mixedOnlyFraction(ctx, ph, mj.to);
  const num = frac?.numerator;
  const den = frac?.denominator;
  if (!frac || frac.kind !== 'fraction' || num === undefined || den === undefined || !(num > 0 && num < den)) return core;
  const part = num / den;
  const sign = core.value < 0 ? -1 : 1;
  const scale = frac.scaleAfter ?? 1;
  // "cinco billones con tres cuartos" is 5.75 billion; "壹百萬又五十萬分之二十五" adds a plain fraction.
  const lastScale = frac.wordFraction ? core.card?.lastScale ?? 0 : 0;
  const value = frac.scaleAfter !== undefined ? (core.value + sign * part) * scale
    : core.value + sign * part * (lastScale >= 1000 ? lastScale : 1);
  return { ...core, to: frac.to, value, kind: 'fraction', numerator: num, denominator: den };
}

/**
 * A fraction of a scale: "three quarters of a billion", "half a million", "un demi-milliard", "tres cuartos de
 * millón". `core` is the fraction read at t, or null when t holds a lone "half".
 */
function fractionOfScale(ctx: ReadContext, ph: Phrases, t: number, core: Core | null): Core | null {
  let share: number;
  let at: number;
  if (core) {
    if (core.kind !== 'fraction' || !core.wordFraction || !(core.value > 0 && core.value < 1) || core.scaleAfter !== undefined) return null;
    share = core.value;
    at = core.to;
  } else {
    const half = senseAt(ctx, t);
    if (!half || half.kind !== 'half') return null;
    share = half.value;
    at = atomAt(ctx, t)?.to ?? t + 1;
  }
  if (tok(ctx, at)?.key === '-' && adjacent(ctx, at) && adjacent(ctx, at + 1)) at++;
  const link = match(ctx, ph.fractionOf, at);
  if (link) at = link.to;
  const article = senseAt(ctx, at);
  if (article && article.kind === 'value' && article.article && near(ctx, at)) at++;
  const scale = senseAt(ctx, at);
  if (!scale || scale.kind !== 'scale' || scale.value < 1000 || !near(ctx, at)) return null;
  const to = atomAt(ctx, at)?.to ?? at + 1;
  const value = times(share, scale.value);
  return { from: t, to, value, kind: 'number', card: null, weak: false, plus: false, scaleAfter: scale.value };
}

/** The value as it is being read: what follows the number is added step by step. */
interface Draft {
  to: number;
  value: number;
  kind: Value['kind'];
  currency: CurrencyWord | null;
  symbolAfter: boolean;
  unit?: string;
  unitTo?: number;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "× 10⁶", "x 10^9", "* 10^-3" after a number: the power of ten it is multiplied by, and the token after it. */
function timesTen(ctx: ReadContext, t: number): { to: number; exponent: number } | null {
  const x = tok(ctx, t);
  if (!x || !(x.key === '×' || x.key === 'x' || x.key === '*' || x.key === '·') || !near(ctx, t, 1)) return null;
  if (tok(ctx, t + 1)?.key !== '10' || !near(ctx, t + 1, 1)) return null;
  let k = t + 2;
  let digits = '';
  let sign = 1;
  if (tok(ctx, k)?.key === '^' && adjacent(ctx, k)) {
    k++;
    if ((tok(ctx, k)?.key === '-' || tok(ctx, k)?.key === '+') && adjacent(ctx, k)) sign = tok(ctx, k++)?.key === '-' ? -1 : 1;
    const d = tok(ctx, k);
    if (!d || d.kind !== 'digits' || !adjacent(ctx, k)) return null;
    return { to: k + 1, exponent: sign * Number(d.key) };
  }
  if (tok(ctx, k)?.key === '⁻' && adjacent(ctx, k)) {
    sign = -1;
    k++;
  }
  for (let s = tok(ctx, k); s && s.kind === 'sym' && SUPERSCRIPTS.includes(s.key) && adjacent(ctx, k); s = tok(ctx, ++k)) {
    digits += String(SUPERSCRIPTS.indexOf(s.key));
  }
  return digits === '' || digits.length > 3 ? null : { to: k, exponent: sign * Number(digits) };
}

/** A product that stays as exact as its decimal writing (4.1 × 10⁹ is 4100000000, not 4099999999.9999995). */
export function times(a: number, b: number): number {
  return Number((a * b).toPrecision(15));
}

/** A percent word or 成/折 after the number: 60%, 60 por cento, 七成 = 70%, 九折 = 90%. True when one was read. */
function percentAfter(ctx: ReadContext, ph: Phrases, d: Draft): boolean {
  const pa = match(ctx, ph.percentAfter, d.to);
  if (pa && !d.currency) {
    d.kind = 'percent';
    d.to = pa.to;
    return true;
  }
  const tenths = match(ctx, ph.tenths, d.to);
  if (!tenths || d.currency || !(d.value > 0 && d.value <= 10) || (d.value === 10 && tok(ctx, tenths.to - 1)?.key === '折')) return false;
  // 七成 = 70%, 九折 = 90%, 七成 六 = 76%; 十折 is no discount at all.
  d.kind = 'percent';
  d.to = tenths.to;
  d.value *= 10;
  const extra = senseAt(ctx, d.to);
  if (extra && extra.kind === 'value' && extra.value < 10 && extra.value > 0 && Number.isInteger(d.value) && near(ctx, d.to)) {
    d.value += extra.value;
    d.to += 1;
  }
  return true;
}

/** Currency after the amount: 5 dollars, 5 triệu đồng, 500万美元, 48.000 millones de dólares, 12-cent, 45 MYR. */
function currencyAfter(ctx: ReadContext, ph: Phrases, d: Draft, core: Core): boolean {
  const card = core.card;
  const endsWithScale = card?.endsWithScale === true || (core.kind === 'number' && core.scaleAfter !== undefined);
  let at = d.to;
  if (tok(ctx, at)?.key === '-' && adjacent(ctx, at) && adjacent(ctx, at + 1) && !(tok(ctx, at + 2)?.kind === 'digits' && adjacent(ctx, at + 2))) at++;
  // "a 300-pound man": hyphenated before a noun, a word that is a unit too is the unit (a 12-cent stamp is money).
  if (at > d.to && ph.units.match(ctx.text, ctx.tokens, at)) return false;
  let ca = currencyAt(ctx, ph.curAfter, at);
  if (!ca && endsWithScale) {
    const link = match(ctx, ph.curLinks, at);
    if (link && near(ctx, link.to)) {
      ca = currencyAt(ctx, ph.curAfter, link.to);
      if (ca) at = link.to;
    }
  }
  // "1 $10": a symbol glued to the next number is that number's.
  const symbolOfNext = ca !== null && tok(ctx, ca.to - 1)?.kind === 'sym' && tok(ctx, ca.to)?.kind === 'digits' && adjacent(ctx, ca.to);
  if (!ca || !near(ctx, at, 2) || symbolOfNext || (d.currency && (ca.data.iso === undefined || ca.data.iso !== d.currency.iso))) return false;
  d.currency ??= ca.data;
  d.symbolAfter = tok(ctx, ca.to - 1)?.kind === 'sym';
  d.to = ca.to;
  // "75 USD million": a scale after the currency code still multiplies.
  const sc = senseAt(ctx, d.to);
  if (sc && sc.kind === 'scale' && sc.value >= 1000 && near(ctx, d.to) && !endsWithScale) {
    d.value = times(d.value, sc.value);
    d.to = atomAt(ctx, d.to)?.to ?? d.to + 1;
  }
  return true;
}

/** A unit of measure after the number, glued or not: 512GB, 5 km, 30°C, 10 kilómetros. */
function unitAfter(ctx: ReadContext, ph: Phrases, d: Draft): void {
  // "a 300-pound man", "a 10-km race": a hyphen between the number and its unit.
  const hyphen = tok(ctx, d.to)?.key === '-' && adjacent(ctx, d.to) && adjacent(ctx, d.to + 1) && tok(ctx, d.to + 1)?.kind === 'word';
  const at = hyphen ? d.to + 1 : d.to;
  const m = ph.units.match(ctx.text, ctx.tokens, at);
  if (!m || !near(ctx, at, 1)) return;
  const glued = adjacent(ctx, at);
  // Numbers alone (compound off) leave a number glued to its unit out, as part of a word ("29km").
  if (glued && !ctx.compound) return;
  const written = ctx.text.slice(ctx.tokens[at]?.start ?? 0, ctx.tokens[m.to - 1]?.end ?? 0);
  // A one-letter symbol only glued ("10m") and in its own case (4G, 3M are no grams or metres; 5 L is litres).
  const symbol = written.toLowerCase() === m.data;
  if (symbol && [...written].length === 1 && (!glued || (written !== m.data && !'LW'.includes(written)))) return;
  const next = tok(ctx, m.to);
  if (next && (next.kind === 'word' || next.kind === 'digits') && adjacent(ctx, m.to)) return;
  // The unit is noted, not taken into the span: the figure layer reads the words after a number itself.
  d.unit = m.data;
  d.unitTo = m.to;
}

/**
 * A multiplier word after the number, taken into the span: "three times", "10-fold", "tres veces", "三倍", "в 3 раза".
 * Not after a lone weak word: "une fois", "una vez" say "once" or "when".
 */
function multiplierAfter(ctx: ReadContext, ph: Phrases, d: Draft, core: Core): boolean {
  if (d.kind !== 'number' || d.currency || (core.weak && (ctx.lang.dropLoneWeak || ctx.lang.weakArticles === true))) return false;
  const at = tok(ctx, d.to)?.key === '-' && adjacent(ctx, d.to) && adjacent(ctx, d.to + 1) ? d.to + 1 : d.to;
  const m = ph.multAfter.match(ctx.text, ctx.tokens, at);
  if (!m || !near(ctx, at, 1)) return false;
  d.unit = TIMES;
  d.unitTo = m.to;
  d.to = m.to;
  return true;
}

/** What follows the number: a power of ten, a percent word, a currency, a multiplier or a unit. */
function readAfter(ctx: ReadContext, ph: Phrases, d: Draft, core: Core): void {
  const e = timesTen(ctx, d.to);
  if (e) {
    d.value = times(d.value, 10 ** e.exponent);
    d.to = e.to;
  }
  if (percentAfter(ctx, ph, d) || currencyAfter(ctx, ph, d, core) || multiplierAfter(ctx, ph, d, core)) return;
  if (!d.currency) unitAfter(ctx, ph, d);
}

/** The value of an ordinal written as its stem and an ending (viert + e, четвёрт + ый), if it is one. */
function ordinalStem(every: NonNullable<ReadContext['lang']['everyOrdinal']>, key: string): number | undefined {
  for (const e of every.endings) {
    if (key.length > e.length && key.endsWith(e)) {
      const n = every.stems[key.slice(0, key.length - e.length)];
      if (n !== undefined) return n;
    }
  }
  return undefined;
}

/** "jeder vierte", "jede 5.", "каждый четвёртый": one in that many, a share. */
function readEvery(ctx: ReadContext, ph: Phrases, t: number): Value | null {
  const every = ctx.lang.everyOrdinal;
  const w = every ? match(ctx, ph.everyWords, t) : null;
  const k = w && near(ctx, w.to, 1) ? tok(ctx, w.to) : undefined;
  if (!every || !w || !k) return null;
  let n: number | undefined;
  let to = w.to + 1;
  if (k.kind === 'word') n = ordinalStem(every, k.key);
  else if (k.kind === 'digits' && k.key.length <= 4 && tok(ctx, to)?.key === '.' && adjacent(ctx, to)) {
    n = Number(k.key);
    to++;
  }
  if (n === undefined || !(n > 1)) return null;
  const core: Core = { from: t, to, value: 1 / n, kind: 'fraction', card: null, weak: false, plus: false, numerator: 1, denominator: n };
  return { from: t, to, value: 1 / n, kind: 'fraction', core, weak: false, plus: false, digitsOnly: false, symbolAfter: false };
}

/** 每四人中就有一人, 每10个孩子中有1个, "cứ 5 người thì có 1": a share of so many in every so many. */
function readEveryShare(ctx: ReadContext, ph: Phrases, t: number): Value | null {
  const open = ctx.lang.everyShare ? match(ctx, ph.shareOpen, t) : null;
  const whole = open && near(ctx, open.to, 1) ? readCardinal(ctx, open.to) : null;
  if (!whole || !Number.isInteger(whole.value) || whole.value < 2) return null;
  // The counted noun and its measure word, up to three words or characters, then the join.
  for (let k = whole.to; k <= whole.to + 3 && near(ctx, k, 1); k++) {
    const join = ph.shareJoin.match(ctx.text, ctx.tokens, k);
    const part = join && near(ctx, join.to, 1) ? readCardinal(ctx, join.to) : null;
    if (part) {
      if (!(part.value > 0 && part.value < whole.value)) return null;
      const value = part.value / whole.value;
      const core: Core = { from: t, to: part.to, value, kind: 'fraction', card: null, weak: false, plus: false, numerator: part.value,
        denominator: whole.value };
      return { from: t, to: part.to, value, kind: 'fraction', core, weak: false, plus: false, digitsOnly: false, symbolAfter: false };
    }
    const k0 = tok(ctx, k);
    if (!k0 || (k0.kind !== 'word' && k0.kind !== 'han') || atomAt(ctx, k) !== null) return null;
  }
  return null;
}

/** A multiplier written as a word ("twice", "el doble", "вдвое") or a number after "gấp" (gấp ba lần). */
function readMultiplier(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions): Value | null {
  const w = ph.multWords.match(ctx.text, ctx.tokens, t);
  if (w) return { ...plainValue(t, w.to, w.data, w.to, 'number'), unit: TIMES, unitTo: w.to };
  const b = match(ctx, ph.multBefore, t);
  const v = b && near(ctx, b.to) ? readValue(ctx, ph, b.to, opts) : null;
  if (!v || v.kind !== 'number') return null;
  return { ...v, from: t, unit: TIMES, unitTo: v.to };
}

/** Money: a factor (cents, MEUR), then cents after the major unit ("13 dollars and 45 cents", "50元6角三分"). */
function moneyAfter(ctx: ReadContext, ph: Phrases, d: Draft, currency: CurrencyWord, coreTo: number): void {
  d.kind = 'money';
  if (currency.factor) d.value = times(d.value, currency.factor);
  if (currency.factor && currency.factor < 1) return;
  const wordAfter = d.to > coreTo && tok(ctx, d.to - 1)?.kind !== 'sym';
  const minor = readMinor(ctx, ph, d.to, wordAfter);
  if (minor) {
    d.value += Math.sign(d.value || 1) * minor.value;
    d.to = minor.to;
    d.symbolAfter = false;
  }
}

/** 1千多名, 100多人 (a mark after), 数十万, 几百万 ("several" before): the number is a lower bound. */
function approximatelyMore(ctx: ReadContext, t: number, to: number): boolean {
  const marks = ctx.lang.approximateSuffixes;
  const after = tok(ctx, to);
  const more = (key: string) => key === '多' || key === '余' || key === '餘';
  if (after !== undefined && adjacent(ctx, to) && marks.includes(after.key) && more(after.key)) return true;
  const before = tok(ctx, t - 1);
  return before !== undefined && before.kind === 'han' && adjacent(ctx, t) && marks.includes(before.key) && !more(before.key);
}

/** A number with its fraction joined by "and"/"又"/"con", and the percent, currency or unit words around it. */
export function readValue(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions): Value | null {
  const inUrl = opts.urls[t] === 1;
  if (!inUrl) {
    // 对折 = 50%, 百分之百 = 100%.
    const pw = ph.percentWords.match(ctx.text, ctx.tokens, t);
    if (pw) return plainValue(t, pw.to, pw.data, pw.to, 'percent');
    const mult = readMultiplier(ctx, ph, t, opts) ?? readEvery(ctx, ph, t) ?? readEveryShare(ctx, ph, t);
    if (mult) return mult;
  }
  const lead = inUrl ? { start: t, currency: null, percentBase: null } : readLead(ctx, ph, t);
  if (!inUrl && lead.start === t) {
    const tenths = twoDigitTenths(ctx, ph, t);
    if (tenths) return tenths;
  }
  let read = readCore(ctx, ph, lead.start, opts.noMarkers === true);
  // "$300 billion over two years": an amount of money is not divided by a word.
  if (read?.marker && lead.currency) read = readCore(ctx, ph, lead.start, true);
  read = fractionOfScale(ctx, ph, lead.start, read) ?? read;
  if (!read) return null;
  const core = inUrl ? read : withMixedFraction(ctx, ph, read);
  const card = core.card;
  const d: Draft = { to: core.to, value: core.value, kind: core.kind, currency: lead.currency, symbolAfter: false };
  if (lead.percentBase !== null) {
    d.kind = 'percent';
    d.value = (d.value * 100) / lead.percentBase;
  } else if (!inUrl) readAfter(ctx, ph, d, core);
  if (d.currency) moneyAfter(ctx, ph, d, d.currency, core.to);
  const v: Value = {
    from: t,
    to: d.to,
    value: d.value,
    kind: d.kind,
    core,
    weak: core.weak && d.kind === 'number' && d.unit === undefined,
    plus: core.plus || approximatelyMore(ctx, t, d.to),
    digitsOnly: card?.numeral !== null && card?.numeral !== undefined && core.kind === 'number' && core.from === lead.start,
    symbolAfter: d.symbolAfter,
  };
  if (d.currency?.iso !== undefined) v.currency = d.currency.iso;
  if (d.unit !== undefined && d.unitTo !== undefined) {
    v.unit = d.unit;
    v.unitTo = d.unitTo;
  }
  return v;
}

/** A single digit 1-9 at t, as a digit or a Han numeral (for 五五折, 7 2 折). */
export function singleDigit(ctx: ReadContext, t: number): number | null {
  const k = tok(ctx, t);
  if (!k) return null;
  if (k.kind === 'digits') return k.key.length === 1 && k.key !== '0' ? Number(k.key) : null;
  if (k.kind !== 'han') return null;
  const s = senseAt(ctx, t);
  return s && s.kind === 'value' && Number.isInteger(s.value) && s.value >= 1 && s.value <= 9 ? s.value : null;
}

/** Cents after an amount in the major unit: "and 45 cents", "50", "6角三分". */
function readMinor(ctx: ReadContext, ph: Phrases, t: number, wordAfter: boolean): { to: number; value: number } | null {
  let total = 0;
  let to = t;
  let any = false;
  for (let guard = 0; guard < 3; guard++) {
    let k = to;
    const j = joinerAt(ctx, ph, k);
    if (j >= 0) k = j;
    if (!near(ctx, k)) break;
    const c = readCardinal(ctx, k, { maxScale: 100 });
    if (!c || !Number.isInteger(c.value) || c.value <= 0 || c.value >= 100 || c.decimal) break;
    const next = tok(ctx, c.to);
    if (next && next.kind === 'word' && adjacent(ctx, c.to)) break; // 11a
    const unit = ph.minor.match(ctx.text, ctx.tokens, c.to);
    if (unit && near(ctx, c.to, 2)) {
      total += c.value * unit.data;
      to = unit.to;
      any = true;
      continue;
    }
    // A bare number of cents right after the currency word: "15 dollars 50", "hai đô 23" (not "10 rmb 20 usd").
    if (!any && wordAfter && (!c.numeral || c.numeral.intDigits.length <= 2) && !c.weak) {
      const nextSense = senseAt(ctx, c.to);
      const ownCurrency = currencyAt(ctx, ph.curAfter, c.to) || ph.percentAfter.match(ctx.text, ctx.tokens, c.to);
      if (!(nextSense && nextSense.kind === 'scale') && !(ownCurrency && near(ctx, c.to, 2))) {
        total += c.value / 100;
        to = c.to;
        any = true;
      }
    }
    break;
  }
  return any ? { to, value: total } : null;
}

/** Digits glued to letters ("29km", "4o", "A380", "t0") are part of a word or a code, not a number. */
export function glued(ctx: ReadContext, v: Value): boolean {
  const first = tok(ctx, v.from);
  const before = tok(ctx, v.from - 1);
  if (first && before && before.kind === 'word' && adjacent(ctx, v.from) && (first.kind === 'digits' || first.kind === 'sym')) return true;
  const end = v.unitTo ?? v.to;
  const last = tok(ctx, end - 1);
  const after = tok(ctx, end);
  return last !== undefined && after !== undefined && after.kind === 'word' && adjacent(ctx, end) &&
    (last.kind === 'digits' || last.kind === 'sym');
}

/** A range end, skipping an ordinal mark (在第十和第十五之间). */
export function readEnd(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions): Value | null {
  const ord = match(ctx, ph.ordinalBefore, t);
  const v = readValue(ctx, ph, ord ? ord.to : t, opts);
  return v && !glued(ctx, v) ? { ...v, from: t } : null;
}
