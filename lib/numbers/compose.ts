import type { Bound, CurrencyWord, NumberLanguage, NumberWord, RangeFrame } from '../lang/number-words.ts';
import type { NumberMatch } from './types.ts';
import { PhraseSet } from './lexicon.ts';
import { atomAt, joinable, readCardinal, type Cardinal, type ReadContext } from './read-cardinal.ts';

/** The language's phrases, compiled once. */
export interface Phrases {
  percentAfter: PhraseSet<true>;
  percentBefore: PhraseSet<number>;
  tenths: PhraseSet<true>;
  denFirst: PhraseSet<true>;
  numFirst: PhraseSet<true>;
  properWords: PhraseSet<true>;
  mixed: PhraseSet<true>;
  curBefore: PhraseSet<CurrencyWord>;
  curAfter: PhraseSet<CurrencyWord>;
  curLinks: PhraseSet<true>;
  rangeOpen: PhraseSet<RangeFrame[]>;
  rangeJoin: PhraseSet<RangeFrame>;
  boundsBefore: PhraseSet<Bound>;
  boundsAfter: PhraseSet<Bound>;
  months: PhraseSet<true>;
  yearBefore: PhraseSet<true>;
  dateAfter: PhraseSet<true>;
  codeBefore: PhraseSet<true>;
  ordinalBefore: PhraseSet<true>;
  codeAfter: PhraseSet<true>;
  notNumbers: PhraseSet<true>;
}

function set<T>(entries: Iterable<[string, T]>): PhraseSet<T> {
  const s = new PhraseSet<T>();
  for (const [k, v] of entries) s.add(k, v);
  return s;
}

const flags = (list: readonly string[]): PhraseSet<true> => set(list.map((k) => [k, true] as [string, true]));

export function compilePhrases(lang: NumberLanguage): Phrases {
  const rangeOpen = new Map<string, RangeFrame[]>();
  const rangeJoin: [string, RangeFrame][] = [];
  for (const f of lang.ranges) {
    if (f.open) rangeOpen.set(f.open, [...(rangeOpen.get(f.open) ?? []), f]);
    else rangeJoin.push([f.join, f]);
  }
  return {
    percentAfter: flags(lang.percentAfter),
    percentBefore: set(Object.entries(lang.percentBefore)),
    tenths: flags(lang.tenthsPercent),
    denFirst: flags(lang.fractionDenominatorFirst),
    numFirst: flags(lang.fractionNumeratorFirst),
    properWords: flags(lang.fractionProperWords),
    mixed: flags(lang.mixedJoiners),
    curBefore: set(Object.entries(lang.currencyBefore)),
    curAfter: set(Object.entries(lang.currencyAfter)),
    curLinks: flags(lang.currencyLinks),
    rangeOpen: set(rangeOpen.entries()),
    rangeJoin: set(rangeJoin),
    boundsBefore: set(Object.entries(lang.boundsBefore)),
    boundsAfter: set(Object.entries(lang.boundsAfter)),
    months: flags(lang.months),
    yearBefore: flags(lang.yearBefore),
    dateAfter: flags(lang.dateAfter),
    codeBefore: flags(lang.codeBefore),
    ordinalBefore: flags(lang.ordinalBefore),
    codeAfter: flags(lang.codeAfter),
    notNumbers: flags(lang.notNumbers),
  };
}

export interface ComposeOptions {
  compound: boolean;
  openRanges: boolean;
  /** Per token: 1 when inside a URL or e-mail address. */
  urls: Uint8Array;
}

/** A number with what is written around it: sign, currency, percent. Token range [from, to). */
interface Value {
  from: number;
  to: number;
  value: number;
  kind: 'number' | 'fraction' | 'percent' | 'money';
  currency?: string;
  /** The number itself, without currency or percent words (what the number-only mode returns). */
  core: { from: number; to: number; value: number; kind: 'number' | 'fraction' };
  weak: boolean;
  plus: boolean;
  /** Written in digits only, one numeral. */
  digitsOnly: boolean;
  integer: boolean;
  words: boolean;
  numerator?: number;
  denominator?: number;
}

