import { browser } from 'wxt/browser';
import { analyzeArticle } from '../../lib/analysis/analyze-article.ts';
import { reportsPerSource } from '../../lib/db/corpus-listing.ts';
import { saveReport } from '../../lib/db/corpus-store.ts';
import { createJob, feedsPending } from '../../lib/db/jobs-store.ts';
import { allSources, deleteSource as deleteSourceAndReports, feedSources, getSource, setFeedState } from '../../lib/db/sources-store.ts';
import { attempt, type Outcome } from '../../lib/model/source-error.ts';
import type { SourceInput, SourceRecord } from '../../lib/model/source.ts';
import type { SourceView } from '../../lib/protocol/options-views.ts';
import { clampInterval, nextRunAt } from '../../lib/sources/feed-schedule.ts';
import { articleFromPaste, type ArticleOutcome } from '../../lib/sources/text-input.ts';
import { storeAnalysedFiles, storeFiles } from '../../lib/sources/add-files.ts';
import type { AnalysedFile, FileInput, FileResult } from '../../lib/protocol/options-messages.ts';
import { corpus } from './corpus.ts';
import { kickJobs, onJobFinished } from './jobs-service.ts';
import { corpusChanged } from './corpus-service.ts';

const FEED_ALARM = 'parallax:feed:';

const PASTE_SOURCE: SourceInput = { kind: 'paste', key: 'paste', title: 'Pasted text' };

function view(source: SourceRecord, reports: number): SourceView {
  const f = source.feed;
  return {
    id: source.id!,
    kind: source.kind,
    key: source.key,
    title: source.title,
    addedAt: source.addedAt,
    reports,
    feed: f
      ? { url: f.url, siteUrl: f.siteUrl, intervalMinutes: f.intervalMinutes, lastRunAt: f.lastRunAt, nextRunAt: f.nextRunAt, failures: f.failures, lastResult: f.lastResult }
      : null,
  };
}

function labelFor(urls: readonly string[]): string {
  return urls.length === 1 ? urls[0]! : `${urls.length} addresses`;
}

/** Adds articles and feeds by address, as a job. The page asked for the host permissions first. */
export async function addUrls(urls: string[]): Promise<{ jobId: number }> {
  const jobId = await createJob(corpus(), { kind: 'add', label: labelFor(urls), tasks: urls.map((url) => ({ type: 'url', url })) }, Date.now());
  kickJobs();
  return { jobId };
}

export async function listSources(): Promise<{ sources: SourceView[] }> {
  const db = corpus();
  const [sources, counts] = await Promise.all([allSources(db), reportsPerSource(db)]);
  return { sources: sources.map((s) => view(s, counts.get(s.id!) ?? 0)) };
}

/** Reads subscribed feeds now; feeds already waiting in a job are not queued twice. */
export async function refreshFeeds(sourceIds: number[] | null): Promise<{ jobId: number | null }> {
  const db = corpus();
  const pending = await feedsPending(db);
  const feeds = (await feedSources(db)).filter((s) => (sourceIds === null || sourceIds.includes(s.id!)) && !pending.has(s.id!));
  if (!feeds.length) return { jobId: null };
  const label = feeds.length === 1 ? feeds[0]!.title : `${feeds.length} feeds`;
  const jobId = await createJob(db, { kind: 'refresh', label, tasks: feeds.map((s) => ({ type: 'feed', sourceId: s.id! })) }, Date.now());
  kickJobs();
  return { jobId };
}

export async function configureFeed(sourceId: number, intervalMinutes: number): Promise<Outcome> {
  const db = corpus();
  const source = await getSource(db, sourceId);
  if (!source?.feed) return { ok: true };
  const minutes = clampInterval(intervalMinutes);
  const from = source.feed.lastRunAt ?? Date.now();
  const feed = { ...source.feed, intervalMinutes: minutes, nextRunAt: nextRunAt(from, minutes, source.feed.failures) };
  const outcome = await attempt(async () => (await setFeedState(db, sourceId, feed), {}));
  if (outcome.ok) await scheduleFeeds();
  return outcome;
}

/** A source and every report it brought. Jobs still reading its feed skip it from now on (its tasks find no source). */
export function deleteSource(sourceId: number): Promise<Outcome<{ deleted: number }>> {
  return attempt(async () => {
    const deleted = await deleteSourceAndReports(corpus(), sourceId);
    await browser.alarms.clear(FEED_ALARM + sourceId);
    corpusChanged();
    return { deleted };
  });
}

async function store(outcome: ArticleOutcome, source: SourceInput): Promise<Outcome<{ id: number; created: boolean }>> {
  if (!outcome.ok) return outcome;
  return attempt(async () => {
    const saved = await saveReport(corpus(), analyzeArticle(outcome.article), source, Date.now());
    corpusChanged();
    return saved;
  });
}

export function addText(input: { text: string; title: string | null; url: string | null; publishedTime: string | null }) {
  return store(articleFromPaste(input), PASTE_SOURCE);
}

export async function addFiles(files: readonly FileInput[]): Promise<Outcome<{ results: FileResult[] }>> {
  const outcome = await storeFiles(corpus(), files, Date.now());
  if (outcome.ok) corpusChanged();
  return outcome;
}

export async function storeAnalysed(files: readonly AnalysedFile[]): Promise<Outcome<{ results: FileResult[] }>> {
  const outcome = await storeAnalysedFiles(corpus(), files, Date.now());
  if (outcome.ok) corpusChanged();
  return outcome;
}

/** One alarm per feed, at its next reading (alarms survive the worker; they are reconciled on every start). */
export async function scheduleFeeds(): Promise<void> {
  const feeds = await feedSources(corpus());
  const wanted = new Set(feeds.map((s) => FEED_ALARM + s.id));
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith(FEED_ALARM) && !wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  const now = Date.now();
  for (const s of feeds) await browser.alarms.create(FEED_ALARM + s.id, { when: Math.max(now + 1000, s.feed.nextRunAt) });
}

/** Registers the feeds' alarm listener (synchronously, in the worker's first turn) and reconciles the alarms. */
export function startFeeds(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (!alarm.name.startsWith(FEED_ALARM)) return;
    const id = Number(alarm.name.slice(FEED_ALARM.length));
    if (Number.isInteger(id)) void refreshFeeds([id]);
  });
  onJobFinished((job) => {
    corpusChanged();
    if (job.kind !== 'import') void scheduleFeeds();
  });
  void scheduleFeeds().catch(() => undefined);
}
