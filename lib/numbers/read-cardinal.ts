// A whole number read from atoms, one atom at a time: each kind of word (value, scale, half, joiner, decimal point)
// is one step on a shared state; the number ends where a step refuses the atom.
import type { NumberWord } from '../lang/number-words.ts';
import type { Numeral } from './read-digits.ts';
import { atomAt, joinable, nextAtomStart, type Atom, type ReadContext } from './atoms.ts';
import { abbreviatedDigit, approximateMark, scaleFollows, spacedAround } from './cardinal-marks.ts';


/** A whole number read from atoms: 3, "twenty-one", "两千四百五", "5万4千6百", "1,5 millones". */
export interface Cardinal {
  from: number;
  to: number;
  value: number;
  /** Written (at least partly) in words. */
  words: boolean;
  /** One atom only, a digit numeral. */
  numeral: Numeral | null;
  /** A lone word that is usually not a count (un, ein, one). */
  weak: boolean;
  /** Holds "and more" markers (十多万, 五百余万). */
  plus: boolean;
  /** Number of atoms read. */
  atoms: number;
  /** The last atom was a scale word (thousand, 万). */
  endsWithScale: boolean;
  /** A decimal part was read (point, 点, vírgula). */
  decimal: boolean;
  /** The scale the number ends with (5 billion -> 1e9), or 0. */
  lastScale: number;
  /**
   * The last joiner inside the number and what came before it ("twenty and three": before 20, at "three"), so
   * that a fraction word after the number can take only the part after the joiner as its numerator.
   */
  lastJoin: { at: number; before: number; scaleBefore: number } | null;
}

function lowestPlace(x: number): number {
  if (x === 0 || !Number.isInteger(x)) return 1;
  let p = 1;
  while (x % (p * 10) === 0) p *= 10;
  return p;
}

interface Part {
  scale: number;
  value: number;
}

function sumParts(parts: readonly Part[]): number {
  let s = 0;
  for (const p of parts) s += p.value;
  return s;
}

/** The smallest scale pushed so far (the last one), or Infinity. */
function minScale(parts: readonly Part[]): number {
  const last = parts[parts.length - 1];
  return last ? last.scale : Infinity;
}

interface Options {
  /** Stop before any scale of this size or more (used for digits after a decimal word). */
  maxScale?: number;
  /** Read one atom's worth only when it is a digit numeral (no words after it). */
  wordsOnly?: boolean;
  /** Accept forms that only occur inside a number (Vietnamese tư in "một phần tư"). */
  allowInner?: boolean;
}

/** A place where the number may end, with what it is worth there. */
interface Good {
  to: number;
  value: number;
  atoms: number;
  words: boolean;
  plus: boolean;
  scale: number;
  decimal: boolean;
  join: Cardinal['lastJoin'];
}

/** What readCardinal knows while it reads: the scales pushed, the value below them, and what was seen. */
interface State {
  ctx: ReadContext;
  opts: Options;
  parts: Part[];
  /** The value below the last scale, not yet multiplied. */
  loose: number | null;
  looseFrom: number;
  looseDigits: boolean;
  /** The loose value is complete (a dozen, a half, a decimal): nothing more adds to it. */
  looseDone: boolean;
  joiner: boolean;
  /** The joiner was written apart ("fünf und zwanzig"): German writes 25 as one word, so these are two numbers. */
  spacedJoin: boolean;
  plus: boolean;
  decimalAdd: number;
  decimal: boolean;
  words: boolean;
  atoms: number;
  weakOnly: boolean;
  firstNumeral: Numeral | null;
  lastWasScale: boolean;
  articlePending: boolean;
  loneScaleNotAlone: boolean;
  /** After "1.7 million" only a larger scale may follow. */
  closed: boolean;
  lastJoin: Cardinal['lastJoin'];
  goods: Good[];
  /** When >= 0, the number ends before this token. */
  stopBefore: number;
}

/** What a step does with the atom: take it and go on to its next sense, stop the number, or go on at a token. */
type Flow = 'next' | 'stop' | { jump: number };