const VULGAR: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
};

function tok(ctx: ReadContext, t: number) {
  return ctx.tokens[t];
}

function adjacent(ctx: ReadContext, t: number): boolean {
  const k = ctx.tokens[t];
  return k !== undefined && k.start === k.gapStart;
}

/** A gap of at most `max` spaces before token t (no line break). */
function near(ctx: ReadContext, t: number, max = 3): boolean {
  const k = ctx.tokens[t];
  return k !== undefined && k.start - k.gapStart <= max && joinable(ctx, t);
}

function senseAt(ctx: ReadContext, t: number): NumberWord | undefined {
  const a = atomAt(ctx, t);
  return a?.senses?.length === 1 ? a.senses[0] : undefined;
}

function isWordChar(ctx: ReadContext, t: number): boolean {
  const k = ctx.tokens[t];
  return k !== undefined && (k.kind === 'word' || k.kind === 'digits');
}

/** Reads a plain number (cardinal or fraction) at t, with its sign. */
function readCore(ctx: ReadContext, ph: Phrases, t: number): { from: number; to: number; value: number;
  kind: 'number' | 'fraction'; card: Cardinal | null; weak: boolean; plus: boolean; numerator?: number;
  denominator?: number } | null {
  let sign = 1;
  let start = t;
  const k = tok(ctx, t);
  if (!k) return null;
  // Sign: "-1", "- 1 4/5", "minus five", "负一", "âm 1.200.000". A hyphen glued after a word or digit is not one.
  if (k.kind === 'sym' && (k.key === '-' || k.key === '−' || k.key === '+')) {
    const prev = tok(ctx, t - 1);
    const glued = prev !== undefined && adjacent(ctx, t) && (prev.kind === 'word' || prev.kind === 'digits' || prev.kind === 'han');
    if (glued || !near(ctx, t + 1, 2)) return null;
    const nk = tok(ctx, t + 1);
    if (!nk || (nk.kind !== 'digits' && !(nk.kind === 'sym' && nk.key === ctx.lang.decimalMark))) return null;
    if (k.key !== '+') sign = -1;
    start = t + 1;
  } else {
    const s = senseAt(ctx, t);
    if (s && s.kind === 'minus') {
      if (!near(ctx, t + 1)) return null;
      sign = -1;
      start = t + 1;
      const nk = tok(ctx, t + 1);
      // 负 before a sign: "负３ 分  之 负一百五十七".
      if (!nk) return null;
    }
  }
  const body = readUnsigned(ctx, ph, start);
  if (!body) return null;
  if (sign === -1 && body.weak && start !== t && tok(ctx, t)?.kind === 'word') {
    // "negative one" is fine; a lone weak word after a sign word still reads.
  }
  return { ...body, from: t, value: sign * body.value };
}

