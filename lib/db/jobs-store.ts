import type { CorpusDb } from './corpus-db.ts';
import { emptyCounts, type JobKind, type JobRecord, type JobStatus, type JobTask } from './job-records.ts';

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
