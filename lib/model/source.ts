import type { SourceError } from './source-error.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** How the last reading of a feed went, as the options page shows it. */
export interface FeedRunResult {
  at: number;
  status: 'ok' | 'not-modified' | 'error';
  /** Items the feed listed that Parallax had not seen. */
  newItems: number;
  /** Reports stored from those items so far. */
  added: number;
  error: SourceError | null;
}

/** A subscription: stored on a source of kind "feed" (schema version 2). */
export interface FeedState {
  /** The feed's URL, as subscribed (the source's key). */
  url: string;
  siteUrl: string | null;
  format: FeedFormat | null;
  intervalMinutes: number;
  /** Validators of the last full answer, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  lastRunAt: number | null;
  nextRunAt: number;
  /** Failures in a row, for the back-off; 0 after a success. */
  failures: number;
  lastResult: FeedRunResult | null;
  /** Ids of the items already handled, newest last, capped: what a refresh skips. */
  seen: string[];
}

/** Feeds are read hourly unless the reader says otherwise. */
export const DEFAULT_INTERVAL_MINUTES = 60;
export const MIN_INTERVAL_MINUTES = 15;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;

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

export interface SourceInput {
  kind: SourceKind;
  key: string;
  title: string;
}
