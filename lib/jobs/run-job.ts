import { finishJob, getJob, JobGone, startJob } from '../db/jobs-store.ts';
import { getSource } from '../db/sources-store.ts';
import type { JobRecord } from '../model/job.ts';
import { storageError } from '../model/source-error.ts';
import { prepareTask, type PrepareDeps } from '../sources/prepare-task.ts';
import { commitOutcomes } from './commit-outcomes.ts';
import { runImport } from './import-job.ts';
import type { RunDeps } from './job-deps.ts';

const DEFAULT_CONCURRENCY = 4;

/**
 * Runs a job from where it stands (its cursor) to its end, a batch at a time, each batch stored in one transaction
 * with the cursor. Safe to call again on a job whose worker died: it resumes. Returns the job as it ended, or
 * undefined when it was not runnable.
 */
export async function runJob(jobId: number, deps: RunDeps): Promise<JobRecord | undefined> {
  const { db, now } = deps;
  let job = await startJob(db, jobId, now());
  if (!job) return undefined;
  try {
    if (job.kind === 'import') return await runImport(job, deps);
    const concurrency = Math.max(1, deps.concurrency ?? DEFAULT_CONCURRENCY);
    const prepareDeps: PrepareDeps = { ...deps, getSource: (id) => getSource(db, id) };
    while (job.cursor < job.tasks.length) {
      if (job.cancelRequested || deps.signal?.aborted) return await finishJob(db, jobId, 'cancelled', now());
      const batch = job.tasks.slice(job.cursor, job.cursor + concurrency);
      const outcomes = await Promise.all(batch.map((task) => prepareTask(task, prepareDeps)));
      // Fetches cut short by a cancel are no failures of the source: store nothing of this batch.
      if (deps.signal?.aborted) return await finishJob(db, jobId, 'cancelled', now());
      job = await commitOutcomes(db, jobId, outcomes, now());
      deps.onProgress?.(job);
    }
    return await finishJob(db, jobId, job.cancelRequested ? 'cancelled' : 'done', now());
  } catch (error) {
    if (error instanceof JobGone) return getJob(db, jobId);
    return finishJob(db, jobId, 'failed', now(), { error: storageError(error), target: job.label, sourceId: null });
  }
}