function newState(ctx: ReadContext, opts: Options): State {
  return {
    ctx, opts, parts: [], loose: null, looseFrom: -1, looseDigits: false, looseDone: false, joiner: false, spacedJoin: false, plus: false,
    decimalAdd: 0, decimal: false, words: false, atoms: 0, weakOnly: true, firstNumeral: null, lastWasScale: false,
    articlePending: false, loneScaleNotAlone: false, closed: false, lastJoin: null, goods: [], stopBefore: -1,
  };
}

function total(st: State): number {
  return sumParts(st.parts) + (st.loose ?? 0) + st.decimalAdd;
}

/** Remembers that the number may end before token `to`. */
function pushGood(st: State, to: number, value = total(st)): void {
  st.goods.push({ to, value, atoms: st.atoms, words: st.words, plus: st.plus, scale: st.lastWasScale ? minScale(st.parts) : 0,
    decimal: st.decimal, join: st.lastJoin });
}

/** A digit numeral: 3, 1,5, 4.78. */
function stepNumeral(st: State, n: Numeral, j: number, atom: Atom): Flow {
  if (st.opts.wordsOnly && st.atoms > 0) return 'stop';
  if (st.looseDone || st.articlePending || st.loose !== null) return 'stop';
  if (st.parts.length && n.value >= minScale(st.parts)) return 'stop';
  if (n.value === 0 && (st.parts.length > 0 || st.joiner)) return 'stop';
  if (st.joiner === false && st.atoms > 0 && !st.lastWasScale) return 'stop';
  st.loose = n.value;
  st.looseFrom = j;
  st.looseDigits = true;
  if (st.atoms === 0) st.firstNumeral = n;
  st.weakOnly = false;
  st.atoms++;
  st.joiner = false;
  st.lastWasScale = false;
  pushGood(st, atom.to);
  const afterMark = approximateMark(st.ctx, atom.to);
  if (afterMark >= 0) {
    st.plus = true;
    return { jump: afterMark };
  }
  return { jump: nextAtomStart(st.ctx, atom.to) };
}

/** "a hundred", "a third": the article counts only before a scale or fraction word. */
function stepArticle(st: State, j: number, atom: Atom, senses: readonly NumberWord[]): Flow {
  if (senses.length > 1) return 'stop';
  if (st.atoms > 0) {
    // "one and a half": the article between the joiner and the half is part of the number.
    const next = atomAt(st.ctx, nextAtomStart(st.ctx, atom.to));
    if (st.joiner && next?.senses?.[0]?.kind === 'half' && joinable(st.ctx, atom.to)) return 'next';
    return 'stop';
  }
  st.articlePending = true;
  st.loose = 1;
  st.looseFrom = j;
  return 'next';
}

/** 零 inside a number holds a place (一百零五); before a number word it is skipped (零十); alone it is 0. */
function stepFiller(st: State, atom: Atom): Flow | null {
  if (st.parts.length > 0 || st.loose !== null) {
    if (st.joiner) return 'stop';
    st.joiner = true;
    return 'next';
  }
  const next = atomAt(st.ctx, nextAtomStart(st.ctx, atom.to));
  const nextSense = next?.senses?.[0];
  if (next && joinable(st.ctx, atom.to) && nextSense && (nextSense.kind === 'scale' || (nextSense.kind === 'value' && !nextSense.filler))) {
    st.joiner = true;
    return 'next';
  }
  return null;
}

/** The value after a loose one, inside one group: "twenty one", "soixante-dix", "drei-und-zwanzig", or null. */
function addToLoose(st: State, loose: number, sense: Extract<NumberWord, { kind: 'value' }>): number | null {
  const { lang } = st.ctx;
  const v = sense.value;
  let next: number | null = null;
  if (st.joiner && lang.unitBeforeTen && loose > 0 && loose < 10 && v >= 20 && v < 100 && v % 10 === 0 && !st.spacedJoin) next = loose + v;
  else if (lang.tensTakingTeens.includes(loose % 100) && v >= 10 && v < 20) next = loose + v;
  else if (v < lowestPlace(loose) && v !== 0) next = loose + v;
  if (sense.notAfterTen && loose >= 10) next = null;
  return next;
}