function readUnsigned(ctx: ReadContext, ph: Phrases, t: number): { from: number; to: number; value: number;
  kind: 'number' | 'fraction'; card: Cardinal | null; weak: boolean; plus: boolean; numerator?: number;
  denominator?: number } | null {
  const k = tok(ctx, t);
  if (!k) return null;
  // ½ on its own.
  const vulgar = VULGAR[k.key];
  if (vulgar !== undefined) return { from: t, to: t + 1, value: vulgar, kind: 'fraction', card: null, weak: false, plus: false };
  // "a third", "a twenty-first", "a hundredth" (the article is not a number on its own).
  const s0 = senseAt(ctx, t);
  if (s0 && s0.kind === 'value' && s0.article) {
    const den = readDenominator(ctx, t + 1);
    if (den && near(ctx, t + 1)) {
      return { from: t, to: den.to, value: 1 / den.value, kind: 'fraction', card: null, weak: false, plus: false, numerator: 1, denominator: den.value };
    }
  }
  // 三分之二: denominator first.
  const card = readCardinal(ctx, t);
  if (!card) {
    // "五 分之 一" etc. need a cardinal; "分之一" alone is not a number.
    return null;
  }
  let to = card.to;
  const value = card.value;
  const base = { from: t, card, weak: card.weak, plus: card.plus };

  // Denominator first: 三分之二, 一百分之五十五点五七九.
  const df = ph.denFirst.match(ctx.text, ctx.tokens, to);
  if (df && near(ctx, to)) {
    const num = readSigned(ctx, df.to);
    if (num && near(ctx, df.to) && value !== 0) {
      return { ...base, to: num.to, value: num.value / value, kind: 'fraction', numerator: num.value, denominator: value, weak: false };
    }
  }
  // Numerator first: hai phần ba, one over three, 1 sur 3.
  const nf = ph.numFirst.match(ctx.text, ctx.tokens, to) ?? null;
  const pf = nf ? null : ph.properWords.match(ctx.text, ctx.tokens, to);
  const marker = nf ?? pf;
  if (marker && near(ctx, to) && !ph.percentAfter.match(ctx.text, ctx.tokens, to)) {
    const den = readCardinal(ctx, marker.to);
    if (den && near(ctx, marker.to) && den.value !== 0 && (!pf || (card.words && den.words && value < den.value))) {
      return { ...base, to: den.to, value: value / den.value, kind: 'fraction', numerator: value, denominator: den.value, weak: false };
    }
  }
  // 2/3, and 2 1/4: digits over digits, not a date (14/11/2025).
  if (card.numeral && Number.isInteger(value)) {
    const slash = slashFraction(ctx, to, value);
    if (slash) {
      const f = { num: value, den: slash.den };
      // "2 1/4": a whole number then a fraction.
      return { ...base, to: slash.to, value: f.num / f.den, kind: 'fraction', numerator: f.num, denominator: f.den, weak: false };
    }
    const next = tok(ctx, to);
    if (next && next.kind === 'digits' && near(ctx, to, 2) && !adjacent(ctx, to)) {
      const inner = readCardinal(ctx, to);
      if (inner?.numeral && Number.isInteger(inner.value)) {
        const s2 = slashFraction(ctx, inner.to, inner.value, true);
        if (s2 && inner.value !== 0) {
          return { ...base, to: s2.to, value: value + inner.value / s2.den, kind: 'fraction', weak: false };
        }
      }
    }
    const vg = tok(ctx, to);
    if (vg && VULGAR[vg.key] !== undefined && (adjacent(ctx, to) || near(ctx, to, 1))) {
      return { ...base, to: to + 1, value: value + (VULGAR[vg.key] as number), kind: 'fraction', weak: false };
    }
  }
  // Fraction words: two thirds, cinco oitavos, trois quarts, zwei Drittel, one hundred and three and two thirds.
  const fw = fractionWords(ctx, ph, card);
  if (fw) return { ...base, ...fw, weak: false };
  return { ...base, to, value, kind: 'number' };
}

/** A number with an optional sign, for the second half of fractions (负３分之负一百五十七). */
function readSigned(ctx: ReadContext, t: number): { to: number; value: number } | null {
  const s = senseAt(ctx, t);
  if (s && s.kind === 'minus') {
    const c = readCardinal(ctx, t + 1);
    return c && near(ctx, t + 1) ? { to: c.to, value: -c.value } : null;
  }
  const c = readCardinal(ctx, t);
  return c ? { to: c.to, value: c.value } : null;
}

