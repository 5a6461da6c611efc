import type { FeedRunResult } from '../db/feed-state.ts';
import type { JobCounts, JobError, JobKind, JobStatus } from '../db/job-records.ts';
import type { SourceKind } from '../db/records.ts';
import type { Figure } from '../model/figure.ts';
import type { SourceError } from '../sources/source-error.ts';

/** A subscription as the options page shows it. */
export interface FeedView {
  url: string;
  siteUrl: string | null;
  intervalMinutes: number;
  lastRunAt: number | null;
  nextRunAt: number;
  failures: number;
  lastResult: FeedRunResult | null;
}

export interface SourceView {
  id: number;
  kind: SourceKind;
  key: string;
  title: string;
  addedAt: number;
  /** Reports in the corpus from this source. */
  reports: number;
  feed: FeedView | null;
}

export interface JobView {
  id: number;
  kind: JobKind;
  status: JobStatus;
  label: string;
  createdAt: number;
  updatedAt: number;
  cursor: number;
  total: number;
  phase: 'check' | 'store' | null;
  counts: JobCounts;
  errors: JobError[];
  cancelRequested: boolean;
}

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

export type Outcome<T extends object = Record<never, never>> = ({ ok: true } & T) | { ok: false; error: SourceError };
