import { analyzeArticle } from '../analysis/analyze-article.ts';
import type { SourceInput } from '../model/source.ts';
import type { JobTask } from '../model/job.ts';
import type { SourceRecord } from '../model/source.ts';
import { articleFromText } from '../extract/text-article.ts';
import type { Article } from '../model/article.ts';
import { fetchResource, type FetchFn, type FetchOutcome } from './fetch-resource.ts';
import { readResource } from './read-resource.ts';
import { isTransient, sourceError, type SourceError } from '../model/source-error.ts';
import type { TaskOutcome } from './task-outcome.ts';
import { originPattern } from './url-list.ts';

export interface PrepareDeps {
  fetch: FetchFn;
  /** Whether the extension may read a URL (it holds the host permission); in Node tests, always. */
  canFetch: (url: string) => Promise<boolean>;
  /** The source a feed or item task refers to, as stored now. */
  getSource: (id: number) => Promise<SourceRecord | undefined>;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';
const ANY_ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5';
const FEED_ACCEPT = 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';

/** Feed content this long is article enough to store when the item's page cannot be read. */
const MIN_FALLBACK_CHARS = 400;

/** Reports added by address, all in one source. */
export const URL_SOURCE: SourceInput = { kind: 'url', key: 'url', title: 'Added by address' };

function host(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

async function get(url: string, accept: string, deps: PrepareDeps, validators?: { etag: string | null; lastModified: string | null }): Promise<FetchOutcome> {
  if (!(await deps.canFetch(url))) return { ok: false, error: sourceError('permission', originPattern(url) ?? url), retryAfterMs: null };
  return fetchResource(url, {
    fetch: deps.fetch,
    accept,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    ...(deps.maxBytes ? { maxBytes: deps.maxBytes } : {}),
    ...(validators ? { etag: validators.etag, lastModified: validators.lastModified } : {}),
  });
}

function failed(error: SourceError, target: string): TaskOutcome {
  return { type: 'failed', error, target, item: null };
}

async function prepareUrl(url: string, deps: PrepareDeps): Promise<TaskOutcome> {
  const fetched = await get(url, ANY_ACCEPT, deps);
  if (!fetched.ok) return failed(fetched.error, url);
  if (fetched.notModified) return failed(sourceError('http-status', 304), url);
  const reading = readResource(fetched.resource, 'any');
  switch (reading.kind) {
    case 'error':
      return failed(reading.error, url);
    case 'article':
      return { type: 'report', input: analyzeArticle(reading.article), source: URL_SOURCE, target: url, item: null };
    case 'feed':
      return { type: 'subscribe', feedUrl: fetched.resource.url, feed: reading.feed, validators: validatorsOf(fetched), target: url };
    case 'feed-page': {
      const feedUrl = reading.feeds[0]!.url;
      const feedFetch = await get(feedUrl, FEED_ACCEPT, deps);
      if (!feedFetch.ok) return failed(feedFetch.error, feedUrl);
      if (feedFetch.notModified) return failed(sourceError('http-status', 304), feedUrl);
      const feedReading = readResource(feedFetch.resource, 'feed');
      if (feedReading.kind !== 'feed') return failed(feedReading.kind === 'error' ? feedReading.error : sourceError('not-feed', feedUrl), feedUrl);
      return { type: 'subscribe', feedUrl: feedFetch.resource.url, feed: feedReading.feed, validators: validatorsOf(feedFetch), target: url };
    }
  }
}

function validatorsOf(outcome: FetchOutcome): { etag: string | null; lastModified: string | null } {
  return outcome.ok && !outcome.notModified
    ? { etag: outcome.resource.etag, lastModified: outcome.resource.lastModified }
    : { etag: null, lastModified: null };
}

async function prepareFeed(sourceId: number, deps: PrepareDeps): Promise<TaskOutcome> {
  const source = await deps.getSource(sourceId);
  const feed = source?.feed;
  if (!feed) return { type: 'skipped' };
  const fetched = await get(feed.url, FEED_ACCEPT, deps, { etag: feed.etag, lastModified: feed.lastModified });
  if (!fetched.ok) return { type: 'feed-failed', sourceId, error: fetched.error, retryAfterMs: fetched.retryAfterMs, target: feed.url };
  if (fetched.notModified) return { type: 'feed-unchanged', sourceId };
  const reading = readResource(fetched.resource, 'feed');
  if (reading.kind !== 'feed') {
    const error = reading.kind === 'error' ? reading.error : sourceError('not-feed', feed.url);
    return { type: 'feed-failed', sourceId, error, retryAfterMs: null, target: feed.url };
  }
  return { type: 'feed-read', sourceId, feed: reading.feed, validators: validatorsOf(fetched) };
}

async function prepareItem(task: Extract<JobTask, { type: 'item' }>, deps: PrepareDeps): Promise<TaskOutcome> {
  const source = await deps.getSource(task.sourceId);
  if (!source?.feed) return { type: 'skipped' };
  const feedSource: SourceInput = { kind: 'feed', key: source.key, title: source.title };
  const item = { sourceId: task.sourceId, itemId: task.itemId };
  const fallback = (): Article | null =>
    task.text.length >= MIN_FALLBACK_CHARS
      ? { ...articleFromText(task.text, { title: task.title, url: task.url || null, publishedTime: task.publishedTime }), siteName: host(task.url) }
      : null;
  let error: SourceError | null = null;
  let article: Article | null = null;
  if (task.url) {
    const fetched = await get(task.url, PAGE_ACCEPT, deps);
    if (!fetched.ok) error = fetched.error;
    else if (fetched.notModified) error = sourceError('http-status', 304);
    else {
      const reading = readResource(fetched.resource, 'article');
      if (reading.kind === 'article') article = reading.article;
      else error = reading.kind === 'error' ? reading.error : sourceError('not-article', task.url);
    }
  }
  article ??= fallback();
  if (!article) {
    const why = error ?? sourceError('empty', task.url || task.title);
    return { type: 'failed', error: why, target: task.url || task.title, item: { ...item, transient: isTransient(why) } };
  }
  // The feed knows the item's date and title when the page does not say.
  const complete: Article = {
    ...article,
    title: article.title || task.title,
    publishedTime: article.publishedTime ?? task.publishedTime,
  };
  return { type: 'report', input: analyzeArticle(complete), source: feedSource, target: task.url || task.title, item };
}

/** Does the network and analysis work of one task; stores nothing. Never throws for a source's fault. */
export async function prepareTask(task: JobTask, deps: PrepareDeps): Promise<TaskOutcome> {
  switch (task.type) {
    case 'url':
      return prepareUrl(task.url, deps);
    case 'feed':
      return prepareFeed(task.sourceId, deps);
    case 'item':
      return prepareItem(task, deps);
  }
}