function slashFraction(ctx: ReadContext, t: number, num = 0, mixed = false): { to: number; den: number } | null {
  const slash = tok(ctx, t);
  if (!slash || slash.kind !== 'sym' || (slash.key !== '/' && slash.key !== '⁄')) return null;
  if (!near(ctx, t, 1)) return null;
  const d = tok(ctx, t + 1);
  if (!d || d.kind !== 'digits' || !near(ctx, t + 1, 1)) return null;
  const after = tok(ctx, t + 2);
  if (after && after.kind === 'sym' && (after.key === '/' || after.key === '.' || after.key === '-') && adjacent(ctx, t + 2) &&
    tok(ctx, t + 3)?.kind === 'digits') return null; // a date
  if (after && (after.kind === 'word') && adjacent(ctx, t + 2)) return null;
  const den = Number(d.key);
  if (den === 0 || d.key.length > 6) return null;
  // 8/2024 is a month, 14/11 a day and month.
  if (!mixed && num >= 1 && num <= 12 && d.key.length === 4 && den >= 1800 && den <= 2200) return null;
  if (!mixed && num > den && num <= 31 && den <= 12) return null;
  return { to: t + 2, den };
}

/** A denominator word at t, possibly with a number before it inside one atom (dosmilésimos, veintiunavos). */
function readDenominator(ctx: ReadContext, t: number): { to: number; value: number; unit: boolean } | null {
  const a = atomAt(ctx, t);
  const senses = a?.senses;
  if (!a || !senses || senses.length === 0) return null;
  const last = senses[senses.length - 1] as NumberWord;
  if (last.kind !== 'denominator') {
    return null;
  }
  if (senses.length === 1) return { to: a.to, value: last.value, unit: !last.scale && !last.avos };
  // A compound word: the senses before the denominator form a number.
  let acc = 0;
  let group = 0;
  for (let i = 0; i < senses.length - 1; i++) {
    const s = senses[i] as NumberWord;
    if (s.kind === 'value') group += s.value;
    else if (s.kind === 'scale') {
      acc += (group || 1) * s.value;
      group = 0;
    } else if (s.kind !== 'joiner') return null;
  }
  const prefix = acc + group;
  if (last.avos) return { to: a.to, value: prefix, unit: false };
  if (last.scale) return { to: a.to, value: prefix * last.value, unit: false };
  return { to: a.to, value: prefix + last.value, unit: false };
}

/** The word forms of fractions after a cardinal has been read. */
function fractionWords(ctx: ReadContext, ph: Phrases, card: Cardinal): { to: number; value: number; kind: 'fraction';
  numerator?: number; denominator?: number } | null {
  const lang = ctx.lang;
  let to = card.to;
  // Hyphen between numerator and denominator: "three-fifths", "one - fourth".
  const hy = tok(ctx, to);
  let denStart = to;
  if (hy && hy.key === '-' && near(ctx, to)) denStart = to + 1;
  if (!near(ctx, denStart)) return null;
  const direct = readDenominator(ctx, denStart);
  if (direct) {
    let num = card.value;
    let den = direct.value;
    // English and French: "one hundred thirty fifths" = 100/35.
    if (lang.tenJoinsOrdinal && direct.unit && den < 10 && card.atoms > 1 && denStart === to) {
      const last = lastAtomValue(ctx, card);
      if (last !== null && last >= 20 && last < 100 && last % 10 === 0 && !hyphenBefore(ctx, card.to - 1)) {
        num -= last;
        den += last;
      }
    }
    let afterDen = direct.to;
    // "sechs und zwei Drittel Millionen", "three quarters billion": a scale after the fraction multiplies it.
    const sc = senseAt(ctx, afterDen);
    let mult = 1;
    if (sc && sc.kind === 'scale' && near(ctx, afterDen) && sc.value >= 1000) {
      mult = sc.value;
      afterDen = atomAt(ctx, afterDen)?.to ?? afterDen;
    }
    return mixedValue(ctx, card, num, den, afterDen, mult);
  }
  // A second number, then a denominator: "tres dois milésimos", "vinte e um avos", "twenty twenty fifths".
  const second = readCardinal(ctx, denStart);
  if (second && second.words) {
    const d2 = readDenominator(ctx, second.to + (tok(ctx, second.to)?.key === '-' ? 1 : 0));
    if (d2 && near(ctx, second.to)) {
      const dAtom = atomAt(ctx, second.to + (tok(ctx, second.to)?.key === '-' ? 1 : 0));
      const last = dAtom?.senses?.[dAtom.senses.length - 1];
      if (last && last.kind === 'denominator') {
        let den: number | null = null;
        if (last.avos && dAtom?.senses?.length === 1) den = second.value;
        else if (last.scale) den = second.value * d2.value;
        else if (d2.unit && d2.value < 10 && second.value >= 20 && second.value % 10 === 0 && second.value < 100) {
          den = second.value + d2.value;
        } else if (d2.unit && (second.value === 100 || second.value === 1000) && lang.tenJoinsOrdinal) {
          den = second.value + d2.value;
        }
        if (den) return mixedValue(ctx, card, card.value, den, d2.to, 1);
      }
    }
  }
  return null;
}

