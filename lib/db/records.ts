import type { Figure } from '../model/figure.ts';
import type { FeedState } from './feed-state.ts';

/** How a report got into the corpus. */
export type SourceKind = 'page' | 'url' | 'feed' | 'paste' | 'file' | 'import' | 'collected';

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
  /** Language-independent match keys (names, figures, dates); indexed in the key buckets (key-postings.ts). */
  keys: string[];
  /** Version of the analysis that produced figures and keys, so that old reports can be re-analysed. */
  analysisVersion: number;
  sourceId: number | null;
}

/** A match key's document frequency and postings, as matching and the tests see them. */
export interface KeyStatRecord {
  key: string;
  /** Reports that hold the key. */
  df: number;
  /** Ids of the reports that hold it, ascending: all of them, or the first KEPT_POSTINGS that got it. */
  ids: number[];
  /** Set once the key has had more holders than are kept: `ids` is then a sample, not the list. */
  sample?: true;
}

/**
 * The key statistics of every key whose hash falls in one bucket (schema version 3), kept current in the same
 * transaction as the reports. Chromium's IndexedDB costs about 50 µs a read and 100 µs a write whatever the size of
 * the row, and 11 µs per entry read from a multiEntry index: a batch of 500 reports holds some 11,000 distinct keys,
 * which are 22,000 requests as rows of their own and a few thousand as buckets; a query reads one bucket per key.
 */
export interface KeyBucketRecord {
  bucket: number;
  /** The bucket's keys, each after a newline, and a newline at the end: "\nn:RU\nv:14000\n". */
  keys: string;
  /** Per key: where its newline is in `keys`. */
  starts: Int32Array;
  /** Per key: its df (negated when its ids are a sample), where its ids start in `ids`, how many there are. */
  stats: Int32Array;
  ids: Int32Array;
}

export interface MetaRecord {
  key: string;
  value: number;
}
