import type { CorpusDb } from './corpus-db.ts';
import { emptyCounts, type JobError, type JobKind, type JobRecord, type JobStatus, type JobTask } from '../model/job.ts';
import { MAX_JOB_ERRORS } from '../model/limits.ts';
import type { SourceRecord } from '../model/source.ts';
import { saveReportsBatch, type BatchItem, type BatchResult } from './save-batch.ts';

export const ACTIVE_STATUSES: readonly JobStatus[] = ['staging', 'queued', 'running'];

export function isActive(job: JobRecord): boolean {
  return ACTIVE_STATUSES.includes(job.status);
}

/** A new job; add and refresh jobs start queued, imports start staging (their file is still arriving). */
export async function createJob(
  db: CorpusDb,
  init: { kind: JobKind; label: string; tasks?: JobTask[] },
  now: number,
): Promise<number> {
  const tasks = init.tasks ?? [];
  const job: JobRecord = {
    kind: init.kind,
    status: init.kind === 'import' ? 'staging' : 'queued',
    label: init.label,
    createdAt: now,
    updatedAt: now,
    tasks,
    cursor: 0,
    total: tasks.length,
    phase: init.kind === 'import' ? 'check' : null,
    chunks: 0,
    counts: emptyCounts(),
    errors: [],
    cancelRequested: false,
  };
  return (await db.jobs.add(job)) as number;
}

/** The job to run next: one the worker was running when it stopped, else the oldest queued. */
export async function nextRunnableJob(db: CorpusDb): Promise<JobRecord | undefined> {
  const running = await db.jobs.where('status').equals('running').first();
  if (running) return running;
  return db.jobs.where('status').equals('queued').first();
}

/** The newest jobs first. */
export async function recentJobs(db: CorpusDb, limit = 20): Promise<JobRecord[]> {
  return db.jobs.orderBy(':id').reverse().limit(limit).toArray();
}

/** Stages one piece of an import file. Pieces may arrive again (a retried message): the last copy wins. */
export async function stageChunk(db: CorpusDb, jobId: number, seq: number, text: string, now: number): Promise<void> {
  await db.transaction('rw', [db.jobs, db.jobChunks], async () => {
    const job = await db.jobs.get(jobId);
    if (!job || job.status !== 'staging') throw new Error('This import is no longer waiting for its file.');
    await db.jobChunks.put({ jobId, seq, text });
    await db.jobs.update(jobId, { updatedAt: now });
  });
}

/** The file is complete: the import may run. */
export async function commitStaging(db: CorpusDb, jobId: number, chunks: number, now: number): Promise<void> {
  await db.transaction('rw', [db.jobs, db.jobChunks], async () => {
    const job = await db.jobs.get(jobId);
    if (!job || job.status !== 'staging') throw new Error('This import is no longer waiting for its file.');
    const staged = await db.jobChunks.where('jobId').equals(jobId).count();
    if (staged !== chunks) throw new Error(`The file arrived incomplete (${staged} of ${chunks} pieces).`);
    await db.jobs.update(jobId, { status: 'queued', chunks, updatedAt: now });
  });
}

/** The staged pieces of an import, in order, one at a time (a 50 MB file is never held twice). */
export async function* stagedChunks(db: CorpusDb, jobId: number, count: number): AsyncGenerator<string> {
  for (let seq = 0; seq < count; seq++) {
    const chunk = await db.jobChunks.get([jobId, seq]);
    if (!chunk) throw new Error(`piece ${seq} of the staged file is missing`);
    yield chunk.text;
  }
}

export async function dropChunks(db: CorpusDb, jobId: number): Promise<void> {
  await db.jobChunks.where('jobId').equals(jobId).delete();
}

/** Asks a job to stop after its current batch; a job still staging or queued stops at once. */
export async function requestCancel(db: CorpusDb, jobId: number, now: number): Promise<JobRecord | undefined> {
  return db.transaction('rw', [db.jobs, db.jobChunks], async () => {
    const job = await db.jobs.get(jobId);
    if (!job || !isActive(job)) return job;
    if (job.status === 'running') {
      await db.jobs.update(jobId, { cancelRequested: true, updatedAt: now });
    } else {
      await db.jobs.update(jobId, { status: 'cancelled', cancelRequested: true, updatedAt: now });
      await db.jobChunks.where('jobId').equals(jobId).delete();
    }
    return db.jobs.get(jobId);
  });
}

