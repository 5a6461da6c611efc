import type { FeedFormat } from '../feeds/feed-types.ts';
import type { SourceError } from '../sources/source-error.ts';

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

/** Item ids remembered per feed: several times what a feed lists, so that old items never come back as new. */
export const MAX_SEEN_ITEMS = 2000;
