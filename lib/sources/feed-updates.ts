import type { FeedRunResult, FeedState } from '../model/source.ts';
import { MAX_SEEN_ITEMS } from '../model/limits.ts';
import type { JobTask } from '../model/job.ts';
import type { FeedItem, ParsedFeed } from '../feeds/feed-types.ts';
import { DEFAULT_INTERVAL_MINUTES } from '../model/source.ts';
import { nextRunAt } from './feed-schedule.ts';
import type { SourceError } from '../model/source-error.ts';

/** New items fetched per reading of a feed: a first subscription to a busy feed does not fetch hundreds of pages. */
export const MAX_NEW_ITEMS_PER_RUN = 100;

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

function remember(seen: readonly string[], ids: readonly string[]): string[] {
  const set = new Set(ids);
  const merged = [...seen.filter((id) => !set.has(id)), ...ids];
  return merged.length > MAX_SEEN_ITEMS ? merged.slice(merged.length - MAX_SEEN_ITEMS) : merged;
}

/** Items of a reading that the feed has not had before (in the feed's order), at most `limit`. */
export function unseenItems(seen: readonly string[], items: readonly FeedItem[], limit = MAX_NEW_ITEMS_PER_RUN): FeedItem[] {
  const known = new Set(seen);
  const out: FeedItem[] = [];
  for (const item of items) {
    if (known.has(item.id) || (!item.url && !item.text.trim())) continue;
    known.add(item.id);
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}

export function itemTasks(sourceId: number, items: readonly FeedItem[]): JobTask[] {
  return items.map((item) => ({
    type: 'item',
    sourceId,
    itemId: item.id,
    url: item.url ?? '',
    title: item.title,
    publishedTime: item.publishedTime,
    text: item.text.length > 200_000 ? item.text.slice(0, 200_000) : item.text,
  }));
}

/** A new subscription, from its first reading. */
export function newFeedState(url: string, feed: ParsedFeed, validators: Validators, now: number): FeedState {
  return {
    url,
    siteUrl: feed.siteUrl,
    format: feed.format,
    intervalMinutes: DEFAULT_INTERVAL_MINUTES,
    ...readOk(validators, now),
    nextRunAt: now,
    lastResult: null,
    seen: [],
  };
}

function readOk(validators: Validators, now: number): Pick<FeedState, 'etag' | 'lastModified' | 'lastRunAt' | 'failures'> {
  return { etag: validators.etag, lastModified: validators.lastModified, lastRunAt: now, failures: 0 };
}

/**
 * After a full answer: remember its validators, mark the new items seen at once (so that a second reading while
 * they are being fetched does not queue them again; a transient failure un-marks one), schedule the next reading.
 */
export function afterReading(state: FeedState, feed: ParsedFeed, validators: Validators, fresh: readonly FeedItem[], now: number): FeedState {
  const lastResult: FeedRunResult = { at: now, status: 'ok', newItems: fresh.length, added: 0, error: null };
  return {
    ...state,
    ...readOk(validators, now),
    siteUrl: feed.siteUrl ?? state.siteUrl,
    format: feed.format,
    seen: remember(state.seen, fresh.map((i) => i.id)),
    nextRunAt: nextRunAt(now, state.intervalMinutes, 0),
    lastResult,
  };
}

/** After 304 Not Modified: nothing new. */
export function afterNotModified(state: FeedState, now: number): FeedState {
  return {
    ...state,
    lastRunAt: now,
    failures: 0,
    nextRunAt: nextRunAt(now, state.intervalMinutes, 0),
    lastResult: { at: now, status: 'not-modified', newItems: 0, added: 0, error: null },
  };
}

/** After a failed reading: back off. */
export function afterFailure(state: FeedState, error: SourceError, now: number, retryAfterMs: number | null): FeedState {
  const failures = state.failures + 1;
  return {
    ...state,
    lastRunAt: now,
    failures,
    nextRunAt: nextRunAt(now, state.intervalMinutes, failures, retryAfterMs),
    lastResult: { at: now, status: 'error', newItems: 0, added: 0, error },
  };
}

/**
 * One item handled: counted when stored; forgotten when it failed for a reason that may pass, and then the feed's
 * validators are dropped too, so that the next reading gets the whole feed (not a 304) and queues the item again.
 */
export function afterItem(state: FeedState, itemId: string, outcome: 'stored' | 'retry' | 'failed'): FeedState {
  const lastResult = state.lastResult && outcome === 'stored' ? { ...state.lastResult, added: state.lastResult.added + 1 } : state.lastResult;
  if (outcome !== 'retry') return { ...state, lastResult };
  return { ...state, lastResult, seen: state.seen.filter((id) => id !== itemId), etag: null, lastModified: null };
}
