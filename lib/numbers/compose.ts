import type { Bound, CurrencyWord, NumberLanguage, NumberWord, RangeFrame } from '../lang/number-words.ts';
import type { NumberMatch } from './types.ts';
import { PhraseSet } from './lexicon.ts';
import { atomAt, joinable, readCardinal, type Cardinal, type ReadContext } from './read-cardinal.ts';

/** A bound written around its number: 比…大 ("比三十大" is more than thirty). */
interface BoundFrame {
  after: PhraseSet<true>;
  bound: Bound;
}

/** The language's phrases, compiled once. */
export interface Phrases {
  percentAfter: PhraseSet<true>;
  percentBefore: PhraseSet<number>;
  tenths: PhraseSet<true>;
  percentWords: PhraseSet<number>;
  denFirst: PhraseSet<true>;
  denFirstMixed: PhraseSet<true>;
  numFirst: PhraseSet<true>;
  properWords: PhraseSet<true>;
  mixed: PhraseSet<true>;
  curBefore: PhraseSet<CurrencyWord>;
  curAfter: PhraseSet<CurrencyWord>;
  curLinks: PhraseSet<true>;
  minor: PhraseSet<number>;
  rangeOpen: PhraseSet<RangeFrame[]>;
  rangeJoin: PhraseSet<RangeFrame[]>;
  boundsBefore: PhraseSet<Bound>;
  boundFrames: PhraseSet<BoundFrame[]>;
  boundsAfter: PhraseSet<Bound>;
  boundJoin: PhraseSet<true>;
  boundJoinEmpty: boolean;
  months: PhraseSet<true>;
  yearBefore: PhraseSet<true>;
  dateAfter: PhraseSet<true>;
  yearAfter: PhraseSet<true>;
  codeBefore: PhraseSet<true>;
  ordinalBefore: PhraseSet<true>;
  codeAfter: PhraseSet<true>;
  notNumbers: PhraseSet<true>;
  /** Every key a number, or a phrase around one, can start with; other words are skipped at once. */
  starters: Set<string>;
}

function set<T>(entries: Iterable<[string, T]>): PhraseSet<T> {
  const s = new PhraseSet<T>();
  for (const [k, v] of entries) s.add(k, v);
  return s;
}

const flags = (list: readonly string[]): PhraseSet<true> => set(list.map((k) => [k, true] as [string, true]));

function grouped<T extends { open?: string; join?: string }>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

export function compilePhrases(lang: NumberLanguage): Phrases {
  const boundsBefore: [string, Bound][] = [];
  const frames = new Map<string, BoundFrame[]>();
  for (const [k, b] of Object.entries(lang.boundsBefore)) {
    const i = k.indexOf('…');
    if (i < 0) boundsBefore.push([k, b]);
    else {
      const open = k.slice(0, i).trim();
      const after = new PhraseSet<true>();
      after.add(k.slice(i + 1).trim(), true);
      frames.set(open, [...(frames.get(open) ?? []), { after, bound: b }]);
    }
  }
  return {
    percentAfter: flags(lang.percentAfter),
    percentBefore: set(Object.entries(lang.percentBefore)),
    tenths: flags(lang.tenthsPercent),
    percentWords: set(Object.entries(lang.percentWords)),
    denFirst: flags(lang.fractionDenominatorFirst),
    denFirstMixed: flags(lang.fractionDenominatorFirstInMixed),
    numFirst: flags(lang.fractionNumeratorFirst),
    properWords: flags(lang.fractionProperWords),
    mixed: flags(lang.mixedJoiners),
    curBefore: set(Object.entries(lang.currencyBefore)),
    curAfter: set(Object.entries(lang.currencyAfter)),
    curLinks: flags(lang.currencyLinks),
    minor: set(Object.entries(lang.minorUnits)),
    rangeOpen: set(grouped(lang.ranges.filter((f) => f.open), (f) => f.open).entries()),
    rangeJoin: set(grouped(lang.ranges.filter((f) => !f.open), (f) => f.join).entries()),
    boundsBefore: set(boundsBefore),
    boundFrames: set(frames.entries()),
    boundsAfter: set(Object.entries(lang.boundsAfter)),
    boundJoin: flags(lang.boundJoiners.filter((j) => j !== '')),
    boundJoinEmpty: lang.boundJoiners.includes(''),
    months: flags(lang.months),
    yearBefore: flags(lang.yearBefore),
    dateAfter: flags(lang.dateAfter),
    yearAfter: flags(lang.yearAfter),
    codeBefore: flags(lang.codeBefore),
    ordinalBefore: flags(lang.ordinalBefore),
    codeAfter: flags(lang.codeAfter),
    notNumbers: flags(lang.notNumbers),
    starters: new Set<string>(),
  };
}

