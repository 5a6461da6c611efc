import type { Figure } from '../model/figure.ts';
import type { FeedState } from './feed-state.ts';

/** How a report got into the corpus. */
export type SourceKind = 'page' | 'url' | 'feed' | 'paste' | 'file' | 'import';

export interface SourceRecord {
  id?: number;
  kind: SourceKind;
  /** Unique per source: the page or feed URL, the file name, or "paste". */
  key: string;
  title: string;
  addedAt: number;
  /** The subscription, for a feed the reader subscribed to (schema version 2). */
  feed?: FeedState;
}

/** A report in the corpus, with everything the analysis derives from it. */
export interface ReportRecord {
  id?: number;
  /** Canonical URL; for text without one, "text:" + content hash, so that the same text is stored once. */
  url: string;
  contentHash: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 tag or "und". */
  lang: string;
  publishedTime: string | null;
  /** publishedTime as epoch ms, for the index; null when unknown. */
  publishedAt: number | null;
  addedAt: number;
  updatedAt: number;
  text: string;
  excerpt: string;
  figures: Figure[];
  /** Language-independent match keys (names, figures, dates), multiEntry-indexed. */
  keys: string[];
  /** Version of the analysis that produced figures and keys, so that old reports can be re-analysed. */
  analysisVersion: number;
  sourceId: number | null;
}

/**
 * A match key's document frequency and postings, kept current in the same transaction as the reports: matching
 * reads both with one request per key (schema version 3). Reading postings from a multiEntry index instead costs
 * Chromium about 11 µs per entry, which is most of a query at 10,000 reports.
 */
export interface KeyStatRecord {
  key: string;
  /** Reports that hold the key. */
  df: number;
  /** Ids of the reports that hold it, ascending: all of them, or the first KEPT_POSTINGS that got it. */
  ids: number[];
  /** Set once the key has had more holders than are kept: `ids` is then a sample, not the list. */
  sample?: true;
}

export interface MetaRecord {
  key: string;
  value: number;
}