/** A number word: one, twenty, trescientos, 五. */
function stepValue(st: State, sense: Extract<NumberWord, { kind: 'value' }>, j: number, atom: Atom, si: number, senses: readonly NumberWord[]): Flow {
  if (sense.article) return stepArticle(st, j, atom, senses);
  if (sense.filler) {
    const f = stepFiller(st, atom);
    if (f) return f;
  }
  if (st.articlePending || st.looseDone) return 'stop';
  if (sense.inner && st.atoms === 0 && si === 0 && !st.opts.allowInner) return 'stop';
  if (sense.notAlone && st.atoms === 0) st.loneScaleNotAlone = true;
  const v = sense.value;
  const before = total(st);
  const afterJoiner = st.joiner;
  if (st.loose === null) {
    if (st.parts.length && v >= minScale(st.parts)) return 'stop';
    // "4 mille 3 cents et 0": a zero continues a number only as a placeholder (nghìn không trăm).
    if (v === 0 && (st.parts.length > 0 || afterJoiner) && !scaleFollows(st.ctx, atom.to)) return 'stop';
    st.loose = v;
    st.looseFrom = j;
    st.looseDigits = false;
  } else {
    if (st.looseDigits) return 'stop';
    const next = addToLoose(st, st.loose, sense);
    if (next === null || (st.parts.length && next >= minScale(st.parts))) return 'stop';
    st.loose = next;
  }
  if (!sense.weak) st.weakOnly = false;
  // French "vingt et un", "soixante et onze": the joiner is part of the number, not the start of a fraction.
  const inWord = afterJoiner && st.ctx.lang.tensTakingTeens.length > 0 && before % 10 === 0 && before % 100 >= 20 && (v === 1 || v === 11);
  if (afterJoiner && !inWord) st.lastJoin = { at: j, before, scaleBefore: st.lastWasScale ? minScale(st.parts) : 0 };
  st.words = true;
  st.joiner = false;
  st.lastWasScale = false;
  return 'next';
}

/** The value a scale multiplies, or a flow that ends the number there. */
function scaleBase(st: State, sense: Extract<NumberWord, { kind: 'scale' }>, j: number): number | Flow {
  const { ctx, parts } = st;
  const M = sense.value;
  let popped = 0;
  let hadPop = false;
  while (parts.length && (parts[parts.length - 1] as Part).scale < M) {
    popped += (parts.pop() as Part).value;
    hadPop = true;
  }
  if (hadPop || st.loose !== null) return popped + (st.loose ?? 0);
  if (parts.length && (parts[parts.length - 1] as Part).scale === M && M >= 10000 && st.lastWasScale) {
    return (parts.pop() as Part).value; // 四万万 = 4 × 10⁴ × 10⁴
  }
  if (parts.length && st.lastWasScale && M >= 1e5 && minScale(parts) > M && parts.length === 1) {
    // "three crore lakh": a big scale right after a bigger one multiplies it.
    const top = parts.pop() as Part;
    parts.push({ scale: M, value: top.value * M });
    st.lastWasScale = true;
    st.words = true;
    return 'next';
  }
  if (sense.bare && (parts.length === 0 || minScale(parts) > M)) {
    // German: "Tausende", "Claudia Tausend": a capitalised scale on its own is a noun or a name.
    const first = ctx.text.charAt(ctx.tokens[j]?.start ?? 0);
    if (ctx.lang.bareScaleLowercaseOnly && first !== first.toLowerCase()) return 'stop';
    if (st.atoms === 0 && sense.notAlone) st.loneScaleNotAlone = true;
    return 1;
  }
  if (st.loose !== null) st.stopBefore = st.looseFrom;
  return 'stop';
}

