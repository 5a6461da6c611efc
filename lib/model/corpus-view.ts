import type { Article } from './article.ts';
import type { Figure } from './figure.ts';

/** A stored report as a list shows it: its id and what names it. */
export type ReportHeading = { id: number } & Pick<Article, 'url' | 'title' | 'siteName' | 'lang' | 'publishedTime'>;

/** A report in the corpus list: what a row shows. */
export interface ReportSummary extends ReportHeading {
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
