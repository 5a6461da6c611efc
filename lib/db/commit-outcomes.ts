import type { FeedState } from './feed-state.ts';
import { LIMITS } from '../protocol/validate.ts';
import type { CorpusDb } from './corpus-db.ts';
import { MAX_JOB_ERRORS, type JobError, type JobRecord } from './job-records.ts';
import type { SourceRecord } from './records.ts';
import { saveReportsBatch, type BatchItem } from './save-batch.ts';
import { afterFailure, afterItem, afterNotModified, afterReading, itemTasks, newFeedState, unseenItems } from '../sources/feed-updates.ts';
import type { TaskOutcome } from '../sources/task-outcome.ts';

/** The job is no longer running (cancelled and finished elsewhere, or dismissed): its batch is not stored. */
export class JobGone extends Error {}

function hostTitle(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * Stores the outcomes of a batch of tasks and moves the job's cursor past them, in one transaction: after a crash
 * either all of the batch is stored and the cursor moved, or none, and the batch runs again (without duplicates:
 * reports are upserted, feed items were marked seen when queued).
 */
export async function commitOutcomes(db: CorpusDb, jobId: number, outcomes: readonly TaskOutcome[], now: number): Promise<JobRecord> {
  return db.transaction('rw', [db.reports, db.sources, db.keyBuckets, db.meta, db.jobs], async () => {
    const job = await db.jobs.get(jobId);
    if (!job || job.status !== 'running') throw new JobGone();
    const sources = new Map<number, SourceRecord>();
    const source = async (id: number): Promise<SourceRecord | undefined> => {
      if (!sources.has(id)) {
        const row = await db.sources.get(id);
        if (row) sources.set(id, row);
      }
      return sources.get(id);
    };
    const updateFeed = async (id: number, update: (feed: FeedState) => FeedState) => {
      const row = await source(id);
      if (row?.feed) sources.set(id, { ...row, feed: update(row.feed) });
    };
    const errors: JobError[] = [];
    const counts = { ...job.counts };
    const tasks = [...job.tasks];

    // An item whose feed was deleted while it was being fetched is dropped: it would bring the source back.
    const kept: TaskOutcome[] = [];
    for (const o of outcomes) if (o.type !== 'report' || !o.item || (await source(o.item.sourceId))) kept.push(o);
    const batch: BatchItem[] = [];
    for (const o of kept) if (o.type === 'report') batch.push({ input: o.input, source: o.source });
    const saved = await saveReportsBatch(db, batch, now);
    let next = 0;

    for (const o of kept) {
      switch (o.type) {
        case 'report': {
          const result = saved[next++]!;
          counts[result.outcome]++;
          if (o.item) await updateFeed(o.item.sourceId, (f) => afterItem(f, o.item!.itemId, 'stored'));
          break;
        }
        case 'subscribe': {
          const existing = await db.sources.where('key').equals(o.feedUrl).first();
          let row: SourceRecord;
          if (existing?.feed) {
            row = (await source(existing.id!)) ?? existing;
          } else {
            const feed = newFeedState(o.feedUrl, o.feed, o.validators, now);
            row = existing
              ? { ...existing, kind: 'feed', feed }
              : // A feed names itself at any length; the corpus keeps what an export can bring back.
                { kind: 'feed', key: o.feedUrl, title: (o.feed.title || hostTitle(o.feedUrl)).slice(0, LIMITS.title), addedAt: now, feed };
            row.id = (await db.sources.put(row)) as number;
            counts.subscribed++;
          }
          sources.set(row.id!, row);
          const fresh = unseenItems(row.feed!.seen, o.feed.items);
          await updateFeed(row.id!, (f) => afterReading(f, o.feed, o.validators, fresh, now));
          tasks.push(...itemTasks(row.id!, fresh));
          break;
        }
        case 'feed-read': {
          const row = await source(o.sourceId);
          if (!row?.feed) break;
          const fresh = unseenItems(row.feed.seen, o.feed.items);
          await updateFeed(o.sourceId, (f) => afterReading(f, o.feed, o.validators, fresh, now));
          tasks.push(...itemTasks(o.sourceId, fresh));
          break;
        }
        case 'feed-unchanged':
          await updateFeed(o.sourceId, (f) => afterNotModified(f, now));
          break;
        case 'feed-failed':
          await updateFeed(o.sourceId, (f) => afterFailure(f, o.error, now, o.retryAfterMs));
          counts.failed++;
          errors.push({ error: o.error, target: o.target, sourceId: o.sourceId });
          break;
        case 'failed':
          counts.failed++;
          errors.push({ error: o.error, target: o.target, sourceId: o.item?.sourceId ?? null });
          if (o.item) await updateFeed(o.item.sourceId, (f) => afterItem(f, o.item!.itemId, o.item!.transient ? 'retry' : 'failed'));
          break;
        case 'skipped':
          break;
      }
    }
    if (sources.size) await db.sources.bulkPut([...sources.values()]);
    const updated: JobRecord = {
      ...job,
      tasks,
      total: tasks.length,
      cursor: job.cursor + outcomes.length,
      counts,
      errors: [...job.errors, ...errors].slice(0, MAX_JOB_ERRORS),
      updatedAt: now,
    };
    await db.jobs.put(updated);
    return updated;
  });
}

/** Ends a job: done, failed (with why) or cancelled. Staged files go with it. */
export async function finishJob(
  db: CorpusDb,
  jobId: number,
  status: 'done' | 'failed' | 'cancelled',
  now: number,
  error?: JobError,
): Promise<JobRecord | undefined> {
  return db.transaction('rw', [db.jobs, db.jobChunks], async () => {
    const job = await db.jobs.get(jobId);
    if (!job) return undefined;
    const updated: JobRecord = {
      ...job,
      status,
      updatedAt: now,
      errors: error ? [...job.errors, error].slice(0, MAX_JOB_ERRORS) : job.errors,
      counts: error ? { ...job.counts, failed: job.counts.failed + 1 } : job.counts,
    };
    await db.jobs.put(updated);
    await db.jobChunks.where('jobId').equals(jobId).delete();
    return updated;
  });
}

/** Marks a queued job running (or confirms a resumed one). */
export async function startJob(db: CorpusDb, jobId: number, now: number): Promise<JobRecord | undefined> {
  return db.transaction('rw', [db.jobs], async () => {
    const job = await db.jobs.get(jobId);
    if (!job || (job.status !== 'queued' && job.status !== 'running')) return undefined;
    const updated: JobRecord = { ...job, status: 'running', updatedAt: now };
    await db.jobs.put(updated);
    return updated;
  });
}

/** Moves an import from checking its file to storing it, now that the file is known good. */
export async function importChecked(db: CorpusDb, jobId: number, total: number, now: number): Promise<JobRecord> {
  return db.transaction('rw', [db.jobs], async () => {
    const job = await db.jobs.get(jobId);
    if (!job || job.status !== 'running') throw new JobGone();
    const updated: JobRecord = { ...job, phase: 'store', total, cursor: 0, updatedAt: now };
    await db.jobs.put(updated);
    return updated;
  });
}

/** Stores a batch of imported reports and moves the import's cursor, in one transaction. */
export async function commitImportBatch(db: CorpusDb, jobId: number, batch: readonly BatchItem[], now: number): Promise<JobRecord> {
  return db.transaction('rw', [db.reports, db.sources, db.keyBuckets, db.meta, db.jobs], async () => {
    const job = await db.jobs.get(jobId);
    if (!job || job.status !== 'running') throw new JobGone();
    const saved = await saveReportsBatch(db, batch, now);
    const counts = { ...job.counts };
    for (const r of saved) counts[r.outcome]++;
    const updated: JobRecord = { ...job, counts, cursor: job.cursor + batch.length, updatedAt: now };
    await db.jobs.put(updated);
    return updated;
  });
}
