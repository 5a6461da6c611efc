import type { Figure } from './figure.ts';

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

/** A report as the analysis hands it to the store: everything but the ids and times the store sets. */
export type ReportInput = Omit<ReportRecord, 'id' | 'addedAt' | 'updatedAt' | 'sourceId'>;