/** A scale: hundred, thousand, mươi, 万: multiplies what is pending below it. */
function stepScale(st: State, sense: Extract<NumberWord, { kind: 'scale' }>, j: number, atom: Atom, si: number, senses: readonly NumberWord[]): Flow {
  const { ctx, parts } = st;
  const M = sense.value;
  if (st.opts.maxScale !== undefined && M >= st.opts.maxScale) return 'stop';
  // French "cents" after digits is money (50 cents), after words a scale (trois cents).
  if (sense.afterWords && st.looseDigits && ctx.compound) return 'stop';
  const base = scaleBase(st, sense, j);
  if (typeof base !== 'number') return base;
  if (parts.length && minScale(parts) <= M) {
    // "two hundred five hundred": the second scale starts a new number at "five".
    st.stopBefore = st.loose !== null ? st.looseFrom : j;
    return 'stop';
  }
  if (sense.maxBase !== undefined && base >= sense.maxBase) {
    // 五十千 is not 50 000: 千 takes one digit.
    st.stopBefore = j;
    return 'stop';
  }
  const product = base * M;
  if (parts.length && product >= minScale(parts)) {
    st.stopBefore = st.loose !== null ? st.looseFrom : j;
    return 'stop';
  }
  parts.push({ scale: M, value: product });
  // "1.7 million four years ago": after a decimal times a scale, the number is complete.
  if (!Number.isInteger(base)) st.closed = true;
  st.loose = null;
  st.looseDigits = false;
  st.looseDone = false;
  st.articlePending = false;
  st.joiner = false;
  st.words = true;
  st.weakOnly = false;
  st.lastWasScale = true;
  // 两千四百五: a lone digit right after a scale counts the next place down (450, not 405).
  if (ctx.lang.trailingDigitAbbreviation && M >= 100 && si === senses.length - 1) {
    const d = abbreviatedDigit(ctx, atom.to, M);
    if (d) {
      st.loose = d.value;
      st.looseFrom = d.from;
      st.looseDone = true;
      st.atoms++;
      pushGood(st, atom.to, total(st) - d.value);
      st.atoms++;
      st.lastWasScale = false;
      pushGood(st, d.to);
      return { jump: d.to };
    }
  }
  return 'next';
}

/** dozen: multiplies the value before it (3 dozens, 十打); "a dozen" is one. */
function stepGroup(st: State, sense: Extract<NumberWord, { kind: 'group' }>): Flow {
  let base: number;
  if (st.loose !== null) base = st.loose;
  else if (st.parts.length) {
    base = sumParts(st.parts);
    st.parts.length = 0;
  } else return 'stop';
  st.loose = base * sense.value;
  st.articlePending = false;
  st.looseDone = true;
  st.words = true;
  st.weakOnly = false;
  return 'next';
}

/** half: "a half", "half million", "three and a half", "trois millions et demi", "zweieinhalb". */
function stepHalf(st: State, sense: Extract<NumberWord, { kind: 'half' }>, j: number, atom: Atom, si: number, senses: readonly NumberWord[]): Flow {
  const { ctx } = st;
  if (st.articlePending) {
    st.loose = 0.5;
    st.articlePending = false;
    st.words = true;
    st.weakOnly = false;
    return 'next';
  }
  const next = atomAt(ctx, nextAtomStart(ctx, atom.to));
  const ns = next?.senses?.[0];
  const nextIsScale = next !== null && joinable(ctx, atom.to) && ns !== undefined;
  if (st.atoms === 0 && si === 0) {
    // "half million", "meia dúzia": half of what follows.
    if (nextIsScale && ns && (ns.kind === 'scale' || ns.kind === 'group') && senses.length === 1) {
      st.loose = sense.value;
      st.looseFrom = j;
      st.words = true;
      st.weakOnly = false;
      return 'next';
    }
    return 'stop';
  }
  if (!st.joiner && senses.length === 1 && !st.lastWasScale) return 'stop';
  if (st.loose !== null) {
    st.loose += sense.value;
    st.looseDone = true;
  } else if (st.parts.length) {
    if (nextIsScale && ns && ns.kind === 'scale' && ns.value < minScale(st.parts)) {
      st.loose = sense.value;
      st.looseFrom = j;
    } else {
      st.decimalAdd += sense.value * minScale(st.parts);
      st.looseDone = true;
    }
  } else return 'stop';
  st.joiner = false;
  st.words = true;
  return 'next';
}

