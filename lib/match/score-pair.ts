import { conceptCeiling } from '../lang/concept-ceilings.ts';
import { keyKind, keyValue, priorRate, priorWeight, type KeyKind } from './key-weights.ts';

export type Relation = 'same_story' | 'related';

export interface PairScore {
  /** 0..1: how much of the two reports' distinctive content they share. */
  score: number;
  /** Sum of the weights of the shared keys. */
  evidence: number;
  relation: Relation | null;
  /** Same wire text (translated or not): same figures and names in the same order. */
  wireCopy: boolean;
  /** Shared keys, heaviest first. */
  shared: string[];
  /** Days between publications, when both are known. */
  daysApart: number | null;
}

export interface PairInput {
  keys: readonly string[];
  publishedAt: number | null;
  /** The report's language, when known: a same story across languages shares fewer concepts. */
  lang?: string;
}

/**
 * Reports compared on names, numbers and dates alone (one of them has no ordinary words: a language without a
 * lexicon), as fitted on translations and the seeds: much in common, and either very much or a pinned event.
 */
export const SAME_STORY = { score: 0.2, clearScore: 0.36, evidence: 24, specific: 4 } as const;
/**
 * Reports that both carry ordinary words (concept keys), fitted on independently written reports
 * (../shared/realnews): within one language a same story shares its very words; across two, fewer survive the
 * lexicons (translations of one text keep 0.18-0.26 of the concept weight), so it is called at a lower score.
 * Either way it needs names, numbers or dates in common. (Fitted with lexicons that kept 0.13-0.19, at 0.18 and
 * 0.05; moved with the 90th percentile of other same-day pairs' scores, 0.111 -> 0.125, when they came to keep more.)
 */
export const WITH_WORDS = { sameLanguage: 0.3, crossLanguage: 0.2, specific: 2, related: 0.056, copy: 0.3 } as const;
/** Related: enough in common to be worth showing; the ranking puts the closest first. */
export const RELATED = { score: 0.13, evidence: 14, specific: 2 } as const;
/** Wire copies: at least this many shared keys, this share of the smaller report's keys, in this much the same order. */
export const COPY = { shared: 6, coverage: 0.6, order: 0.8 } as const;
/** Below this share of concepts kept across a pair of languages (Chinese and the others), words are not compared. */
export const MIN_CONCEPT_CEILING = 0.1;
/** Reports published this far apart tell different events, whatever they share. */
export const MAX_SAME_STORY_DAYS = 7;
export const MAX_RELATED_DAYS = 400;

const DAY = 86_400_000;

/** Keys that say which event, not only which place or year: names, figures, numbers, days. */
function specific(key: string, kind: KeyKind): boolean {
  if (kind === 'entity' || kind === 'concept') return false;
  if (kind === 'date') return key.length > 6; // a month or a day, not a bare year
  if (kind === 'number') return !/^v:\d{2}$/.test(key); // two-digit numbers are everywhere
  return true;
}

/**
 * What pins an event down, if anything: a figure or number (by its value, so that "14.000" and "about 14,000
 * troops" count once) or a day. A month is often background. `rare`: an uncommon number or a day, enough alone.
 */
function eventToken(key: string, kind: KeyKind): { token: string; rare: boolean } | null {
  if (kind === 'figure' || kind === 'number') {
    const value = keyValue(key);
    if (!(value >= 10)) return null;
    return { token: `#${value}`, rare: priorRate(`v:${key.slice(key.lastIndexOf(':') + 1)}`) <= 0.001 };
  }
  if (kind === 'date' && (key.length > 9 || key.startsWith('d:--'))) return { token: key.slice(-5), rare: true };
  return null;
}

/**
 * Reports of one story come out within a day or two of each other (time zones, the next day's paper): full weight
 * to a day and a half, then a quarter less for each doubling of the gap, down to 0.3 beyond two weeks. Unknown
 * dates count fully (most pasted texts have none).
 */
export function timeFactor(daysApart: number | null): number {
  if (daysApart === null || daysApart <= 1.5) return 1;
  return Math.max(0.3, 1 - 0.25 * Math.log2(daysApart / 1.5));
}

/**
 * One wire text, translated or not: most of the names, numbers and dates either states, stated in the same order.
 * That is the same story even when the translation reads fewer names than the original. Ordinary words are left
 * out: they are read after the rest, and every report has them.
 */
function sameWireText(a: readonly string[], b: readonly string[], shared: readonly string[]): boolean {
  const stated = (k: string) => keyKind(k) !== 'concept' && keyKind(k) !== 'published';
  const sharedSet = new Set(shared.filter(stated));
  if (sharedSet.size < COPY.shared) return false;
  const own = (keys: readonly string[]) => new Set(keys.filter(stated)).size;
  if (sharedSet.size / Math.min(own(a), own(b)) < COPY.coverage) return false;
  const orderA = a.filter((k) => sharedSet.has(k));
  const orderB = b.filter((k) => sharedSet.has(k));
  return lcsLength(orderA, orderB) / sharedSet.size >= COPY.order;
}

