// The language data's phrase lists, compiled once per language into lookup sets.
import type { Bound, CurrencyWord, NumberLanguage, RangeFrame } from '../lang/number-words.ts';
import { PhraseSet } from './lexicon.ts';
import { currencyForms } from '../lang/currency-table.ts';
import { MEASURE_UNITS } from '../lang/measure-units.ts';
import { VULGAR } from './vulgar.ts';

/** A bound written around its number: 比…大 ("比三十大" is more than thirty). */
export interface BoundFrame {
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
  shareOfOne: PhraseSet<true>;
  everyWords: PhraseSet<true>;
  shareOpen: PhraseSet<true>;
  shareJoin: PhraseSet<true>;
  multAfter: PhraseSet<true>;
  multBefore: PhraseSet<true>;
  multWords: PhraseSet<number>;
  mixed: PhraseSet<true>;
  curBefore: PhraseSet<CurrencyWord>;
  curAfter: PhraseSet<CurrencyWord>;
  curLinks: PhraseSet<true>;
  /** Units of measure after a number: symbols (km, GB) and the language's words for them, to the symbol's key. */
  units: PhraseSet<string>;
  minor: PhraseSet<number>;
  rangeOpen: PhraseSet<RangeFrame[]>;
  rangeJoin: PhraseSet<RangeFrame[]>;
  boundsBefore: PhraseSet<Bound>;
  boundFrames: PhraseSet<BoundFrame[]>;
  boundsAfter: PhraseSet<Bound>;
  boundJoin: PhraseSet<true>;
  orWords: PhraseSet<true>;
  weakCount: PhraseSet<true>;
  vagueWords: PhraseSet<number>;
  vagueLinks: PhraseSet<true>;
  vagueBefore: PhraseSet<true>;
  vagueAfter: PhraseSet<true>;
  vagueAlone: PhraseSet<true>;
  boundJoinEmpty: boolean;
  months: PhraseSet<true>;
  yearBefore: PhraseSet<true>;
  dateAfter: PhraseSet<true>;
  yearAfter: PhraseSet<true>;
  codeBefore: PhraseSet<true>;
  ordinalBefore: PhraseSet<true>;
  codeAfter: PhraseSet<true>;
  ordinalSuffixes: PhraseSet<true>;
  fractionOf: PhraseSet<true>;
  notNumbers: PhraseSet<true>;
  /** Every key a number, or a phrase around one, can start with; other words are skipped at once. */
  starters: Set<string>;
  /** The starters of one UTF-16 unit, by code (most tokens are one character; a number is looked up faster). */
  starterUnits: Set<number>;
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
  // The maintained currency table first; the language's own words (slang, minor units) over it.
  const currencies = currencyForms(lang.code);
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
    shareOfOne: flags(lang.shareOfOne ?? []),
    everyWords: flags(lang.everyOrdinal?.every ?? []),
    shareOpen: flags(lang.everyShare?.open ?? []),
    shareJoin: flags(lang.everyShare?.join ?? []),
    multAfter: flags(lang.multipliers?.after ?? []),
    multBefore: flags(lang.multipliers?.before ?? []),
    multWords: set(Object.entries(lang.multipliers?.words ?? {})),
    mixed: flags(lang.mixedJoiners),
    curBefore: set(Object.entries({ ...currencies.before, ...lang.currencyBefore })),
    curAfter: set(Object.entries({ ...currencies.after, ...lang.currencyAfter })),
    curLinks: flags(lang.currencyLinks),
    units: set([...Object.keys(MEASURE_UNITS).map((k) => [k, k] as [string, string]), ...Object.entries(lang.unitWords ?? {})]),
    minor: set(Object.entries(lang.minorUnits)),
    rangeOpen: set(grouped(lang.ranges.filter((f) => f.open), (f) => f.open).entries()),
    rangeJoin: set(grouped(lang.ranges.filter((f) => !f.open), (f) => f.join).entries()),
    boundsBefore: set(boundsBefore),
    boundFrames: set(frames.entries()),
    boundsAfter: set(Object.entries(lang.boundsAfter)),
    boundJoin: flags(lang.boundJoiners.filter((j) => j !== '')),
    orWords: flags(lang.orWords ?? []),
    weakCount: flags(lang.weakCountWords ?? []),
    vagueWords: set(Object.entries(lang.vague?.words ?? {})),
    vagueLinks: flags(lang.vague?.links ?? []),
    vagueBefore: flags(lang.vague?.before ?? []),
    vagueAfter: flags(lang.vague?.after ?? []),
    vagueAlone: flags(lang.vague?.beforeAlone ?? []),
    boundJoinEmpty: lang.boundJoiners.includes(''),
    months: flags(lang.months),
    yearBefore: flags(lang.yearBefore),
    dateAfter: flags(lang.dateAfter),
    yearAfter: flags(lang.yearAfter),
    codeBefore: flags(lang.codeBefore),
    ordinalBefore: flags(lang.ordinalBefore),
    codeAfter: flags(lang.codeAfter),
    ordinalSuffixes: flags(lang.ordinalSuffixes ?? []),
    fractionOf: flags(lang.fractionOfLinks ?? []),
    notNumbers: flags(lang.notNumbers),
    starters: new Set<string>(),
    starterUnits: new Set<number>(),
  };
}

/** Fills `starters` from the phrase sets that can open a match, and the number words. */
export function collectStarters(ph: Phrases, words: Iterable<string>, phraseFirsts: Iterable<string>): void {
  const opening = [ph.percentWords, ph.percentBefore, ph.curBefore, ph.rangeOpen, ph.boundsBefore, ph.boundFrames, ph.vagueWords,
    ph.vagueBefore, ph.vagueAlone, ph.everyWords, ph.shareOpen, ph.multBefore, ph.multWords];
  for (const s of opening) for (const k of s.firstKeys()) ph.starters.add(k);
  for (const k of words) ph.starters.add(k);
  for (const k of phraseFirsts) ph.starters.add(k);
  for (const k of Object.keys(VULGAR)) ph.starters.add(k);
  for (const k of ['-', '−', '.', ',']) ph.starters.add(k);
  for (const k of ph.starters) if (k.length === 1) ph.starterUnits.add(k.charCodeAt(0));
}
