/** A stored report as matching sees it. */
export interface MatchCandidate {
  id: number;
  /** The report's keys, in order of first mention (reportKeys). */
  keys: readonly string[];
  lang: string;
  /** Epoch ms, or null when the report does not say. */
  publishedAt: number | null;
}

/** What the corpus knows of one key. */
export interface KeyPostings {
  /** Reports that hold the key. */
  df: number;
  /** Ids of reports that hold it: at most the limit asked for. */
  ids: readonly number[];
  /** Whether `ids` are all the reports that hold it. */
  complete: boolean;
}

/**
 * What the matching engine needs from a corpus: key statistics and postings, bounded per call. Implemented in
 * memory (memory-index.ts) and over IndexedDB (lib/db/match-index.ts).
 */
export interface MatchIndex<C extends MatchCandidate = MatchCandidate> {
  /** Reports in the corpus. */
  count(): Promise<number>;
  /** For each key, in the order asked: how many reports hold it, and the ids of at most `limit` of them. */
  lookup(keys: readonly string[], limit: number): Promise<KeyPostings[]>;
  /** Reports by id; ids not found are left out. Whatever else they carry comes back with the matches. */
  load(ids: readonly number[]): Promise<C[]>;
  /**
   * Runs one query's calls together (one read transaction in IndexedDB, where each transaction costs a round trip
   * to the browser process). Optional: without it, the calls run on their own.
   */
  batch?<T>(work: () => Promise<T>): Promise<T>;
}
