// A number with the words around it: mixed fractions, percent (60%, 百分之六十), currency and cents.
import type { CurrencyWord } from '../lang/number-words.ts';
import type { Phrases } from './phrases.ts';
import { atomAt, type ReadContext } from './atoms.ts';
import { readCardinal } from './read-cardinal.ts';
import { mixedOnlyFraction, readCore, type Core } from './read-core.ts';
import { adjacent, match, near, senseAt, tok } from './token-helpers.ts';

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
}

/** The phrase for a joiner word inside a number ("and", "e", "y", "und", "và", "又"). */
function joinerAt(ctx: ReadContext, ph: Phrases, t: number): number {
  const m = match(ctx, ph.mixed, t);
  if (m) return m.to;
  const s = senseAt(ctx, t);
  return s && s.kind === 'joiner' && near(ctx, t) ? t + 1 : -1;
}

/** A number with its fraction joined by "and"/"又"/"con", and the percent or currency words around it. */
export function readValue(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions): Value | null {
  const inUrl = opts.urls[t] === 1;
  let currency: CurrencyWord | null = null;
  let percentBase: number | null = null;
  let start = t;
  if (!inUrl) {
    // 对折 = 50%, 百分之百 = 100%.
    const pw = ph.percentWords.match(ctx.text, ctx.tokens, t);
    if (pw) {
      const core: Core = { from: t, to: pw.to, value: pw.data, kind: 'number', card: null, weak: false, plus: false };
      return { from: t, to: pw.to, value: pw.data, kind: 'percent', core, weak: false, plus: false, digitsOnly: false, symbolAfter: false };
    }
    // Currency before the amount: $5, US$ 10, R$ 10, EUR 20, ¥300, USD115.
    const cb = ph.curBefore.match(ctx.text, ctx.tokens, t);
    if (cb && near(ctx, cb.to, 2)) {
      const nk = tok(ctx, cb.to);
      if (nk && (nk.kind === 'digits' || atomAt(ctx, cb.to) || nk.key === '-')) {
        currency = cb.data;
        start = cb.to;
      }
    }
    if (!currency) {
      const pb = ph.percentBefore.match(ctx.text, ctx.tokens, t);
      if (pb && near(ctx, pb.to)) {
        percentBase = pb.data;
        start = pb.to;
      }
    }
  }
  if (!inUrl && start === t) {
    // 五五折, 7 2 折: two digits before 折 or 成 are a percentage.
    const d1 = singleDigit(ctx, t);
    if (d1 !== null) {
      const d2At = atomAt(ctx, t)?.to ?? t + 1;
      const d2 = near(ctx, d2At, 1) ? singleDigit(ctx, d2At) : null;
      const after = d2 !== null ? d2At + 1 : -1;
      const tenths = after >= 0 ? match(ctx, ph.tenths, after) : null;
      if (d2 !== null && tenths) {
        const value = d1 * 10 + d2;
        const core: Core = { from: t, to: after, value, kind: 'number', card: null, weak: false, plus: false };
        return { from: t, to: tenths.to, value, kind: 'percent', core, weak: false, plus: false, digitsOnly: false, symbolAfter: false };
      }
    }
  }
  const read = readCore(ctx, ph, start, opts.noMarkers === true);
  if (!read) return null;
  let core: Core = read;
  // Mixed numbers: "five and a quarter", "3又一千分之23", "uno con un cuarto", "cinco billones con tres cuartos".
  if (core.kind === 'number' && !inUrl && !core.card?.numeral?.grouped) {
    const mj = match(ctx, ph.mixed, core.to);
    if (mj && near(ctx, mj.to)) {
      const direct = readCore(ctx, ph, mj.to);
      const frac = direct?.kind === 'fraction' ? direct : mixedOnlyFraction(ctx, ph, mj.to);
      const num = frac?.numerator;
      const den = frac?.denominator;
      if (frac && frac.kind === 'fraction' && num !== undefined && den !== undefined && num > 0 && num < den) {
        const part = num / den;
        const sign = core.value < 0 ? -1 : 1;
        const scale = frac.scaleAfter ?? 1;
        // "cinco billones con tres cuartos" is 5.75 billion; "壹百萬又五十萬分之二十五" adds a plain fraction.
        const lastScale = frac.wordFraction ? core.card?.lastScale ?? 0 : 0;
        const value = frac.scaleAfter !== undefined ? (core.value + sign * part) * scale
          : core.value + sign * part * (lastScale >= 1000 ? lastScale : 1);
        core = { ...core, to: frac.to, value, kind: 'fraction', numerator: num, denominator: den };
      }
    }
  }
  const card = core.card;
  let to = core.to;
  let kind: Value['kind'] = core.kind;
  let value = core.value;
  let symbolAfter = false;
  if (percentBase !== null) {
    kind = 'percent';
    value = (value * 100) / percentBase;
  } else if (!inUrl) {
    const pa = match(ctx, ph.percentAfter, to);
    const tenths = match(ctx, ph.tenths, to);
    if (pa && !currency) {
      kind = 'percent';
      to = pa.to;
    } else if (tenths && !currency && value > 0 && value <= 10 && !(value === 10 && tok(ctx, tenths.to - 1)?.key === '折')) {
      // 七成 = 70%, 九折 = 90%, 七成 六 = 76%; 十折 is no discount at all.
      kind = 'percent';
      to = tenths.to;
      value *= 10;
      const extra = senseAt(ctx, to);
      if (extra && extra.kind === 'value' && extra.value < 10 && extra.value > 0 && Number.isInteger(value) && near(ctx, to)) {
        value += extra.value;
        to += 1;
      }
    } else {
      // Currency after the amount: 5 dollars, 5 triệu đồng, 500万美元, 48.000 millones de dólares, 12-cent.
      let at = to;
      if (tok(ctx, at)?.key === '-' && adjacent(ctx, at) && adjacent(ctx, at + 1) &&
        !(tok(ctx, at + 2)?.kind === 'digits' && adjacent(ctx, at + 2))) at++;
      let ca = ph.curAfter.match(ctx.text, ctx.tokens, at);
      if (!ca && card?.endsWithScale) {
        const link = match(ctx, ph.curLinks, at);
        if (link && near(ctx, link.to)) {
          ca = ph.curAfter.match(ctx.text, ctx.tokens, link.to);
          if (ca) at = link.to;
        }
      }
      // "1 $10": a symbol glued to the next number is that number's.
      const symbolOfNext = ca !== null && tok(ctx, ca.to - 1)?.kind === 'sym' && tok(ctx, ca.to)?.kind === 'digits' && adjacent(ctx, ca.to);
      if (ca && near(ctx, at, 2) && !symbolOfNext && (!currency || (ca.data.iso !== undefined && ca.data.iso === currency.iso))) {
        if (!currency) currency = ca.data;
        symbolAfter = tok(ctx, ca.to - 1)?.kind === 'sym';
        to = ca.to;
        // "75 USD million": a scale after the currency code still multiplies.
        const sc = senseAt(ctx, to);
        if (sc && sc.kind === 'scale' && sc.value >= 1000 && near(ctx, to) && !card?.endsWithScale) {
          value *= sc.value;
          to = atomAt(ctx, to)?.to ?? to + 1;
        }
      }
    }
  }
  if (currency) {
    kind = 'money';
    if (currency.factor) value *= currency.factor;
    // "thirteen dollars and forty-five cents", "15 dollars 50", "50元6角三分", "hai đô 23".
    if (!currency.factor || currency.factor >= 1) {
      const wordAfter = to > core.to && tok(ctx, to - 1)?.kind !== 'sym';
      const minor = readMinor(ctx, ph, to, wordAfter);
      if (minor) {
        value += Math.sign(value || 1) * minor.value;
        to = minor.to;
        symbolAfter = false;
      }
    }
  }
  // 1千多名, 100多人: an "and more" mark right after the number.
  const after = tok(ctx, to);
  const plusAfter = after !== undefined && adjacent(ctx, to) && ctx.lang.approximateSuffixes.includes(after.key) &&
    (after.key === '多' || after.key === '余' || after.key === '餘');
  // 数十万, 几百万: "several" before the number makes it a lower bound too.
  const before = tok(ctx, t - 1);
  const plusBefore = before !== undefined && before.kind === 'han' && adjacent(ctx, t) &&
    ctx.lang.approximateSuffixes.includes(before.key) && before.key !== '多' && before.key !== '余' && before.key !== '餘';
  const v: Value = {
    from: t,
    to,
    value,
    kind,
    core,
    weak: core.weak && kind === 'number',
    plus: core.plus || plusAfter || plusBefore,
    digitsOnly: card?.numeral !== null && card?.numeral !== undefined && core.kind === 'number' && core.from === start,
    symbolAfter,
  };
  if (currency?.iso !== undefined) v.currency = currency.iso;
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
      const ownCurrency = ph.curAfter.match(ctx.text, ctx.tokens, c.to) || ph.percentAfter.match(ctx.text, ctx.tokens, c.to);
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
  const last = tok(ctx, v.to - 1);
  const after = tok(ctx, v.to);
  return last !== undefined && after !== undefined && after.kind === 'word' && adjacent(ctx, v.to) &&
    (last.kind === 'digits' || last.kind === 'sym');
}

/** A range end, skipping an ordinal mark (在第十和第十五之间). */
export function readEnd(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions): Value | null {
  const ord = match(ctx, ph.ordinalBefore, t);
  const v = readValue(ctx, ph, ord ? ord.to : t, opts);
  return v && !glued(ctx, v) ? { ...v, from: t } : null;
}
