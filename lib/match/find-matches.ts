import { READ_LANGUAGES } from '../model/language.ts';
import { keyKind, keyWeight, type KeyKind } from './key-weights.ts';
import { publishedDayKey } from './report-keys.ts';
import type { MatchCandidate, MatchIndex } from './match-index.ts';
import { RELATED, SAME_STORY, scorePair, type Relation } from './score-pair.ts';

export interface MatchQuery {
  /** The query report's keys (reportKeys), in order of first mention. */
  keys: readonly string[];
  publishedAt: number | null;
  /** The query's language: a same story across languages shares fewer ordinary words. */
  lang?: string;
  /**
   * Stored ids of the query itself (and of anything else not to return). When given, the query is taken to be in
   * the index: keys only one report holds are its own, and are not probed.
   */
  exclude?: readonly number[];
  /** How the query writes each key (describeReportKeys), for `shared`; the key itself is shown otherwise. */
  labels?: ReadonlyMap<string, string>;
}

export interface MatchOptions {
  /** Matches returned, best first. */
  limit?: number;
  /** Rarest keys whose postings are read: bounds the work per query whatever the corpus. */
  maxPostingKeys?: number;
  /** Rarest concept keys (ordinary words) whose postings are read, besides the others. */
  maxConceptPostingKeys?: number;
  /** Postings read per key. */
  postingsPerKey?: number;
  /** Reports loaded and fully scored when the query's day is not known. */
  maxCandidates?: number;
  /** The same when it is: the reports of the same days, by language, narrow the field. */
  maxDatedCandidates?: number;
  /** Of them, at least this many (if there are) of each language among the reports of the same days. */
  perLanguage?: number;
  /** Also return `related` matches (default true). */
  related?: boolean;
}

export interface SharedKey {
  key: string;
  kind: KeyKind;
  /** As the query writes it: "Peskov", "khoảng 14.000 binh sĩ", "tháng 8/2024". */
  label: string;
}

export interface Match<C extends MatchCandidate = MatchCandidate> {
  id: number;
  /** The matched report as the index loaded it (the whole stored record, from IndexedDB). */
  report: C;
  lang: string;
  score: number;
  relation: Relation;
  /** Runs the same wire text as the query (translated or not): not an independent confirmation. */
  wireCopy: boolean;
  /** What both report, heaviest first: the reader's "why". */
  shared: SharedKey[];
  daysApart: number | null;
}

const DAY = 86_400_000;
/** A candidate published on other days than the query's ranks as if it shared this much less. */
const OTHER_DAYS = 0.5;

/** Languages whose reports of the same days are looked up apart ("und": not recognised). */
const DAY_LANGUAGES: readonly string[] = [...READ_LANGUAGES, 'und'];

/** Keys probed even when all are common. */
const MIN_PROBE_KEYS = 5;

export const MATCH_DEFAULTS = {
  limit: 20,
  maxPostingKeys: 240,
  maxConceptPostingKeys: 100,
  postingsPerKey: 300,
  maxCandidates: 150,
  maxDatedCandidates: 60,
  perLanguage: 10,
  related: true,
};

/**
 * Reports of the same story as the query, and related ones, best first. Candidates come from the postings of the
 * query's rarest keys (bounded work per query), then each is scored on all its keys.
 */
export function findMatches<C extends MatchCandidate>(
  query: MatchQuery,
  index: MatchIndex<C>,
  options: MatchOptions = {},
): Promise<Match<C>[]> {
  const work = () => matchInIndex(query, index, options);
  return index.batch ? index.batch(work) : work();
}