/** Length of the longest common subsequence of two key sequences. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) {
      row[j + 1] = x === b[j] ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, row[j] ?? 0);
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * How two reports relate, from the keys they share weighed by rarity (`weight`: IDF from the corpus), normalised
 * by how much distinctive content each has (prior weights, so that no count is needed for keys only one has).
 * Ordinary words count only when both reports have them: a language without a concept lexicon is compared on its
 * names, numbers and dates. Symmetric when `weight` is.
 */
export function scorePair(a: PairInput, b: PairInput, weight: (key: string) => number): PairScore {
  const ceiling = conceptCeiling(a.lang, b.lang);
  const withConcepts = ceiling >= MIN_CONCEPT_CEILING && hasConcepts(a.keys) && hasConcepts(b.keys);
  const setA = new Set(a.keys);
  const setB = new Set(b.keys);
  const names = { shared: 0, normA: 0, normB: 0 };
  const concepts = { shared: 0, normA: 0, normB: 0 };
  const sharedList: string[] = [];
  let evidence = 0;
  let specificCount = 0;
  const events = new Set<string>();
  let rareEvent = false;
  for (const key of setA) {
    const kind = keyKind(key);
    if ((kind === 'concept' && !withConcepts) || kind === 'published') continue;
    const channel = kind === 'concept' ? concepts : names;
    channel.normA += priorWeight(key);
    if (!setB.has(key)) continue;
    sharedList.push(key);
    const w = weight(key);
    channel.shared += w;
    evidence += w;
    if (specific(key, kind)) specificCount++;
    const event = eventToken(key, kind);
    if (event) {
      events.add(event.token);
      rareEvent ||= event.rare;
    }
  }
  for (const key of setB) {
    const kind = keyKind(key);
    if ((kind === 'concept' && !withConcepts) || kind === 'published') continue;
    (kind === 'concept' ? concepts : names).normB += priorWeight(key);
  }
  const daysApart =
    a.publishedAt !== null && b.publishedAt !== null ? Math.abs(a.publishedAt - b.publishedAt) / DAY : null;
  const nameScore = overlap(names);
  // Ordinary words survive translation only in part (the lexicons' reach): their overlap is read against the
  // square root of what translations of one text keep (the full ratio amplifies chance overlaps of common words).
  const conceptScore = withConcepts ? Math.min(1, overlap(concepts) / Math.sqrt(ceiling)) : 0;
  const content = withConcepts ? (nameScore + conceptScore) / 2 : nameScore;
  const score = content * timeFactor(daysApart);

  const pinned = rareEvent || events.size >= 2;
  let relation = withConcepts
    ? relationWithWords(score, evidence, specificCount, pinned, a.lang !== b.lang)
    : relationOnNames(score, evidence, specificCount, pinned);
  if (daysApart !== null && relation === 'same_story' && daysApart > MAX_SAME_STORY_DAYS) relation = 'related';
  if (daysApart !== null && relation === 'related' && daysApart > MAX_RELATED_DAYS) relation = null;

  let wireCopy = false;
  // A wire copy translated states the same things in the same words, as far as the lexicons reach.
  const copyWords = !withConcepts || conceptScore >= WITH_WORDS.copy;
  if (relation !== null && copyWords) wireCopy = sameWireText(a.keys, b.keys, sharedList);
  if (wireCopy && (daysApart === null || daysApart <= MAX_SAME_STORY_DAYS)) relation = 'same_story';
  sharedList.sort((x, y) => weight(y) - weight(x));
  return { score, evidence, relation, wireCopy, shared: sharedList, daysApart };
}

/**
 * Ordinary words say what happened; names, numbers or dates in common say it happened to the same people. Across
 * languages, where fewer words survive, the event must also be pinned down (a rare number, a day, two numbers)
 * unless very much is shared, as for names alone: a report of the same people at another moment shares as many words.
 */
function relationWithWords(score: number, evidence: number, specificCount: number, pinned: boolean, crossLanguage: boolean): Relation | null {
  const sameStory = crossLanguage
    ? score >= SAME_STORY.clearScore || (score >= WITH_WORDS.crossLanguage && pinned)
    : score >= WITH_WORDS.sameLanguage;
  if (sameStory && evidence >= SAME_STORY.evidence && specificCount >= WITH_WORDS.specific) return 'same_story';
  if (score >= WITH_WORDS.related && evidence >= RELATED.evidence && specificCount >= 1) return 'related';
  return null;
}

/** Names, numbers and dates alone: much in common, and either very much or what pins one event down. */
function relationOnNames(score: number, evidence: number, specificCount: number, pinned: boolean): Relation | null {
  const sameStory = score >= SAME_STORY.clearScore || (score >= SAME_STORY.score && pinned);
  if (sameStory && evidence >= SAME_STORY.evidence && specificCount >= SAME_STORY.specific) return 'same_story';
  if (score >= RELATED.score && evidence >= RELATED.evidence && specificCount >= RELATED.specific) return 'related';
  return null;
}

/** Shared weight over the geometric mean of the two reports' prior weights. */
function overlap(channel: { shared: number; normA: number; normB: number }): number {
  return channel.normA > 0 && channel.normB > 0 ? Math.min(1, channel.shared / Math.sqrt(channel.normA * channel.normB)) : 0;
}

function hasConcepts(keys: readonly string[]): boolean {
  for (let i = keys.length - 1; i >= 0; i--) if (keyKind(keys[i] ?? '') === 'concept') return true;
  return false;
}
