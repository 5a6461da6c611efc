import { DEFAULT_INTERVAL_MINUTES } from '../sources/feed-schedule.ts';
import type { FeedState } from './feed-state.ts';
import type { SourceRecord } from './records.ts';

/** A source as version 1 stored it: no subscription state. */
export type SourceRecordV1 = Omit<SourceRecord, 'feed'>;

/**
 * Version 1 -> 2: sources of kind "feed" become subscriptions (due at once, hourly), keyed by their URL; other
 * sources are unchanged. Pure, so that it is tested on its own; the Dexie upgrade only applies it.
 */
export function upgradeSourceV2(source: SourceRecordV1, now: number): SourceRecord {
  if (source.kind !== 'feed' || !/^https?:\/\//i.test(source.key)) return source;
  const feed: FeedState = {
    url: source.key,
    siteUrl: null,
    format: null,
    intervalMinutes: DEFAULT_INTERVAL_MINUTES,
    etag: null,
    lastModified: null,
    lastRunAt: null,
    nextRunAt: now,
    failures: 0,
    lastResult: null,
    seen: [],
  };
  return { ...source, feed };
}
