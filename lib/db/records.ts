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

/** Document frequency of a match key, kept current in the same transaction as the reports. */
export interface KeyStatRecord {
  key: string;
  df: number;
}

export interface MetaRecord {
  key: string;
  value: number;
}
