import { DEFAULT_INTERVAL_MINUTES } from '../model/source.ts';
import type { FeedState } from '../model/source.ts';
import type { Transaction } from 'dexie';
import { addKeyChanges, bucketRows, freshKeyStats, type KeyChanges } from './key-stats.ts';
import type { KeyBucketRecord } from './records.ts';
import type { SourceRecord } from '../model/source.ts';

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

/**
 * Version 2 -> 3: key statistics gain their postings and move into buckets. Recounted from the reports' keys (read
 * one report at a time, so a large corpus is never held in memory whole).
 */
export async function rebuildKeyStatsV3(tx: Transaction): Promise<void> {
  const changes: KeyChanges = new Map();
  await tx.table<{ id?: number; keys?: unknown }>('reports').each((report) => {
    if (report.id !== undefined && Array.isArray(report.keys)) addKeyChanges(changes, report.id, [], report.keys.filter((k): k is string => typeof k === 'string'));
  });
  await tx.table<KeyBucketRecord, number>('keyBuckets').bulkPut(bucketRows(freshKeyStats(changes)));
}