/** A decimal point spoken: "point seven one", "三点五", "siete con cincuenta". */
function stepPoint(st: State, sense: Extract<NumberWord, { kind: 'point' }>, j: number, atom: Atom, si: number, senses: readonly NumberWord[]): Flow {
  if (si !== senses.length - 1) return 'stop';
  // "siete con cincuenta" is 7.5, but "con un gol", "3 con dos goles" are not decimals.
  if (sense.weak && (st.atoms === 0 || st.looseDigits || !st.words)) return 'stop';
  const frac = readDecimalWords(st.ctx, atom.to, sense.weak === true);
  if (!frac) return 'stop';
  if (st.loose !== null && !Number.isInteger(st.loose)) return 'stop';
  if (st.loose !== null) st.loose = Number(`${st.loose}.${frac.digits}`);
  else if (st.parts.length) st.decimalAdd = Number(`0.${frac.digits}`);
  else if (st.atoms === 0) {
    st.loose = Number(`0.${frac.digits}`);
    st.looseFrom = j;
  } else return 'stop';
  st.decimal = true;
  st.words = true;
  st.weakOnly = false;
  st.atoms++;
  st.lastWasScale = false;
  pushGood(st, frac.to);
  st.looseDone = true;
  st.joiner = false;
  // Digits after a decimal word may still take a scale (三点五万).
  return { jump: frac.to };
}

function stepSense(st: State, sense: NumberWord, j: number, atom: Atom, si: number, senses: readonly NumberWord[]): Flow {
  switch (sense.kind) {
    case 'value': return stepValue(st, sense, j, atom, si, senses);
    case 'scale': return stepScale(st, sense, j, atom, si, senses);
    case 'group': return stepGroup(st, sense);
    case 'half': return stepHalf(st, sense, j, atom, si, senses);
    case 'joiner':
      if (st.joiner || (st.loose === null && st.parts.length === 0) || st.articlePending) return 'stop';
      st.joiner = true;
      st.spacedJoin = senses.length === 1 && atom.from === atom.to - 1 && spacedAround(st.ctx, atom.from);
      return 'next';
    case 'point': return stepPoint(st, sense, j, atom, si, senses);
    default: return 'stop';
  }
}

/** After a word atom: remember where the number may end, and skip an "and more" mark (十多万, 五百余万). */
function afterWordAtom(st: State, atom: Atom): number {
  st.atoms++;
  if (!st.joiner && !st.articlePending) pushGood(st, atom.to);
  if (st.loose !== null || st.parts.length) {
    const afterMark = approximateMark(st.ctx, atom.to);
    if (afterMark >= 0) {
      st.plus = true;
      if (st.loose !== null) st.looseDone = false;
      return afterMark;
    }
  }
  return nextAtomStart(st.ctx, atom.to);
}

/** Reads atoms from t while they continue the number. */
function readAtoms(st: State, t: number): void {
  const { ctx } = st;
  let j = t;
  outer: while (j < ctx.tokens.length) {
    if (j > t && !joinable(ctx, j)) break;
    const atom = atomAt(ctx, j);
    if (!atom) break;
    if (st.closed && !(atom.senses?.[0]?.kind === 'scale' && atom.senses[0].value > minScale(st.parts))) break;
    if (atom.numeral) {
      const flow = stepNumeral(st, atom.numeral, j, atom);
      if (flow === 'stop' || flow === 'next') break;
      j = flow.jump;
      continue;
    }
    const senses = atom.senses ?? [];
    for (let si = 0; si < senses.length; si++) {
      const flow = stepSense(st, senses[si] as NumberWord, j, atom, si, senses);
      if (flow === 'stop') break outer;
      if (flow !== 'next') {
        j = flow.jump;
        continue outer;
      }
    }
    j = afterWordAtom(st, atom);
  }
}

