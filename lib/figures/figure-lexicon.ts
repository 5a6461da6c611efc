import type { EventKey, FigureWords, NounSense, RelativeTime, UnitSense } from '../lang/figure-words.ts';
import { FIGURE_LANGUAGES } from '../lang/figure-languages.ts';
import type { Qualifier } from '../model/figure.ts';
import type { ReadLanguage } from '../model/language.ts';
import { monthNamesElsewhere } from '../lang/short-months.ts';
import { PhraseIndex, foldText } from './phrase-index.ts';

/** Everything one phrase means; a phrase may mean several things ("tới": up to, and "to"). */
export interface Tags {
  qualifierBefore?: Qualifier;
  qualifierAfter?: Qualifier;
  noun?: NounSense;
  unit?: UnitSense;
  currency?: string;
  event?: EventKey;
  subject?: string;
  military?: true;
  direction?: true;
  partitive?: true;
  container?: true;
  classifier?: true;
  personClassifier?: true;
  filler?: true;
  stop?: true;
  share?: number;
  vague?: true;
  range?: true;
  attributionBefore?: true;
  attributionAfter?: true;
  trim?: true;
  conjunction?: true;
  relative?: RelativeTime;
  month?: number;
  shortMonth?: number;
  clockBefore?: true;
  clockAfter?: true;
  parties?: true;
  timePreposition?: true;
  notFigureBefore?: true;
  notFigureAfter?: true;
  halfAfter?: true;
  incrementBefore?: true;
  incrementAfter?: true;
  ofAnHour?: true;
  ageBefore?: true;
  agoBefore?: true;
  agoAfter?: true;
  perHour?: true;
  ageAfter?: true;
  /** A currency word that is also a weight (pounds, libras, Pfund): the weight. */
  weight?: UnitSense;
  money?: true;
  versus?: true;
  vote?: true;
}

export interface Lexicon {
  words: FigureWords;
  index: PhraseIndex<Tags>;
  /** Page counters' labels ("Photos", "comments"), apart: they are words of the story too ("14 photos of"). */
  furniture: PhraseIndex<true>;
  abbreviations: ReadonlySet<string>;
}

const cache = new Map<ReadLanguage, Lexicon>();

/** The compiled phrase index of a language, built once. */
export function lexiconFor(lang: ReadLanguage): Lexicon {
  let lex = cache.get(lang);
  if (lex === undefined) {
    // A page's interface is often in English whatever its text ("1 Rating (0 Votes)" on a Spanish page).
    lex = compileLexicon(FIGURE_LANGUAGES[lang], FIGURE_LANGUAGES.en.furniture);
    cache.set(lang, lex);
  }
  return lex;
}

export function compileLexicon(words: FigureWords, moreFurniture: readonly string[] = []): Lexicon {
  const entries: [string, Tags][] = [];
  const add = (phrases: Iterable<string>, tags: Tags): void => {
    for (const p of phrases) entries.push([p, tags]);
  };
  const addRecord = <V>(record: Readonly<Record<string, V>>, tag: (v: V) => Tags): void => {
    for (const [p, v] of Object.entries(record)) entries.push([p, tag(v)]);
  };
  addRecord(words.qualifiersBefore, (q) => ({ qualifierBefore: q }));
  addRecord(words.qualifiersAfter, (q) => ({ qualifierAfter: q }));
  addRecord(words.nouns, (n) => ({ noun: n }));
  addRecord(words.units, (u) => ({ unit: u }));
  addRecord(words.currencies, (c) => ({ currency: c }));
  addRecord(words.events, (e) => ({ event: e }));
  addRecord(words.subjects, (s) => ({ subject: s }));
  add(words.militaryContext, { military: true });
  add(words.directionTo, { direction: true });
  add(words.partitive, { partitive: true });
  add(words.partitiveContainer, { container: true });
  add(words.classifiers, { classifier: true });
  add(words.personClassifiers, { classifier: true, personClassifier: true });
  add(words.fillers, { filler: true });
  add(words.stopWords, { stop: true });
  addRecord(words.shareWords, (v) => ({ share: v }));
  add(words.vague, { vague: true });
  add(words.rangeConnectors, { range: true });
  add(words.attributionBefore, { attributionBefore: true });
  add(words.attributionAfter, { attributionAfter: true });
  add(words.attributionTrim, { trim: true });
  add(words.conjunctions, { conjunction: true });
  addRecord(words.relativeTimes, (r) => ({ relative: r }));
  addRecord(words.months, (m) => ({ month: m }));
  add(words.timePrepositions, { timePreposition: true });
  add(words.notFigureBefore, { notFigureBefore: true });
  add(words.notFigureAfter, { notFigureAfter: true });
  add(words.halfAfter ?? [], { halfAfter: true });
  add(words.incrementBefore ?? [], { incrementBefore: true });
  add(words.incrementAfter ?? [], { incrementAfter: true });
  add(words.ofAnHour ?? [], { ofAnHour: true });
  add(words.ageBefore, { ageBefore: true });
  add(words.agoBefore, { agoBefore: true });
  add(words.agoAfter, { agoAfter: true });
  add(words.perHourBefore, { perHour: true });
  add(words.ageAfter, { ageAfter: true });
  addRecord(words.currencyOrWeight ?? {}, (u) => ({ weight: u }));
  add(words.moneyContext ?? [], { money: true });
  add(words.versus ?? [], { versus: true });
  add(words.voteContext ?? [], { vote: true });
  addRecord(words.shortMonths ?? {}, (m) => ({ shortMonth: m }));
  // "26 de March" on a Spanish page: a month of another language after a day dates it too.
  if (!words.spaceless) addRecord(monthNamesElsewhere(), (m) => ({ shortMonth: m }));
  add(words.clockBefore ?? [], { clockBefore: true });
  add(words.clockAfter ?? [], { clockAfter: true });
  add(words.partiesBefore ?? [], { parties: true });
  const index = new PhraseIndex<Tags>(entries, words.spaceless, (a, b) => ({ ...a, ...b }));
  const furniture = new PhraseIndex<true>([...(words.furniture ?? []), ...moreFurniture].map((p) => [p, true]), words.spaceless, () => true);
  return { words, index, furniture, abbreviations: new Set(words.abbreviations.map((a) => foldText(a))) };
}
