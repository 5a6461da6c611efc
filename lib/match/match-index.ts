/** A stored report as matching sees it. */
export interface MatchCandidate {
  id: number;
  /** The report's keys, in order of first mention (reportKeys). */
  keys: readonly string[];
  lang: string;
  /** Epoch ms, or null when the report does not say. */
  publishedAt: number | null;
}

/**
 * What the matching engine needs from a corpus: key statistics and postings, bounded per call. Implemented in
 * memory (memory-index.ts) and over IndexedDB (lib/db/match-index.ts).
 */
export interface MatchIndex<C extends MatchCandidate = MatchCandidate> {
  /** Reports in the corpus. */
  count(): Promise<number>;
  /** For each key, how many reports hold it (0 when none), in the order asked. */
  docFrequencies(keys: readonly string[]): Promise<number[]>;
  /** For each key, the ids of at most `limit` reports holding it, in the order asked. */
  postings(keys: readonly string[], limit: number): Promise<number[][]>;
  /** Reports by id; ids not found are left out. Whatever else they carry comes back with the matches. */
  load(ids: readonly number[]): Promise<C[]>;
  /**
   * Runs one query's calls together (one read transaction in IndexedDB, where each transaction costs a round trip
   * to the browser process). Optional: without it, the calls run on their own.
   */
  batch?<T>(work: () => Promise<T>): Promise<T>;
}
