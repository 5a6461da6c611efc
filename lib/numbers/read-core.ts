// A plain number at a token: a cardinal with its sign, or a fraction (2/3, two-thirds, 三分之二, hai phần ba).
import type { NumberWord } from '../lang/number-words.ts';
import type { Phrases } from './phrases.ts';
import { atomAt, joinable, type ReadContext } from './atoms.ts';
import { readCardinal, type Cardinal } from './read-cardinal.ts';
import { adjacent, match, near, senseAt, tok } from './token-helpers.ts';
import { vulgarValue } from './vulgar.ts';

/** A plain number: a cardinal or a fraction, with its sign. Token range [from, to). */
export interface Core {
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
  /** A fraction with a word between its numbers ("two over three", "1 sur 3"). */
  marker?: boolean;
}

/** Reads a plain number (cardinal or fraction) at t, with its sign. */
export function readCore(ctx: ReadContext, ph: Phrases, t: number, noMarkers = false): Core | null {
  const k = tok(ctx, t);
  if (!k) return null;
  // Sign: "-1", "- 1 4/5", "minus five", "负一", "âm 1.200.000". A hyphen glued after a word or digit is not one.
  if (k.kind === 'sym' && (k.key === '-' || k.key === '−')) {
    const prev = tok(ctx, t - 1);
    const glued = prev !== undefined && adjacent(ctx, t) && (prev.kind === 'word' || prev.kind === 'digits' || prev.kind === 'han');
    // "won 2 - 1", "16,5 -10,5": a dash after a number separates a score, it is not a sign.
    const afterNumber = prev !== undefined && (prev.kind === 'digits' || vulgarValue(prev.key) !== undefined) && near(ctx, t, 2);
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
    // After a range's opening or joining word a sign word is one again ("entre menos cinco y veinte").
    const rangeWord = ph.rangeOpen.matchBefore(ctx.text, ctx.tokens, t, 2) !== null || ph.rangeJoin.matchBefore(ctx.text, ctx.tokens, t, 2) !== null;
    if (s.weak && before !== undefined && before.kind === 'word' && joinable(ctx, t) && !rangeWord) return null;
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
  const vulgar = vulgarValue(k.key);
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
  // "300 billion over two years" is no fraction: a number ending with a scale is not divided by a word.
  if (marker && !match(ctx, ph.percentAfter, card.to) && !card.endsWithScale) {
    const den = readCardinal(ctx, marker.to, { allowInner: true });
    if (den && near(ctx, marker.to) && den.value !== 0 && (!pf || (value < den.value && !den.numeral?.grouped))) {
      if (!pf || value >= 1) {
        return { ...base, to: den.to, value: value / den.value, kind: 'fraction', numerator: value, denominator: den.value, weak: false,
          marker: true };
      }
    }
  }
  const share = noMarkers || value !== 1 || card.atoms !== 1 ? null : shareOfOne(ctx, ph, card.to);
  if (share) {
    return { ...base, to: share.to, value: 1 / share.den, kind: 'fraction', numerator: 1, denominator: share.den, weak: false,
      marker: true };
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
    const vgValue = vg ? vulgarValue(vg.key) : undefined;
    if (vg && vgValue !== undefined && near(ctx, card.to, 1)) {
      return { ...base, to: card.to + 1, value: value + vgValue, kind: 'fraction', weak: false };
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

/**
 * A share of one: "one in four" (a word read only after one), or with its counted noun between the one and a share
 * word ("un Français sur quatre", "one adult out of five"). A denominator that may be a year is none ("one in 2020").
 */
function shareOfOne(ctx: ReadContext, ph: Phrases, t: number): { to: number; den: number } | null {
  let m = match(ctx, ph.shareOfOne, t);
  let nounBetween = false;
  if (!m) {
    const noun = tok(ctx, t);
    if (!noun || noun.kind !== 'word' || atomAt(ctx, t) !== null || !near(ctx, t, 1)) return null;
    m = match(ctx, ph.properWords, t + 1);
    nounBetween = true;
  }
  const den = m && near(ctx, m.to, 1) ? readCardinal(ctx, m.to) : null;
  if (!m || !den || !Number.isInteger(den.value) || den.value < 2 || den.numeral?.grouped) return null;
  // With a noun between, a share is of a few or of a round hundred ("un Français sur deux"); "una riga su 30 anni"
  // is a line drawn under thirty years.
  if (nounBetween && den.value > 20 && den.value !== 100 && den.value !== 1000) return null;
  if (den.numeral && den.numeral.intDigits.length === 4 && den.value >= 1800 && den.value <= 2100) return null;
  return { to: den.to, den: den.value };
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
  // "two hundred and forty sevenths" is 240/7: a joiner starts a fraction only when what follows it is a proper one.
  if (join && wholeScale === 1 && num >= den) {
    whole = 0;
    num = value;
  }
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

/** 十分一 after 又: a denominator-first fraction with a marker that means something else elsewhere. */
export function mixedOnlyFraction(ctx: ReadContext, ph: Phrases, t: number): Core | null {
  const den = readCardinal(ctx, t);
  if (!den || den.value === 0) return null;
  const m = ph.denFirstMixed.match(ctx.text, ctx.tokens, den.to);
  if (!m || !adjacent(ctx, den.to) || !adjacent(ctx, m.to)) return null;
  const num = readCardinal(ctx, m.to);
  if (!num) return null;
  return { from: t, to: num.to, value: num.value / den.value, kind: 'fraction', card: null, weak: false, plus: false,
    numerator: num.value, denominator: den.value };
}