/** Fills `starters` from the phrase sets that can open a match, and the number words. */
export function collectStarters(ph: Phrases, words: Iterable<string>, phraseFirsts: Iterable<string>): void {
  const opening = [ph.percentWords, ph.percentBefore, ph.curBefore, ph.rangeOpen, ph.boundsBefore, ph.boundFrames];
  for (const s of opening) for (const k of s.firstKeys()) ph.starters.add(k);
  for (const k of words) ph.starters.add(k);
  for (const k of phraseFirsts) ph.starters.add(k);
  for (const k of Object.keys(VULGAR)) ph.starters.add(k);
  for (const k of ['-', '−', '.', ',']) ph.starters.add(k);
}

export interface ComposeOptions {
  compound: boolean;
  openRanges: boolean;
  /** Do not read "X over Y" fractions (for the number after a bound: "plus de deux sur cinq"). */
  noMarkers?: boolean;
  /** Per token: 1 when inside a URL or e-mail address. */
  urls: Uint8Array;
}

/** A plain number: a cardinal or a fraction, with its sign. Token range [from, to). */
interface Core {
  from: number;
  to: number;
  value: number;
  kind: 'number' | 'fraction';
  card: Cardinal | null;
  weak: boolean;
  plus: boolean;
  numerator?: number;
  denominator?: number;
  /** A scale after a fraction word multiplied it ("three quarters billion"). */
  scaleAfter?: number;
  /** Written as words ("tres cuartos"), not digits or 分之. */
  wordFraction?: boolean;
}

/** A number with what is written around it: currency, percent. Token range [from, to). */
interface Value {
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

const VULGAR: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
};

const DASHES = new Set(['-', '–', '—', '~', '〜']);

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

function match<T>(ctx: ReadContext, s: PhraseSet<T>, t: number) {
  const m = s.match(ctx.text, ctx.tokens, t);
  return m && near(ctx, t) ? m : null;
}

/** Reads a plain number (cardinal or fraction) at t, with its sign. */
function readCore(ctx: ReadContext, ph: Phrases, t: number, noMarkers = false): Core | null {
  const k = tok(ctx, t);
  if (!k) return null;
  // Sign: "-1", "- 1 4/5", "minus five", "负一", "âm 1.200.000". A hyphen glued after a word or digit is not one.
  if (k.kind === 'sym' && (k.key === '-' || k.key === '−')) {
    const prev = tok(ctx, t - 1);
    const glued = prev !== undefined && adjacent(ctx, t) && (prev.kind === 'word' || prev.kind === 'digits' || prev.kind === 'han');
    // "won 2 - 1", "16,5 -10,5": a dash after a number separates a score, it is not a sign.
    const afterNumber = prev !== undefined && (prev.kind === 'digits' || VULGAR[prev.key] !== undefined) && near(ctx, t, 2);
    if (glued || afterNumber || !near(ctx, t + 1, 2)) return null;
    const nk = tok(ctx, t + 1);
    if (!nk || (nk.kind !== 'digits' && !(nk.kind === 'sym' && nk.key === ctx.lang.decimalMark))) return null;
    const body = readUnsigned(ctx, ph, t + 1, noMarkers);
    return body ? { ...body, from: t, value: -body.value } : null;
  }
  const s = senseAt(ctx, t);
  if (s && s.kind === 'minus') {
    if (!near(ctx, t + 1)) return null;
    // "pelo menos 120", "al menos 30", "au moins 5": after another word, moins/menos is not a sign;
    // "18胜20负7平": right after a number, 负 is a loss.
    const before = tok(ctx, t - 1);
    if (s.weak && before !== undefined && before.kind === 'word' && joinable(ctx, t)) return null;
    if (before !== undefined && adjacent(ctx, t) && (before.kind === 'digits' || senseAt(ctx, t - 1)?.kind === 'value')) return null;
    const body = readUnsigned(ctx, ph, t + 1, noMarkers);
    // "à moins une": a sign word before a lone article is not a negative number.
    if (!body || (s.weak && body.weak && body.card?.atoms === 1)) return null;
    return { ...body, from: t, value: -body.value, weak: false };
  }
  return readUnsigned(ctx, ph, t, noMarkers);
}

