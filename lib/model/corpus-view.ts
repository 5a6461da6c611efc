import type { Figure } from './figure.ts';

/** A report in the corpus list: what a row shows. */
export interface ReportSummary {
  id: number;
  url: string;
  title: string;
  siteName: string | null;
  lang: string;
  publishedTime: string | null;
  addedAt: number;
  sourceId: number | null;
  figureCount: number;
}

/** A report opened in the corpus browser: with its figures. */
export interface ReportDetail extends ReportSummary {
  byline: string | null;
  excerpt: string;
  figures: Figure[];
  textLength: number;
}

export interface CorpusQuery {
  /** Words the report's title, site, address or text must contain (case-insensitive); '' for all. */
  text: string;
  lang: string | null;
  site: string | null;
  sourceId: number | null;
}

export interface CorpusListing {
  /** Reports in the whole corpus. */
  total: number;
  /** The reports that match, newest first. */
  items: ReportSummary[];
  /** Values to filter by, with how many reports have each (over the whole corpus). */
  langs: Array<[string, number]>;
  sites: Array<[string, number]>;
}