/** "one hundred and three and two thirds": a joiner inside the whole number before the numerator. */
function mixedValue(ctx: ReadContext, card: Cardinal, num: number, den: number, to: number, mult: number) {
  if (den === 0) return null;
  return { to, value: (num / den) * mult, kind: 'fraction' as const, numerator: num, denominator: den, from: card.from };
}

function lastAtomValue(ctx: ReadContext, card: Cardinal): number | null {
  // Find the last atom of the cardinal.
  let t = card.to - 1;
  while (t > card.from && tok(ctx, t)?.kind === 'sym') t--;
  const a = atomAt(ctx, t);
  const s = a?.senses;
  if (!a || !s || s.length !== 1 || a.to !== card.to) return null;
  const sense = s[0] as NumberWord;
  return sense.kind === 'value' ? sense.value : null;
}

function hyphenBefore(ctx: ReadContext, t: number): boolean {
  return tok(ctx, t - 1)?.key === '-';
}

/** A number with its sign, whole part and fraction joined by "and"/"又"/"con", percent and currency around it. */
function readValue(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions): Value | null {
  const inUrl = opts.urls[t] === 1;
  let from = t;
  let currency: CurrencyWord | null = null;
  let percentBase: number | null = null;
  let start = t;
  if (!inUrl) {
    // Currency before the amount: $5, US$ 10, R$ 10, EUR 20, ¥300.
    const cb = ph.curBefore.match(ctx.text, ctx.tokens, t);
    if (cb && near(ctx, cb.to, 2)) {
      const nk = tok(ctx, cb.to);
      const glued = tok(ctx, t - 1) && adjacent(ctx, t) && isWordChar(ctx, t - 1) && tok(ctx, t)?.kind === 'word';
      if (nk && (nk.kind === 'digits' || atomAt(ctx, cb.to)) && !glued) {
        currency = cb.data;
        start = cb.to;
      }
    }
    // Percent before: 百分之五, percent of 10.
    if (!currency) {
      const pb = ph.percentBefore.match(ctx.text, ctx.tokens, t);
      if (pb && near(ctx, pb.to)) {
        percentBase = pb.data;
        start = pb.to;
      }
    }
  }
  let core = readCore(ctx, ph, start);
  if (!core) {
    if (start !== t) return null;
    return null;
  }
  // Mixed numbers: "one and a half" is read by the cardinal; "five and a quarter", "3又一千分之23", "uno con un cuarto".
  if (core.kind === 'number' && !inUrl) {
    const mj = ph.mixed.match(ctx.text, ctx.tokens, core.to);
    if (mj && near(ctx, core.to) && near(ctx, mj.to)) {
      const frac = readCore(ctx, ph, mj.to);
      if (frac && frac.kind === 'fraction' && frac.value < 1 && frac.value > 0) {
        core = { ...core, to: frac.to, value: core.value + Math.sign(core.value || 1) * frac.value, kind: 'fraction' };
      }
    }
  }
  const card = core.card;
  let to = core.to;
  let kind: Value['kind'] = core.kind;
  let value = core.value;
  let iso: string | undefined;
  if (percentBase !== null) {
    kind = 'percent';
    value = (value * 100) / percentBase;
  } else if (!inUrl) {
    const pa = ph.percentAfter.match(ctx.text, ctx.tokens, to);
    const tenths = ph.tenths.match(ctx.text, ctx.tokens, to);
    if (pa && near(ctx, to) && !currency) {
      kind = 'percent';
      to = pa.to;
    } else if (tenths && near(ctx, to) && !currency && value > 0 && value <= 10) {
      // 七成 = 70%, 九折 = 90%, 七成 六 = 76%.
      kind = 'percent';
      to = tenths.to;
      value *= 10;
      const extra = senseAt(ctx, to);
      if (extra && extra.kind === 'value' && extra.value < 10 && extra.value > 0 && Number.isInteger(value) && near(ctx, to)) {
        value += extra.value;
        to += 1;
      }
    } else {
      // Currency after the amount: 5 dollars, 5 triệu đồng, 500万美元, 48.000 millones de dólares.
      let at = to;
      const link = ph.curLinks.match(ctx.text, ctx.tokens, at);
      let ca = ph.curAfter.match(ctx.text, ctx.tokens, at);
      if (!ca && link && card?.endsWithScale && near(ctx, link.to)) {
        ca = ph.curAfter.match(ctx.text, ctx.tokens, link.to);
        if (ca) at = link.to;
      }
      const gluedOk = ca && (near(ctx, at, 2) || adjacent(ctx, at));
      if (ca && gluedOk && !currency) {
        currency = ca.data;
        to = ca.to;
      } else if (ca && gluedOk && currency && ca.data.iso === currency.iso) {
        to = ca.to;
      }
    }
  }
  if (currency) {
    kind = 'money';
    iso = currency.iso;
    if (currency.minor) value *= currency.minor;
  }
  const v: Value = {
    from,
    to,
    value,
    kind,
    core: { from: core.from, to: core.to, value: core.value, kind: core.kind },
    weak: core.weak && kind === 'number',
    plus: core.plus,
    digitsOnly: card?.numeral !== null && card?.numeral !== undefined && core.kind === 'number',
    integer: Number.isInteger(core.value),
    words: card?.words ?? false,
  };
  if (iso !== undefined) v.currency = iso;
  if (core.numerator !== undefined) v.numerator = core.numerator;
  if (core.denominator !== undefined) v.denominator = core.denominator;
  from = t;
  return v;
}

