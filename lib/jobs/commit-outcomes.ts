import type { CorpusDb } from '../db/corpus-db.ts';
import { JobGone } from '../db/jobs-store.ts';
import { saveReportsBatch, type BatchItem } from '../db/save-batch.ts';
import type { JobError, JobRecord } from '../model/job.ts';
import { LIMITS, MAX_JOB_ERRORS } from '../model/limits.ts';
import type { FeedState, SourceRecord } from '../model/source.ts';
import { afterFailure, afterItem, afterNotModified, afterReading, itemTasks, newFeedState, unseenItems } from '../sources/feed-updates.ts';
import type { TaskOutcome } from '../sources/task-outcome.ts';

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
