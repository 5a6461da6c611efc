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
}

/**
 * Thresholds, shared by every corpus size: no per-story tuning. Same story: much in common, and either very much
 * or what pins one event down (an uncommon number, a day, or two figures); otherwise a report may be an earlier
 * moment of the same subject, with the same people and places.
 */
export const SAME_STORY = { score: 0.2, clearScore: 0.36, evidence: 24, specific: 4 } as const;
export const RELATED = { score: 0.13, evidence: 14, specific: 2 } as const;
/** Wire copies: at least this many shared keys, this share of the smaller report's keys, in this much the same order. */
export const COPY = { shared: 6, coverage: 0.6, order: 0.8 } as const;
/** Reports published this far apart tell different events, whatever they share. */
export const MAX_SAME_STORY_DAYS = 10;
export const MAX_RELATED_DAYS = 400;

const DAY = 86_400_000;

/** Keys that say which event, not only which place or year: names, figures, numbers, days. */
function specific(key: string, kind: KeyKind): boolean {
  if (kind === 'entity') return false;
  if (kind === 'date') return key.length > 6; // a month or a day, not a bare year
  if (kind === 'number') return !/^v:\d{2}$/.test(key); // two-digit numbers are everywhere
  return true;
}

/**
 * What pins an event down, if anything: a figure or number (by its value, so that "14.000" and "about 14,000
 * troops" count once) or a day. A month is often background ("the incursion of August 2024" comes up in every
 * later story about Kursk). `rare`: an uncommon number or a day, enough on its own.
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
 * Reports of one story come out within days of each other: a week apart counts fully, then less and less, down
 * to 0.6 beyond four months. Unknown dates count fully (most pasted texts have none).
 */
export function timeFactor(daysApart: number | null): number {
  if (daysApart === null || daysApart <= 7) return 1;
  return Math.max(0.6, 1 - 0.1 * Math.log2(daysApart / 7));
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
 * Symmetric when `weight` is.
 */
export function scorePair(a: PairInput, b: PairInput, weight: (key: string) => number): PairScore {
  const inB = new Set(b.keys);
  const sharedList: string[] = [];
  let evidence = 0;
  let specificCount = 0;
  const events = new Set<string>();
  let rareEvent = false;
  for (const key of new Set(a.keys)) {
    if (!inB.has(key)) continue;
    sharedList.push(key);
    evidence += weight(key);
    const kind = keyKind(key);
    if (specific(key, kind)) specificCount++;
    const event = eventToken(key, kind);
    if (event) {
      events.add(event.token);
      rareEvent ||= event.rare;
    }
  }
  let normA = 0;
  for (const key of new Set(a.keys)) normA += priorWeight(key);
  let normB = 0;
  for (const key of inB) normB += priorWeight(key);
  const daysApart =
    a.publishedAt !== null && b.publishedAt !== null ? Math.abs(a.publishedAt - b.publishedAt) / DAY : null;
  const content = normA > 0 && normB > 0 ? Math.min(1, evidence / Math.sqrt(normA * normB)) : 0;
  const score = content * timeFactor(daysApart);

  let relation: Relation | null = null;
  const pinned = rareEvent || events.size >= 2;
  const sameStory = score >= SAME_STORY.clearScore || (score >= SAME_STORY.score && pinned);
  if (sameStory && evidence >= SAME_STORY.evidence && specificCount >= SAME_STORY.specific) {
    relation = 'same_story';
  } else if (score >= RELATED.score && evidence >= RELATED.evidence && specificCount >= RELATED.specific) {
    relation = 'related';
  }
  if (daysApart !== null && relation === 'same_story' && daysApart > MAX_SAME_STORY_DAYS) relation = 'related';
  if (daysApart !== null && relation === 'related' && daysApart > MAX_RELATED_DAYS) relation = null;

  // One wire text, translated or not: most of what either states, stated in the same order. That is the same
  // story even when the translation reads fewer names than the original.
  let wireCopy = false;
  if (relation !== null && sharedList.length >= COPY.shared) {
    const coverage = sharedList.length / Math.min(new Set(a.keys).size, inB.size);
    if (coverage >= COPY.coverage) {
      const sharedSet = new Set(sharedList);
      const orderA = a.keys.filter((k) => sharedSet.has(k));
      const orderB = b.keys.filter((k) => sharedSet.has(k));
      wireCopy = lcsLength(orderA, orderB) / sharedSet.size >= COPY.order;
    }
  }
  if (wireCopy && (daysApart === null || daysApart <= MAX_SAME_STORY_DAYS)) relation = 'same_story';
  sharedList.sort((x, y) => weight(y) - weight(x));
  return { score, evidence, relation, wireCopy, shared: sharedList, daysApart };
}