function toMatch(ctx: ReadContext, v: Value): NumberMatch {
  const start = (ctx.tokens[v.from] as { start: number }).start;
  const end = (ctx.tokens[v.to - 1] as { end: number }).end;
  const m: NumberMatch = { text: '', start, end, value: v.value, kind: v.kind };
  if (v.currency !== undefined) m.currency = v.currency;
  if (v.numerator !== undefined) m.numerator = v.numerator;
  if (v.denominator !== undefined) m.denominator = v.denominator;
  if (v.weak) m.weak = true;
  if (v.plus) m.plus = true;
  return m;
}

function coreMatch(ctx: ReadContext, v: Value): NumberMatch {
  const start = (ctx.tokens[v.core.from] as { start: number }).start;
  const end = (ctx.tokens[v.core.to - 1] as { end: number }).end;
  const m: NumberMatch = { text: '', start, end, value: v.core.value, kind: v.core.kind };
  if (v.weak) m.weak = true;
  if (v.plus) m.plus = true;
  if (v.numerator !== undefined) m.numerator = v.numerator;
  if (v.denominator !== undefined) m.denominator = v.denominator;
  return m;
}

function emit(ctx: ReadContext, v: Value, opts: ComposeOptions): NumberMatch {
  return opts.compound ? toMatch(ctx, v) : coreMatch(ctx, v);
}

