import type { EventKey, FigureWords, NounSense, RelativeTime, UnitSense } from '../lang/figure-words.ts';
import { FIGURE_LANGUAGES } from '../lang/figure-languages.ts';
import type { Qualifier } from '../model/figure.ts';
import type { ReadLanguage } from '../model/language.ts';
import { PhraseIndex, foldText } from './phrase-index.ts';

/**
 * Everything one phrase means; a phrase may mean several things ("tới": up to, and "to"). Every Tags object has every
 * field (undefined where it means nothing of the kind), in one order: objects of one shape are read fast.
 */
export interface Tags {
  qualifierBefore?: Qualifier | undefined;
  qualifierAfter?: Qualifier | undefined;
  noun?: NounSense | undefined;
  unit?: UnitSense | undefined;
  currency?: string | undefined;
  event?: EventKey | undefined;
  subject?: string | undefined;
  military?: true | undefined;
  direction?: true | undefined;
  partitive?: true | undefined;
  container?: true | undefined;
  classifier?: true | undefined;
  personClassifier?: true | undefined;
  filler?: true | undefined;
  stop?: true | undefined;
  share?: number | undefined;
  vague?: true | undefined;
  range?: true | undefined;
  attributionBefore?: true | undefined;
  attributionAfter?: true | undefined;
  trim?: true | undefined;
  conjunction?: true | undefined;
  relative?: RelativeTime | undefined;
  month?: number | undefined;
  timePreposition?: true | undefined;
  notFigureBefore?: true | undefined;
  notFigureAfter?: true | undefined;
  ageBefore?: true | undefined;
  agoBefore?: true | undefined;
  agoAfter?: true | undefined;
  perHour?: true | undefined;
  ageAfter?: true | undefined;
}

/** The tags with every field, in the order above. */
function fullTags(t: Tags): Tags {
  const out: { [K in keyof Required<Tags>]: Tags[K] } = {
    qualifierBefore: t.qualifierBefore,
    qualifierAfter: t.qualifierAfter,
    noun: t.noun,
    unit: t.unit,
    currency: t.currency,
    event: t.event,
    subject: t.subject,
    military: t.military,
    direction: t.direction,
    partitive: t.partitive,
    container: t.container,
    classifier: t.classifier,
    personClassifier: t.personClassifier,
    filler: t.filler,
    stop: t.stop,
    share: t.share,
    vague: t.vague,
    range: t.range,
    attributionBefore: t.attributionBefore,
    attributionAfter: t.attributionAfter,
    trim: t.trim,
    conjunction: t.conjunction,
    relative: t.relative,
    month: t.month,
    timePreposition: t.timePreposition,
    notFigureBefore: t.notFigureBefore,
    notFigureAfter: t.notFigureAfter,
    ageBefore: t.ageBefore,
    agoBefore: t.agoBefore,
    agoAfter: t.agoAfter,
    perHour: t.perHour,
    ageAfter: t.ageAfter,
  };
  return out;
}

const TAG_KEYS = Object.keys(fullTags({})) as (keyof Tags)[];

/** What both mean; where both say something of one kind, b's. */
function mergeTags(a: Tags, b: Tags): Tags {
  const out = fullTags(a) as Record<keyof Tags, unknown>;
  for (const key of TAG_KEYS) if (b[key] !== undefined) out[key] = b[key];
  return out as Tags;
}

export interface Lexicon {
  words: FigureWords;
  index: PhraseIndex<Tags>;
  abbreviations: ReadonlySet<string>;
}

const cache = new Map<ReadLanguage, Lexicon>();

/** The compiled phrase index of a language, built once. */
export function lexiconFor(lang: ReadLanguage): Lexicon {
  let lex = cache.get(lang);
  if (lex === undefined) {
    lex = compileLexicon(FIGURE_LANGUAGES[lang]);
    cache.set(lang, lex);
  }
  return lex;
}

export function compileLexicon(words: FigureWords): Lexicon {
  const entries: [string, Tags][] = [];
  const add = (phrases: Iterable<string>, tags: Tags): void => {
    for (const p of phrases) entries.push([p, fullTags(tags)]);
  };
  const addRecord = <V>(record: Readonly<Record<string, V>>, tag: (v: V) => Tags): void => {
    for (const [p, v] of Object.entries(record)) entries.push([p, fullTags(tag(v))]);
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
  add(words.ageBefore, { ageBefore: true });
  add(words.agoBefore, { agoBefore: true });
  add(words.agoAfter, { agoAfter: true });
  add(words.perHourBefore, { perHour: true });
  add(words.ageAfter, { ageAfter: true });
  const index = new PhraseIndex<Tags>(entries, words.spaceless, mergeTags);
  return { words, index, abbreviations: new Set(words.abbreviations.map((a) => foldText(a))) };
}
