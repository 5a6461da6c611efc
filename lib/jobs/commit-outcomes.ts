import type { CorpusDb } from '../db/corpus-db.ts';
import { commitJobBatch } from '../db/jobs-store.ts';
import type { BatchItem } from '../db/save-batch.ts';
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
  return commitJobBatch(db, jobId, now, async (batch) => {
    const { job } = batch;
    const updateFeed = async (id: number, update: (feed: FeedState) => FeedState) => {
      const row = await batch.source(id);
      if (row?.feed) batch.setSource({ ...row, id, feed: update(row.feed) });
    };
    const errors: JobError[] = [];
    const counts = { ...job.counts };
    const tasks = [...job.tasks];

    // An item whose feed was deleted while it was being fetched is dropped: it would bring the source back.
    const kept: TaskOutcome[] = [];
    for (const o of outcomes) if (o.type !== 'report' || !o.item || (await batch.source(o.item.sourceId))) kept.push(o);
    const reports: BatchItem[] = [];
    for (const o of kept) if (o.type === 'report') reports.push({ input: o.input, source: o.source });
    const saved = await batch.saveReports(reports);
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
          const existing = await batch.sourceByKey(o.feedUrl);
          let row: SourceRecord;
          if (existing?.feed) {
            row = existing;
          } else {
            const feed = newFeedState(o.feedUrl, o.feed, o.validators, now);
            row = existing
              ? { ...existing, kind: 'feed', feed }
              : // A feed names itself at any length; the corpus keeps what an export can bring back.
                { kind: 'feed', key: o.feedUrl, title: (o.feed.title || hostTitle(o.feedUrl)).slice(0, LIMITS.title), addedAt: now, feed };
            row.id = await batch.putSource(row);
            counts.subscribed++;
          }
          const id = row.id!;
          batch.setSource({ ...row, id });
          const fresh = unseenItems(row.feed!.seen, o.feed.items);
          await updateFeed(id, (f) => afterReading(f, o.feed, o.validators, fresh, now));
          tasks.push(...itemTasks(id, fresh));
          break;
        }
        case 'feed-read': {
          const row = await batch.source(o.sourceId);
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
    const updated: JobRecord = {
      ...job,
      tasks,
      total: tasks.length,
      cursor: job.cursor + outcomes.length,
      counts,
      errors: [...job.errors, ...errors].slice(0, MAX_JOB_ERRORS),
      updatedAt: now,
    };
    return updated;
  });
}