/**
 * Reads what starts at token t: a range ("from 5 to 10", "5-10"), a bounded number ("more than 30", with
 * openRanges), or one number with its percent or currency. Returns the matches and the token after them.
 */
export function composeAt(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions):
  { matches: NumberMatch[]; to: number } | null {
  const inUrl = opts.urls[t] === 1;
  if (!inUrl) {
    // Ranges opened by a word: between 5 and 10, từ 5 đến 10, entre 20 e 30, 在10和20之间.
    const open = ph.rangeOpen.match(ctx.text, ctx.tokens, t);
    if (open && near(ctx, open.to)) {
      for (const frame of open.data) {
        const r = readRangeRest(ctx, ph, open.to, frame, opts, t);
        if (r) return r;
      }
    }
    if (opts.openRanges) {
      const b = readBounded(ctx, ph, t, opts);
      if (b) return b;
    }
  }
  const a = readValue(ctx, ph, t, opts);
  if (!a) return null;
  if (!inUrl) {
    // Ranges joined by a word or dash: 5 to 10, 5-10, 5至10, 20~100.
    const join = ph.rangeJoin.match(ctx.text, ctx.tokens, a.to);
    if (join && nearJoin(ctx, a.to, join.to, join.data.join)) {
      const b = readValue(ctx, ph, join.to, opts);
      if (b && rangeOk(ctx, a, b, join.data.join)) {
        const close = join.data.close ? ph.rangeOpen && matchWord(ctx, b.to, join.data.close) : b.to;
        return rangeResult(ctx, a, b, t, close || b.to, opts);
      }
    }
    if (opts.openRanges) {
      const after = ph.boundsAfter.match(ctx.text, ctx.tokens, a.to);
      if (after && near(ctx, a.to)) {
        const m = boundMatch(ctx, a, after.data, t, after.to);
        return { matches: [m], to: after.to };
      }
    }
  }
  return { matches: [emit(ctx, a, opts)], to: a.to };
}

function nearJoin(ctx: ReadContext, at: number, after: number, join: string): boolean {
  if (!near(ctx, at, 3) || !near(ctx, after, 3)) return false;
  if (join === '-' || join === '–' || join === '—' || join === '~' || join === '〜') {
    // A dash joins a range only with the same spacing on both sides: "5-10", "5 - 10", not "5 -10".
    const before = (ctx.tokens[at]?.start ?? 0) - (ctx.tokens[at]?.gapStart ?? 0);
    const aft = (ctx.tokens[after]?.start ?? 0) - (ctx.tokens[after]?.gapStart ?? 0);
    return (before === 0) === (aft === 0);
  }
  return true;
}

function matchWord(ctx: ReadContext, t: number, phrase: string): number {
  const s = new PhraseSet<true>();
  s.add(phrase, true);
  const m = s.match(ctx.text, ctx.tokens, t);
  return m && near(ctx, t) ? m.to : 0;
}

function rangeOk(ctx: ReadContext, a: Value, b: Value, join: string): boolean {
  if (a.weak || b.weak) return false;
  if (!(a.value < b.value)) return false;
  const dash = join === '-' || join === '–' || join === '—';
  if (dash) {
    // A dash joins digits only, and not a date (2025-11), a phone number or a code.
    if (!a.digitsOnly && a.kind === 'number') return false;
    if (!b.digitsOnly && b.kind === 'number' && !(b.core.kind === 'number' && !b.words)) return false;
    const next = ctx.tokens[b.to];
    if (next && next.key === '-' && ctx.tokens[b.to + 1]?.kind === 'digits') return false;
    const prev = ctx.tokens[a.from - 1];
    if (prev && prev.key === '-' && adjacent(ctx, a.from)) return false;
    if (prev && prev.kind === 'word' && adjacent(ctx, a.from)) return false;
  }
  return true;
}

