import type { JobView } from '../lib/protocol/options-views.ts';
import { errorText } from '../lib/sources/error-text.ts';
import type { Translate } from './strings.ts';

const ACTIVE = new Set(['staging', 'queued', 'running']);

function statusText(job: JobView, t: Translate): string {
  switch (job.status) {
    case 'staging':
      return t('jobStaging', 'Reading the file…');
    case 'queued':
      return t('jobQueued', 'Waiting…');
    case 'running':
      if (job.cancelRequested) return t('jobCancelling', 'Stopping…');
      return job.kind === 'import' && job.phase === 'check' ? t('jobChecking', 'Checking the file…') : t('jobRunning', 'Working…');
    case 'done':
      return t('jobDone', 'Done.');
    case 'failed':
      return t('jobFailed', 'Failed.');
    case 'cancelled':
      return t('jobCancelled', 'Cancelled.');
  }
}

function countsText(job: JobView, t: Translate): string {
  const c = job.counts;
  const parts = [t('jobProgress', `${job.cursor} of ${job.total}`, [String(job.cursor), String(job.total)])];
  if (c.added) parts.push(t('jobAdded', `${c.added} added`, [String(c.added)]));
  if (c.updated) parts.push(t('jobUpdated', `${c.updated} updated`, [String(c.updated)]));
  if (c.unchanged) parts.push(t('jobUnchanged', `${c.unchanged} already in the corpus`, [String(c.unchanged)]));
  if (c.subscribed) parts.push(t('jobSubscribed', `${c.subscribed} feed(s) subscribed`, [String(c.subscribed)]));
  if (c.failed) parts.push(t('jobFailedCount', `${c.failed} failed`, [String(c.failed)]));
  return parts.join(' · ');
}

export interface JobsProps {
  jobs: JobView[];
  t: Translate;
  onCancel: (jobId: number) => void;
  onDismiss: (jobId: number) => void;
  /** For errors that need a host permission: asked from the click. */
  onAllow: (origin: string, retry: { sourceId: number | null; url: string }) => void;
}

/** Long work under way and just finished: a progress bar with counts, cancellable, with its errors. */
export function OptionsJobs({ jobs, t, onCancel, onDismiss, onAllow }: JobsProps) {
  if (!jobs.length) return null;
  return (
    <section class="card" aria-labelledby="jobs-h">
      <h2 id="jobs-h">{t('optJobsHeading', 'Work in progress')}</h2>
      <ul class="jobs">
        {jobs.map((job) => {
          const active = ACTIVE.has(job.status);
          const determinate = job.total > 0 && !(job.kind === 'import' && job.phase === 'check');
          return (
            <li key={job.id} class={`job job-${job.status}`} data-testid="job-item" data-job-id={job.id} data-kind={job.kind} data-status={job.status}>
              <div class="job-head">
                <span class="job-label">{job.label}</span>
                <span class="job-status" data-testid="job-status">{statusText(job, t)}</span>
              </div>
              {determinate ? (
                <progress data-testid="job-progress" max={job.total} value={job.cursor} />
              ) : active ? (
                <progress data-testid="job-progress" />
              ) : null}
              <div class="job-counts" data-testid="job-counts">{countsText(job, t)}</div>
              {job.errors.length ? (
                <ul class="job-errors">
                  {job.errors.map((e, i) => (
                    <li key={i} data-testid="job-error" data-code={e.error.code} class="error">
                      {e.target && e.target !== job.label ? <span class="target">{e.target}: </span> : null}
                      {errorText(e.error, t)}
                      {e.error.code === 'permission' ? (
                        <button type="button" class="link" data-testid="job-allow" onClick={() => onAllow(e.error.params[0] ?? '', { sourceId: e.sourceId, url: e.target })}>
                          {t('optAllow', 'Allow and retry')}
                        </button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              <div class="row">
                {active ? (
                  <button type="button" class="secondary" data-testid="job-cancel" disabled={job.cancelRequested} onClick={() => onCancel(job.id)}>
                    {t('optCancel', 'Cancel')}
                  </button>
                ) : (
                  <button type="button" class="link" data-testid="job-dismiss" onClick={() => onDismiss(job.id)}>
                    {t('optDismiss', 'Dismiss')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