/** A scale alone that is a number: after 近, 逾 (近百, 逾千) or before an "and more" mark (千余人, 百多人). */
function loneScaleCounts(ctx: ReadContext, t: number, to: number): boolean {
  const before = ctx.lang.loneScaleBefore;
  if (!before) return false;
  const prev = ctx.tokens[t - 1];
  const first = ctx.tokens[t];
  if (prev && first && first.start === first.gapStart && before.includes(prev.key)) return true;
  const next = ctx.tokens[to];
  return next !== undefined && next.start === next.gapStart && (next.key === '余' || next.key === '餘' || next.key === '多');
}

/** The longest good ending (before stopBefore when a scale cut the number short), as a Cardinal. */
function finish(st: State, t: number): Cardinal | null {
  const { goods } = st;
  let good = goods[goods.length - 1];
  if (st.stopBefore >= 0) {
    good = undefined;
    for (let i = goods.length - 1; i >= 0; i--) {
      const g = goods[i] as Good;
      if (g.to <= st.stopBefore) {
        good = g;
        break;
      }
    }
  }
  if (!good) return null;
  if (good.atoms === 1 && st.loneScaleNotAlone && !loneScaleCounts(st.ctx, t, good.to)) return null;
  const value = good.value;
  if (!Number.isFinite(value)) return null;
  return {
    from: t,
    to: good.to,
    value,
    words: good.words,
    numeral: good.atoms === 1 && st.firstNumeral && st.firstNumeral.to === good.to ? st.firstNumeral : null,
    weak: good.atoms === 1 && st.weakOnly && good.words,
    plus: good.plus,
    atoms: good.atoms,
    endsWithScale: good.scale > 0,
    decimal: good.decimal,
    lastScale: good.scale,
    lastJoin: good.join,
  };
}

/**
 * Reads the longest number starting at token t. Scales multiply what is pending below them, so one rule covers
 * "two hundred thousand", "mil millones", "四万万", "1万4000" and "hai mươi mốt nghìn". When a token cannot
 * continue the number, the number ends before it; when a scale cannot apply to the value before it ("two hundred
 * five hundred"), the number ends before that value, which then starts the next number.
 */
export function readCardinal(ctx: ReadContext, t: number, opts: Options = {}): Cardinal | null {
  const st = newState(ctx, opts);
  readAtoms(st, t);
  return finish(st, t);
}

/** Digits spoken after a decimal word: "seventy-one", "nought four", "五五四四", "cero tres", "duzentos". */
function readDecimalWords(ctx: ReadContext, t: number, wordsOnly = false): { digits: string; to: number } | null {
  let digits = '';
  let j = t;
  for (let guard = 0; guard < 40; guard++) {
    if (!joinable(ctx, j)) break;
    const atom = atomAt(ctx, j);
    if (!atom) break;
    if (atom.numeral) {
      if (wordsOnly) return null;
      if (digits !== '' || atom.numeral.grouped || atom.numeral.fracDigits !== '' || atom.numeral.suffixed) {
        if (digits !== '') break;
        return null;
      }
      digits += atom.numeral.intDigits;
      j = atom.to;
      break;
    }
    const tok = ctx.tokens[j];
    const single = atom.senses?.length === 1 ? atom.senses[0] : undefined;
    if (tok?.kind === 'han') {
      if (!single || single.kind !== 'value' || single.value > 9 || !Number.isInteger(single.value) || single.notDigit) break;
      digits += String(single.value);
      j = atom.to;
      continue;
    }
    const card = readCardinal(ctx, j, { maxScale: 1000, wordsOnly: true });
    if (!card || card.decimal || !Number.isInteger(card.value)) break;
    if (wordsOnly && card.weak) return null;
    const first = atom.senses?.[0];
    if (!first || (first.kind !== 'value')) break;
    digits += String(card.value);
    j = card.to;
  }
  if (digits === '') return null;
  // "uno con un cuarto": the words after the point are a fraction, not decimals.
  const after = atomAt(ctx, j);
  const last = after?.senses?.[after.senses.length - 1];
  if (last && (last.kind === 'denominator' || last.kind === 'half') && joinable(ctx, j)) return null;
  return { digits, to: j };
}
