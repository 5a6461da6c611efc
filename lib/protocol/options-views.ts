import type { FeedRunResult } from '../model/source.ts';
import type { JobCounts, JobError, JobKind, JobStatus } from '../model/job.ts';
import type { SourceKind } from '../model/source.ts';

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

