import type { SourceError } from './source-error.ts';

export type JobKind = 'add' | 'refresh' | 'import';

/**
 * staging: an import whose file is still arriving; queued/running: to be (re)started by the runner, which resumes
 * "running" jobs after the service worker restarts; the rest are final.
 */
export type JobStatus = 'staging' | 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** One unit of work of an add or refresh job. */
export type JobTask =
  /** A URL the reader gave: an article, a feed, or a page advertising a feed. */
  | { type: 'url'; url: string }
  /** Read a subscribed feed for new items. */
  | { type: 'feed'; sourceId: number }
  /** Fetch and store one item of a feed. */
  | { type: 'item'; sourceId: number; itemId: string; url: string; title: string; publishedTime: string | null; text: string };

export interface JobCounts {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Feeds subscribed to. */
  subscribed: number;
}

export interface JobError {
  error: SourceError;
  /** What failed: a URL, a file name and line, a feed. */
  target: string;
  /** The feed concerned, when the error concerns one (for "retry" and "allow"). */
  sourceId: number | null;
}

export interface JobRecord {
  id?: number;
  kind: JobKind;
  status: JobStatus;
  /** What the job works on, for the reader: a file name, a URL, "3 feeds". */
  label: string;
  createdAt: number;
  updatedAt: number;
  /** Work of add and refresh jobs; grows as feeds list new items. */
  tasks: JobTask[];
  /** Tasks done (add, refresh) or report records committed (import): where a resumed job goes on. */
  cursor: number;
  /** Tasks or report records in all, once known (an import knows after checking its file). */
  total: number;
  /** Import jobs: checking the whole file comes first, so that a malformed file stores nothing. */
  phase: 'check' | 'store' | null;
  /** Import jobs: chunks of the file staged so far, and how many are expected. */
  chunks: number;
  counts: JobCounts;
  /** The first errors (capped), each with what it concerns. */
  errors: JobError[];
  cancelRequested: boolean;
}

/** A piece of an import file, staged in the database so that the import survives the service worker. */
export interface JobChunkRecord {
  jobId: number;
  seq: number;
  text: string;
}

export function emptyCounts(): JobCounts {
  return { added: 0, updated: 0, unchanged: 0, failed: 0, subscribed: 0 };
}