async function matchInIndex<C extends MatchCandidate>(
  query: MatchQuery,
  index: MatchIndex<C>,
  options: MatchOptions,
): Promise<Match<C>[]> {
  const o = { ...MATCH_DEFAULTS, ...options };
  const keys = [...new Set(query.keys)].filter((k) => keyKind(k) !== 'published');
  if (!keys.length) return [];
  // The reports published the day before, the day of and the day after the query's: candidates first, and their
  // languages (the day keys carry them; reports stored before they did carry the day alone).
  const days: Array<{ key: string; lang: string | null }> = [];
  for (const d of query.publishedAt === null ? [] : [-1, 0, 1]) {
    const at = (query.publishedAt ?? 0) + d * DAY;
    days.push({ key: publishedDayKey(at), lang: null });
    for (const lang of DAY_LANGUAGES) days.push({ key: publishedDayKey(at, lang), lang });
  }
  const [total, stats] = await Promise.all([index.count(), index.lookup([...keys, ...days.map((d) => d.key)], o.postingsPerKey)]);
  if (!total) return [];
  const weights = new Map<string, number>();
  keys.forEach((k, i) => weights.set(k, keyWeight(k, stats[i]?.df ?? 0, total)));
  const weight = (k: string) => weights.get(k) ?? 0;
  const sameDays = new Set<number>();
  const langOf = new Map<number, string>();
  days.forEach((day, i) => {
    for (const id of stats[keys.length + i]?.ids ?? []) {
      sameDays.add(id);
      if (day.lang !== null) langOf.set(id, day.lang);
    }
  });

  // Rarest first: a report of the same story shares the query's rare names, figures and words.
  const minDf = query.exclude?.length ? 2 : 1;
  const byRarity = keys
    .map((key, i) => ({ key, df: stats[i]?.df ?? 0, ids: stats[i]?.ids ?? [], complete: stats[i]?.complete ?? false }))
    .filter((k) => k.df >= minDf)
    .sort((x, y) => x.df - y.df || weight(y.key) - weight(x.key));
  // A key held by more reports than its postings read would give an arbitrary few of them: skip it, unless
  // nothing else is there (a corpus of near-copies): then the rarest few, still within the bounds. Names, numbers
  // and dates are probed apart from ordinary words, so that a report in a language without a concept lexicon (met
  // through names alone) is not crowded out by the many rare words of the others.
  const complete = byRarity.filter((k) => k.complete);
  const isConcept = (k: { key: string }) => keyKind(k.key) === 'concept';
  let probe = [
    ...complete.filter((k) => !isConcept(k)).slice(0, o.maxPostingKeys),
    ...complete.filter(isConcept).slice(0, o.maxConceptPostingKeys),
  ];
  if (probe.length < MIN_PROBE_KEYS) probe = byRarity.slice(0, Math.min(MIN_PROBE_KEYS, o.maxPostingKeys));
  const excluded = new Set(query.exclude ?? []);
  const partial = new Map<number, number>();
  for (const p of probe) {
    const w = weight(p.key);
    for (const id of p.ids) if (!excluded.has(id)) partial.set(id, (partial.get(id) ?? 0) + w);
  }
  // A candidate's evidence is its weight from the keys read in full, plus at most the weight of the keys that were
  // not: one that cannot reach the least evidence a relation needs is not loaded (the same matches, fewer reads).
  const exact = new Set(probe.filter((p) => p.complete).map((p) => p.key));
  let unread = 0;
  for (const k of byRarity) if (!exact.has(k.key)) unread += weight(k.key);
  const need = o.related ? RELATED.evidence : SAME_STORY.evidence;
  // Reports of other days are loaded after those of the same days, as their score will be (timeFactor).
  const rank = (id: number, w: number) => (days.length && !sameDays.has(id) ? w * OTHER_DAYS : w);
  const ranked = [...partial.entries()]
    .filter(([, w]) => w + unread >= need)
    .map(([id, w]) => [id, rank(id, w)] as const)
    // Ties by id: the order must not depend on how the index was filled (reports removed and added back).
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .map(([id]) => id);
  // The first few of each language's reports of the same days, then the best of the rest: a same story in another
  // language shares fewer words than the query's own language's reports of the day, and would rank behind them all.
  const cap = days.length ? o.maxDatedCandidates : o.maxCandidates;
  const chosen = new Set<number>();
  const perLanguage = new Map<string, number>();
  for (const id of ranked) {
    const lang = langOf.get(id);
    if (lang === undefined || chosen.size >= cap) continue;
    const n = perLanguage.get(lang) ?? 0;
    if (n >= o.perLanguage) continue;
    perLanguage.set(lang, n + 1);
    chosen.add(id);
  }
  for (const id of ranked) {
    if (chosen.size >= cap) break;
    chosen.add(id);
  }
  const top = [...chosen];
  const candidates = await index.load(top);

  const matches: Match<C>[] = [];
  for (const candidate of candidates) {
    const match = scoreCandidate(query, candidate, weight);
    if (match && (o.related || match.relation === 'same_story')) matches.push(match);
  }
  matches.sort((x, y) => y.score - x.score || x.id - y.id);
  return withinLimit(matches, o.limit, query.lang);
}

/**
 * The best `limit` matches, where other languages keep up to half the places, shared in turn (each language's best,
 * then each one's second...): reports in the query's own language share more words and score higher, and a busy day
 * of them must not push out the other-language versions the reader came for. Best first, as given.
 */
function withinLimit<T extends { lang: string }>(matches: readonly T[], limit: number, lang: string | undefined): T[] {
  if (matches.length <= limit || lang === undefined) return matches.slice(0, limit);
  const byLanguage = new Map<string, T[]>();
  for (const m of matches) {
    if (m.lang === lang) continue;
    const list = byLanguage.get(m.lang);
    if (list) list.push(m);
    else byLanguage.set(m.lang, [m]);
  }
  const kept = new Set<T>();
  const reserved = Math.ceil(limit / 2);
  for (let round = 0; kept.size < reserved; round++) {
    const next = [...byLanguage.values()].map((list) => list[round]).filter((m): m is T => m !== undefined);
    if (!next.length) break;
    for (const m of next.slice(0, reserved - kept.size)) kept.add(m);
  }
  for (const m of matches) {
    if (kept.size >= limit) break;
    kept.add(m);
  }
  return matches.filter((m) => kept.has(m));
}

/** One entry per label: "14 November 2025" stands for its day, month and year keys; the heaviest comes first. */
export function uniqueLabels<T extends { label: string }>(shared: readonly T[]): T[] {
  const seen = new Set<string>();
  return shared.filter((s) => !seen.has(s.label) && seen.add(s.label));
}

function scoreCandidate<C extends MatchCandidate>(
  query: MatchQuery,
  candidate: C,
  weight: (k: string) => number,
): Match<C> | null {
  const pair = scorePair(query, candidate, weight);
  if (!pair.relation) return null;
  return {
    id: candidate.id,
    report: candidate,
    lang: candidate.lang,
    score: Math.round(pair.score * 1000) / 1000,
    relation: pair.relation,
    wireCopy: pair.wireCopy,
    shared: uniqueLabels(pair.shared.map((key) => ({ key, kind: keyKind(key), label: query.labels?.get(key) ?? key }))),
    daysApart: pair.daysApart === null ? null : Math.round(pair.daysApart * 10) / 10,
  };
}