function rangeResult(ctx: ReadContext, a: Value, b: Value, from: number, to: number, opts: ComposeOptions) {
  if (!opts.compound) return { matches: [coreMatch(ctx, a), coreMatch(ctx, b)], to: b.to };
  const start = (ctx.tokens[from] as { start: number }).start;
  const end = (ctx.tokens[to - 1] as { end: number }).end;
  const m: NumberMatch = { text: '', start, end, value: a.value, kind: 'range', low: a.value, high: b.value };
  const cur = b.currency ?? a.currency;
  if (cur !== undefined) m.currency = cur;
  if (a.kind === 'percent' || b.kind === 'percent') m.unit = 'percent';
  return { matches: [m], to };
}

function readRangeRest(ctx: ReadContext, ph: Phrases, t: number, frame: RangeFrame, opts: ComposeOptions, from: number) {
  const a = readValue(ctx, ph, t, opts);
  if (!a) return null;
  const j = matchWord(ctx, a.to, frame.join);
  if (!j) return null;
  const b = readValue(ctx, ph, j, opts);
  if (!b || !near(ctx, j) || !(a.value < b.value)) return null;
  let to = b.to;
  if (frame.close) {
    const c = matchWord(ctx, b.to, frame.close);
    if (!c) return null;
    to = c;
  }
  return rangeResult(ctx, a, b, from, to, opts);
}

/** "more than 30", "至少10", "between 20 and 30" style bounds, when one-sided ranges are asked for. */
function readBounded(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions) {
  const before = ph.boundsBefore.match(ctx.text, ctx.tokens, t);
  if (!before || !near(ctx, before.to)) return null;
  const a = readValue(ctx, ph, before.to, opts);
  if (!a) return null;
  let to = a.to;
  let bound = before.data;
  // "equal to 5000 or less", "more than 5000 or equal".
  const after = ph.boundsAfter.match(ctx.text, ctx.tokens, a.to);
  if (after && near(ctx, a.to)) {
    if (bound.side === 'equal') bound = after.data.side === 'equal' ? bound : { ...after.data, inclusive: true };
    else if (after.data.side === 'equal') bound = { ...bound, inclusive: true };
    to = after.to;
  }
  // A second bound joined by "and": more than 10 and less than 40.
  const and = matchWord(ctx, to, 'and');
  if (and) {
    const second = ph.boundsBefore.match(ctx.text, ctx.tokens, and);
    if (second && near(ctx, second.to) && second.data.side !== bound.side && second.data.side !== 'equal') {
      const b = readValue(ctx, ph, second.to, opts);
      if (b) {
        const low = bound.side === 'low' ? a : b;
        const high = bound.side === 'low' ? b : a;
        if (low.value < high.value) {
          const start = (ctx.tokens[t] as { start: number }).start;
          const end = (ctx.tokens[b.to - 1] as { end: number }).end;
          return { matches: [{ text: '', start, end, value: low.value, kind: 'range' as const, low: low.value, high: high.value }], to: b.to };
        }
      }
    }
  }
  return { matches: [boundMatch(ctx, a, bound, t, to)], to };
}

function boundMatch(ctx: ReadContext, a: Value, bound: Bound, from: number, to: number): NumberMatch {
  const start = (ctx.tokens[from] as { start: number }).start;
  const end = (ctx.tokens[to - 1] as { end: number }).end;
  const m: NumberMatch = { text: '', start, end, value: a.value, kind: 'range' };
  if (bound.side === 'low' || bound.side === 'equal') m.low = a.value;
  if (bound.side === 'high' || bound.side === 'equal') m.high = a.value;
  if (a.currency !== undefined) m.currency = a.currency;
  if (a.kind === 'percent') m.unit = 'percent';
  return m;
}