function readUnsigned(ctx: ReadContext, ph: Phrases, t: number, noMarkers: boolean): Core | null {
  const k = tok(ctx, t);
  if (!k) return null;
  const vulgar = VULGAR[k.key];
  if (vulgar !== undefined) return { from: t, to: t + 1, value: vulgar, kind: 'fraction', card: null, weak: false, plus: false };
  const s0 = senseAt(ctx, t);
  // "quarter million", "quart de million": a fraction of a scale.
  if (s0 && s0.kind === 'denominator' && !s0.scale && !s0.avos) {
    let k2 = atomAt(ctx, t)?.to ?? t + 1;
    if (ctx.tokens[k2]?.key === 'de' && near(ctx, k2)) k2++;
    const sc = senseAt(ctx, k2);
    if (sc && sc.kind === 'scale' && sc.value >= 1000 && near(ctx, k2)) {
      return { from: t, to: atomAt(ctx, k2)?.to ?? k2 + 1, value: sc.value / s0.value, kind: 'number', card: null, weak: false, plus: false };
    }
  }
  const card = readCardinal(ctx, t);
  if (!card) {
    // "a third", "a twenty-first": the article is not a number on its own, but a numerator.
    if (s0 && s0.kind === 'value' && s0.article && near(ctx, t + 1)) {
      const f = fractionAfter(ctx, 1, null, t + 1);
      if (f) return { from: t, card: null, weak: false, plus: false, kind: 'fraction', wordFraction: true, ...f };
    }
    return null;
  }
  const value = card.value;
  const base = { from: t, card, weak: card.weak, plus: card.plus };

  // Denominator first: 三分之二, 一百分之五十五点五七九, 二份一.
  const df = ph.denFirst.match(ctx.text, ctx.tokens, card.to);
  if (df && near(ctx, card.to) && value !== 0 && (df.keys.length > 1 || adjacent(ctx, df.to))) {
    const num = readSigned(ctx, df.to);
    if (num && near(ctx, df.to)) {
      return { ...base, to: num.to, value: num.value / value, kind: 'fraction', numerator: num.value, denominator: value, weak: false };
    }
  }
  // Numerator first: hai phần ba, one over three, 1 sur 3 (proper fractions only for "sur", "out of").
  const nf = noMarkers ? null : match(ctx, ph.numFirst, card.to);
  const pf = nf || noMarkers ? null : match(ctx, ph.properWords, card.to);
  const marker = nf ?? pf;
  if (marker && !match(ctx, ph.percentAfter, card.to)) {
    const den = readCardinal(ctx, marker.to, { allowInner: true });
    if (den && near(ctx, marker.to) && den.value !== 0 && (!pf || (value < den.value && !den.numeral?.grouped))) {
      if (!pf || value >= 1) {
        return { ...base, to: den.to, value: value / den.value, kind: 'fraction', numerator: value, denominator: den.value, weak: false };
      }
    }
  }
  // 2/3, and 2 1/4: digits over digits, not a date (14/11/2025) nor part of a code or phone number.
  if (card.numeral && Number.isInteger(value) && !card.numeral.grouped) {
    // A number right after "digits-" or "digits/" is part of a code, date or phone number (+1-222-2222/2222).
    const prev = tok(ctx, t - 1);
    const chained = prev !== undefined && adjacent(ctx, t) && (prev.key === '-' || prev.key === '/' || prev.key === '.') &&
      adjacent(ctx, t - 1) && tok(ctx, t - 2)?.kind === 'digits';
    const slash = chained ? null : slashFraction(ctx, card.to, value, false);
    if (slash) {
      return { ...base, to: slash.to, value: value / slash.den, kind: 'fraction', numerator: value, denominator: slash.den, weak: false };
    }
    const next = tok(ctx, card.to);
    if (!chained && next && next.kind === 'digits' && near(ctx, card.to, 2) && !adjacent(ctx, card.to)) {
      const inner = readCardinal(ctx, card.to);
      if (inner?.numeral && Number.isInteger(inner.value)) {
        const s2 = slashFraction(ctx, inner.to, inner.value, true);
        if (s2 && inner.value !== 0) {
          return { ...base, to: s2.to, value: value + inner.value / s2.den, kind: 'fraction', weak: false };
        }
      }
    }
    const vg = tok(ctx, card.to);
    if (vg && VULGAR[vg.key] !== undefined && near(ctx, card.to, 1)) {
      return { ...base, to: card.to + 1, value: value + (VULGAR[vg.key] as number), kind: 'fraction', weak: false };
    }
  }
  // Fraction words: two thirds, cinco oitavos, trois quarts, zwei Drittel; not after digits ("100 millionths").
  if (!card.numeral) {
    const f = fractionAfter(ctx, value, card, card.to);
    if (f) return { ...base, ...f, kind: 'fraction', weak: false, wordFraction: true };
    // "un demi", "drei halbe": a number of halves.
    const h = senseAt(ctx, card.to);
    if (h && h.kind === 'half' && near(ctx, card.to) && card.atoms === 1 && !card.endsWithScale && Number.isInteger(value)) {
      return { ...base, to: atomAt(ctx, card.to)?.to ?? card.to + 1, value: value * h.value, kind: 'fraction', numerator: value,
        denominator: 1 / h.value, weak: false, wordFraction: true };
    }
  }
  return { from: t, to: card.to, value, kind: 'number', card, weak: card.weak, plus: card.plus };
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

function slashFraction(ctx: ReadContext, t: number, num: number, mixed: boolean): { to: number; den: number } | null {
  const slash = tok(ctx, t);
  if (!slash || slash.kind !== 'sym' || (slash.key !== '/' && slash.key !== '⁄')) return null;
  if (!near(ctx, t, 1)) return null;
  const d = tok(ctx, t + 1);
  if (!d || d.kind !== 'digits' || !near(ctx, t + 1, 1)) return null;
  const after = tok(ctx, t + 2);
  if (after && after.kind === 'sym' && (after.key === '/' || after.key === '.' || after.key === '-') && adjacent(ctx, t + 2) &&
    tok(ctx, t + 3)?.kind === 'digits') return null;
  if (after && after.kind === 'word' && adjacent(ctx, t + 2)) return null;
  const den = Number(d.key);
  if (den === 0 || d.key.length > 6) return null;
  // 8/2024 is a month, 14/11 a day and month.
  if (!mixed && num >= 1 && num <= 12 && d.key.length === 4 && den >= 1800 && den <= 2200) return null;
  if (!mixed && num > den && num <= 31 && den <= 12) return null;
  return { to: t + 2, den };
}

/** A denominator word at t, possibly with a number before it inside one word (dosmilésimos, veintiunavos). */
function readDenominator(ctx: ReadContext, t: number): { to: number; value: number; unit: boolean; scale: boolean; avos: boolean } | null {
  const a = atomAt(ctx, t);
  const senses = a?.senses;
  if (!a || !senses || senses.length === 0) return null;
  const last = senses[senses.length - 1] as NumberWord;
  if (last.kind !== 'denominator') return null;
  const flags = { scale: last.scale === true, avos: last.avos === true };
  if (senses.length === 1) return { to: a.to, value: last.value, unit: !last.scale && !last.avos, ...flags };
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
  if (last.avos) return { to: a.to, value: prefix, unit: false, scale: false, avos: false };
  if (last.scale) return { to: a.to, value: prefix * last.value, unit: false, scale: false, avos: false };
  return { to: a.to, value: prefix + last.value, unit: false, scale: false, avos: false };
}

/**
 * A fraction word after a numerator: "two thirds", "one hundred thirty fifths" (100/35 in English and French),
 * "tres dois milésimos", "vinte e um avos", "twenty and three fifths" (20 + 3/5), "three quarters billion".
 */
function fractionAfter(ctx: ReadContext, value: number, card: Cardinal | null, at: number):
  { to: number; value: number; numerator: number; denominator: number; scaleAfter?: number } | null {
  const lang = ctx.lang;
  let denStart = at;
  if (tok(ctx, at)?.key === '-' && near(ctx, at)) denStart = at + 1;
  if (!near(ctx, denStart)) return null;
  let whole = 0;
  let num = value;
  let wholeScale = 1;
  const join = lang.joinerStartsFraction ? card?.lastJoin ?? null : null;
  if (join) {
    // "one hundred and three and two thirds": only the part after the last joiner is the numerator.
    whole = join.before;
    num = value - join.before;
    if (join.scaleBefore >= 1000) wholeScale = join.scaleBefore; // five billion and three quarters
  }
  let den: number | null = null;
  let to = 0;
  const directWord = senseAt(ctx, denStart);
  const direct = directWord && directWord.kind === 'denominator' && directWord.compoundOnly ? null : readDenominator(ctx, denStart);
  if (direct) {
    den = direct.value;
    to = direct.to;
    // French: "un cent cinquième" = 1/105, "cent mille cinquièmes" = 100/1005: the scale joins the ordinal.
    if (card && !join && lang.tenJoinsOrdinal && lang.dropLoneWeak && direct.unit && den < 10 && denStart === at &&
      (card.lastScale === 100 || card.lastScale === 1000) && card.atoms > 1 && value === card.lastScale) {
      num = value / card.lastScale;
      den += card.lastScale;
    }
    // English and French: "one hundred thirty fifths" = 100/35; "twenty twenty fifths" = 20/25.
    if (card && !join && lang.tenJoinsOrdinal && direct.unit && den < 10 && card.atoms > 1 && denStart === at) {
      const last = lastAtomValue(ctx, card);
      if (last !== null && last >= 20 && last < 100 && last % 10 === 0 && tok(ctx, card.to - 2)?.key !== '-') {
        num -= last;
        den += last;
      }
    }
  } else {
    // A second number, then a denominator: "tres dois milésimos", "vinte e um avos", "a twenty-first".
    const second = readCardinal(ctx, denStart);
    if (!second || !second.words) return null;
    let dAt = skipHyphen(ctx, second.to);
    let d2 = readDenominator(ctx, dAt);
    // "vingt et unième", "vingt-et-unième": the joiner before a unit ordinal belongs to the denominator.
    if (!d2) {
      const j = senseAt(ctx, dAt);
      if (j && j.kind === 'joiner' && near(ctx, dAt + 1)) {
        dAt = skipHyphen(ctx, dAt + 1);
        d2 = readDenominator(ctx, dAt);
        if (d2 && !d2.unit) d2 = null;
      }
    }
    if (!d2 || !near(ctx, dAt)) return null;
    if (d2.avos) den = second.value;
    else if (d2.scale) den = second.value * d2.value;
    else if (d2.unit && d2.value < 10 && second.value >= 20 && second.value < 100 && second.value % 10 === 0) den = second.value + d2.value;
    else if (d2.unit && lang.tenJoinsOrdinal && (second.value === 100 || second.value === 1000)) den = second.value + d2.value;
    if (den === null) return null;
    to = d2.to;
  }
  if (!den) return null;
  // "sechs und zwei Drittel Millionen", "three quarters billion": a scale after the fraction multiplies it.
  let scaleAfter: number | undefined;
  const sc = senseAt(ctx, to);
  if (sc && sc.kind === 'scale' && sc.value >= 1000 && near(ctx, to)) {
    scaleAfter = sc.value;
    to = atomAt(ctx, to)?.to ?? to + 1;
  }
  const frac = (num / den) * (scaleAfter ?? wholeScale);
  const out: { to: number; value: number; numerator: number; denominator: number; scaleAfter?: number } =
    { to, value: whole + frac, numerator: num, denominator: den };
  if (scaleAfter !== undefined) out.scaleAfter = scaleAfter;
  return out;
}

function skipHyphen(ctx: ReadContext, k: number): number {
  return tok(ctx, k)?.key === '-' && near(ctx, k) ? k + 1 : k;
}

function lastAtomValue(ctx: ReadContext, card: Cardinal): number | null {
  const t = card.to - 1;
  const a = atomAt(ctx, t);
  const s = a?.senses;
  if (!a || !s || s.length !== 1 || a.to !== card.to) return null;
  const sense = s[0] as NumberWord;
  return sense.kind === 'value' ? sense.value : null;
}

/** The phrase for a joiner word inside a number ("and", "e", "y", "und", "và", "又"). */
function joinerAt(ctx: ReadContext, ph: Phrases, t: number): number {
  const m = match(ctx, ph.mixed, t);
  if (m) return m.to;
  const s = senseAt(ctx, t);
  return s && s.kind === 'joiner' && near(ctx, t) ? t + 1 : -1;
}

/** A number with its fraction joined by "and"/"又"/"con", and the percent or currency words around it. */
function readValue(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions): Value | null {
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

/** 十分一 after 又: a denominator-first fraction with a marker that means something else elsewhere. */
function mixedOnlyFraction(ctx: ReadContext, ph: Phrases, t: number): Core | null {
  const den = readCardinal(ctx, t);
  if (!den || den.value === 0) return null;
  const m = ph.denFirstMixed.match(ctx.text, ctx.tokens, den.to);
  if (!m || !adjacent(ctx, den.to) || !adjacent(ctx, m.to)) return null;
  const num = readCardinal(ctx, m.to);
  if (!num) return null;
  return { from: t, to: num.to, value: num.value / den.value, kind: 'fraction', card: null, weak: false, plus: false,
    numerator: num.value, denominator: den.value };
}

/** A single digit 1-9 at t, as a digit or a Han numeral (for 五五折, 7 2 折). */
function singleDigit(ctx: ReadContext, t: number): number | null {
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

function span(ctx: ReadContext, from: number, to: number): { start: number; end: number } {
  return { start: (ctx.tokens[from] as { start: number }).start, end: (ctx.tokens[to - 1] as { end: number }).end };
}

function toMatch(ctx: ReadContext, v: Value): NumberMatch {
  const m: NumberMatch = { text: '', ...span(ctx, v.from, v.to), value: v.value, kind: v.kind };
  if (v.currency !== undefined) m.currency = v.currency;
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

/** Digits glued to letters ("29km", "4o", "A380", "t0") are part of a word or a code, not a number. */
function glued(ctx: ReadContext, v: Value): boolean {
  const first = tok(ctx, v.from);
  const before = tok(ctx, v.from - 1);
  if (first && before && before.kind === 'word' && adjacent(ctx, v.from) && (first.kind === 'digits' || first.kind === 'sym')) return true;
  const last = tok(ctx, v.to - 1);
  const after = tok(ctx, v.to);
  return last !== undefined && after !== undefined && after.kind === 'word' && adjacent(ctx, v.to) &&
    (last.kind === 'digits' || last.kind === 'sym');
}

type Found = { matches: NumberMatch[]; to: number };

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
  const a = readValue(ctx, ph, t, opts);
  if (!a) return null;
  if (glued(ctx, a)) return { matches: [], to: a.to };
  // "năm 2024": a lone weak word right before digits is a noun or article, not a number.
  const after = tok(ctx, a.to);
  if (a.weak && a.kind === 'number' && after?.kind === 'digits' && near(ctx, a.to, 1)) return { matches: [], to: a.to };
  // French "un", "une" alone are articles.
  if (a.weak && a.kind === 'number' && a.core.kind === 'number' && ctx.lang.dropLoneWeak) return { matches: [], to: a.to };
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
  if (opts.openRanges) {
    const b = readBounds(ctx, ph, t, opts, true, a);
    if (b) return b;
    if (a.plus) {
      return { matches: [boundMatch(ctx, a, { side: 'low', inclusive: false }, t, a.to)], to: a.to };
    }
  }
  return { matches: [emit(ctx, a, opts)], to: a.to };
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

const wordSets = new Map<string, PhraseSet<true>>();

function matchWord(ctx: ReadContext, t: number, phrase: string): number {
  let s = wordSets.get(phrase);
  if (!s) {
    s = new PhraseSet<true>();
    s.add(phrase, true);
    wordSets.set(phrase, s);
  }
  const m = s.match(ctx.text, ctx.tokens, t);
  return m && near(ctx, t) ? m.to : 0;
}

function rangeOk(ctx: ReadContext, a: Value, b: Value, join: string): boolean {
  if (!(a.value < b.value)) return false;
  const dash = DASHES.has(join);
  if ((a.weak || b.weak) && dash) return false;
  // Both ends of one kind; a plain number may take its unit from the second end (1000-2000 đồng, 5-20%).
  if (a.kind !== b.kind) {
    if (a.kind !== 'number' || (b.kind !== 'money' && b.kind !== 'percent')) return false;
    if (!Number.isInteger(a.value) && Number.isInteger(b.core.value)) return false;
  } else if (a.kind === 'money' && a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) return false;
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

function rangeResult(ctx: ReadContext, a: Value, b: Value, from: number, to: number, opts: ComposeOptions): Found {
  if (!opts.compound) return { matches: [coreMatch(ctx, a), coreMatch(ctx, b)], to };
  const m: NumberMatch = { text: '', ...span(ctx, from, to), value: a.value, kind: 'range', low: a.value, high: b.value };
  const cur = b.currency ?? a.currency;
  if (cur !== undefined) m.currency = cur;
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

/** A range end, skipping an ordinal mark (在第十和第十五之间). */
function readEnd(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions): Value | null {
  const ord = match(ctx, ph.ordinalBefore, t);
  const v = readValue(ctx, ph, ord ? ord.to : t, opts);
  return v && !glued(ctx, v) ? { ...v, from: t } : null;
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

interface OneBound {
  from: number;
  to: number;
  value: Value;
  bound: Bound;
}

/** A symbol bound glued after another comparison symbol ("=>30", "<>30") is not one. */
function oddSymbol(ctx: ReadContext, t: number): boolean {
  const k = tok(ctx, t);
  const p = tok(ctx, t - 1);
  return k !== undefined && k.kind === 'sym' && p !== undefined && p.kind === 'sym' && adjacent(ctx, t) && '<>=!'.includes(p.key);
}

/** "or greater than 190": an after-bound that is really the start of a bound on the next number. */
function afterBoundIsNext(ctx: ReadContext, ph: Phrases, from: number, to: number, opts: ComposeOptions): boolean {
  for (let k = from; k <= to; k++) {
    const b = ph.boundsBefore.match(ctx.text, ctx.tokens, k);
    if (b && b.to >= to && near(ctx, b.to) && readValue(ctx, ph, b.to, opts)) return true;
  }
  return readValue(ctx, ph, to, opts) !== null && near(ctx, to, 1) && tok(ctx, to)?.kind === 'digits';
}

function boundAfter(ctx: ReadContext, ph: Phrases, v: Value, opts: ComposeOptions): { to: number; bound: Bound } | null {
  const after = match(ctx, ph.boundsAfter, v.to);
  if (!after || afterBoundIsNext(ctx, ph, v.to, after.to, opts)) return null;
  return { to: after.to, bound: after.data };
}

/** One bound at t: "more than 30", "比三十大", or (valueFirst) "30 or more", "1000以上". */
function readOneBound(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions, valueFirst: Value | null): OneBound | null {
  if (valueFirst) {
    const after = boundAfter(ctx, ph, valueFirst, opts);
    return after ? { from: t, to: after.to, value: valueFirst, bound: after.bound } : null;
  }
  const before = ph.boundsBefore.match(ctx.text, ctx.tokens, t);
  if (before && near(ctx, before.to) && !oddSymbol(ctx, t)) {
    const v = readEnd(ctx, ph, before.to, { ...opts, noMarkers: true });
    if (v) {
      let bound = before.data;
      let to = v.to;
      // "equal to 5000 or less", "more than 5000 or equal".
      const after = boundAfter(ctx, ph, v, opts);
      if (after) {
        if (bound.side === 'equal') bound = after.bound.side === 'equal' ? bound : { ...after.bound, inclusive: true };
        else if (after.bound.side === 'equal') bound = { ...bound, inclusive: true };
        to = after.to;
      }
      if (v.symbolAfter) to = v.core.to; // "weniger als 100 $": the bound is on the number
      return { from: t, to, value: v, bound };
    }
  }
  const frame = ph.boundFrames.match(ctx.text, ctx.tokens, t);
  if (frame && near(ctx, frame.to)) {
    const v = readEnd(ctx, ph, frame.to, opts);
    if (v) {
      for (const f of frame.data) {
        const close = f.after.match(ctx.text, ctx.tokens, v.to);
        if (close && near(ctx, v.to)) return { from: t, to: close.to, value: v, bound: f.bound };
      }
    }
  }
  return null;
}

/** One bound, or two joined into a range ("more than 10 and less than 40", "1000以上，1500以下"). */
function readBounds(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions, afterValue: boolean, a?: Value): Found | null {
  const first = readOneBound(ctx, ph, t, opts, afterValue && a ? a : null);
  if (!first) return null;
  // A second bound on the other side.
  let k = first.to;
  const j = ph.boundJoin.match(ctx.text, ctx.tokens, k);
  const starts: number[] = [];
  if (j && near(ctx, k)) starts.push(j.to);
  if (ph.boundJoinEmpty) starts.push(k);
  for (const s of starts) {
    if (!near(ctx, s, 3)) continue;
    let second = readOneBound(ctx, ph, s, opts, null);
    if (!second) {
      const v = readValue(ctx, ph, s, opts);
      if (v && !glued(ctx, v)) second = readOneBound(ctx, ph, s, opts, v);
    }
    if (!second || first.bound.side === 'equal' || second.bound.side === 'equal' || second.bound.side === first.bound.side) continue;
    const low = first.bound.side === 'low' ? first : second;
    const high = first.bound.side === 'low' ? second : first;
    if (!(low.value.value < high.value.value)) continue;
    const m: NumberMatch = { text: '', ...span(ctx, t, second.to), value: low.value.value, kind: 'range', low: low.value.value, high: high.value.value };
    const cur = low.value.currency ?? high.value.currency;
    if (cur !== undefined) m.currency = cur;
    k = second.to;
    return { matches: [m], to: second.to };
  }
  return { matches: [boundMatch(ctx, first.value, first.bound, t, first.to)], to: first.to };
}

function boundMatch(ctx: ReadContext, a: Value, bound: Bound, from: number, to: number): NumberMatch {
  const m: NumberMatch = { text: '', ...span(ctx, from, to), value: a.value, kind: 'range' };
  if (bound.side === 'low' || bound.side === 'equal') m.low = a.value;
  if (bound.side === 'high' || bound.side === 'equal') m.high = a.value;
  if (a.currency !== undefined) m.currency = a.currency;
  if (a.kind === 'percent') m.unit = 'percent';
  return m;
}
