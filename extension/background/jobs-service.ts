import { browser } from 'wxt/browser';
import type { JobRecord } from '../../lib/model/job.ts';
import { dismissJob, dropAbandonedStaging, nextRunnableJob, recentJobs, requestCancel } from '../../lib/db/jobs-store.ts';
import { finishJob } from '../../lib/db/jobs-store.ts';
import type { JobView } from '../../lib/protocol/options-views.ts';
import { ensureConceptLexicons } from './concept-lexicons.ts';
import { runJob } from '../../lib/jobs/run-job.ts';
import { sourceError } from '../../lib/model/source-error.ts';
import { originPattern } from '../../lib/sources/url-list.ts';
import { corpus } from './corpus.ts';

/** While jobs are pending, this alarm wakes a stopped service worker so that they resume. */
const JOBS_ALARM = 'parallax:jobs';
/** Any extension API call keeps a service worker alive; one every 20 s while work is under way. */
const KEEP_ALIVE_MS = 20_000;

type JobListener = (job: JobRecord) => void;

let draining: Promise<void> | null = null;
let again = false;
const controllers = new Map<number, AbortController>();
const finishedListeners: JobListener[] = [];

/** Called after each job ends (feeds are rescheduled, the corpus listing is refreshed). */
export function onJobFinished(listener: JobListener): void {
  finishedListeners.push(listener);
}

async function canFetch(url: string): Promise<boolean> {
  const origin = originPattern(url);
  if (!origin) return false;
  try {
    return await browser.permissions.contains({ origins: [origin] });
  } catch {
    return false;
  }
}

async function drain(): Promise<void> {
  await ensureConceptLexicons();
  const db = corpus();
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), KEEP_ALIVE_MS);
  await browser.alarms.create(JOBS_ALARM, { periodInMinutes: 0.5 });
  // A job that comes back after it ran is stuck (its storage keeps failing): it is failed, not retried forever.
  const ran = new Set<number>();
  try {
    do {
      again = false;
      for (let job = await nextRunnableJob(db); job; job = await nextRunnableJob(db)) {
        const id = job.id!;
        if (ran.has(id)) {
          await finishJob(db, id, 'failed', Date.now(), { error: sourceError('failed', 'stuck'), target: job.label, sourceId: null });
          continue;
        }
        ran.add(id);
        const controller = new AbortController();
        controllers.set(id, controller);
        try {
          const ended = await runJob(id, { db, fetch: (u, init) => fetch(u, init), canFetch, now: Date.now, signal: controller.signal });
          if (ended) for (const listener of finishedListeners) listener(ended);
        } catch (error) {
          console.error('Parallax: job', id, 'failed', error);
        } finally {
          controllers.delete(id);
        }
      }
    } while (again);
  } finally {
    clearInterval(keepAlive);
    await browser.alarms.clear(JOBS_ALARM);
  }
}

/** Runs pending jobs, one at a time, unless they are running already. */
export function kickJobs(): void {
  again = true;
  draining ??= drain().finally(() => {
    draining = null;
  });
}

/** Asks a job to stop: at once for its fetches under way, after its current batch for its storage. */
export async function cancelJob(jobId: number): Promise<boolean> {
  const job = await requestCancel(corpus(), jobId, Date.now());
  controllers.get(jobId)?.abort();
  return job !== undefined;
}

export async function removeJob(jobId: number): Promise<void> {
  await dismissJob(corpus(), jobId);
}

export async function listJobs(): Promise<JobView[]> {
  return (await recentJobs(corpus(), 20)).map((j) => ({
    id: j.id!,
    kind: j.kind,
    status: j.status,
    label: j.label,
    createdAt: j.createdAt,
    updatedAt: j.updatedAt,
    cursor: j.cursor,
    total: j.total,
    phase: j.phase,
    counts: j.counts,
    errors: j.errors.slice(0, 50),
    cancelRequested: j.cancelRequested,
  }));
}

/**
 * Registers the jobs alarm's listener (synchronously, in the worker's first turn) and resumes what a stopped worker
 * left: jobs marked running go on from their cursor.
 */
export function startJobs(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === JOBS_ALARM) kickJobs();
  });
  void dropAbandonedStaging(corpus(), Date.now())
    .catch(() => 0)
    .then(() => kickJobs());
}