/** Removes a finished job from the list. */
export async function dismissJob(db: CorpusDb, jobId: number): Promise<void> {
  await db.transaction('rw', [db.jobs, db.jobChunks], async () => {
    const job = await db.jobs.get(jobId);
    if (!job || isActive(job)) return;
    await db.jobs.delete(jobId);
    await db.jobChunks.where('jobId').equals(jobId).delete();
  });
}

/** Imports left staging by a page that went away (closed mid-upload) are dropped after a while. */
export async function dropAbandonedStaging(db: CorpusDb, now: number, maxAgeMs = 60 * 60 * 1000): Promise<number> {
  const stale = await db.jobs.where('status').equals('staging').filter((j) => now - j.updatedAt > maxAgeMs).toArray();
  for (const job of stale) {
    await db.transaction('rw', [db.jobs, db.jobChunks], async () => {
      await db.jobs.update(job.id!, { status: 'cancelled', updatedAt: now });
      await db.jobChunks.where('jobId').equals(job.id!).delete();
    });
  }
  return stale.length;
}

/** Feeds that an active job will read anyway: a second refresh of them is not queued. */
export async function feedsPending(db: CorpusDb): Promise<Set<number>> {
  const pending = new Set<number>();
  const jobs = await db.jobs.where('status').anyOf(['queued', 'running']).toArray();
  for (const job of jobs) {
    for (const task of job.tasks.slice(job.cursor)) if (task.type === 'feed') pending.add(task.sourceId);
  }
  return pending;
}

export function getJob(db: CorpusDb, id: number): Promise<JobRecord | undefined> {
  return db.jobs.get(id);
}

/** The job is no longer running (cancelled and finished elsewhere, or dismissed): its batch is not stored. */
export class JobGone extends Error {}

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

/** A running job's batch as it is stored: the sources it reads and changes, and the reports it stores. */
export interface JobBatch {
  job: JobRecord;
  /** A source as the batch has left it so far. */
  source(id: number): Promise<SourceRecord | undefined>;
  /** The source with this key, as the batch has left it so far. */
  sourceByKey(key: string): Promise<SourceRecord | undefined>;
  /** Changes a source; written when the batch commits. */
  setSource(row: SourceRecord & { id: number }): void;
  /** Adds (or replaces) a source at once, for its id. */
  putSource(row: SourceRecord): Promise<number>;
  saveReports(items: readonly BatchItem[]): Promise<BatchResult[]>;
}

/**
 * Runs a step of a running job in one transaction with all it stores: the sources it changed and the job as the
 * step returns it are written when it ends, or nothing is. Throws JobGone when the job no longer runs.
 */
export async function commitJobBatch(db: CorpusDb, jobId: number, now: number, step: (batch: JobBatch) => Promise<JobRecord>): Promise<JobRecord> {
  return db.transaction('rw', [db.reports, db.sources, db.keyBuckets, db.meta, db.jobs], async () => {
    const job = await db.jobs.get(jobId);
    if (!job || job.status !== 'running') throw new JobGone();
    const changed = new Map<number, SourceRecord>();
    const source = async (id: number): Promise<SourceRecord | undefined> => {
      if (!changed.has(id)) {
        const row = await db.sources.get(id);
        if (row) changed.set(id, row);
      }
      return changed.get(id);
    };
    const updated = await step({
      job,
      source,
      sourceByKey: async (key) => {
        const stored = await db.sources.where('key').equals(key).first();
        return stored?.id === undefined ? undefined : ((await source(stored.id)) ?? stored);
      },
      setSource: (row) => void changed.set(row.id, row),
      putSource: async (row) => (await db.sources.put(row)) as number,
      saveReports: (items) => saveReportsBatch(db, items, now),
    });
    if (changed.size) await db.sources.bulkPut([...changed.values()]);
    await db.jobs.put(updated);
    return updated;
  });
}
