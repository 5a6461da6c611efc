import { commitImportBatch, finishJob, importChecked, stagedChunks } from '../db/jobs-store.ts';
import type { BatchItem } from '../db/save-batch.ts';
import type { JobRecord } from '../model/job.ts';
import type { SourceInput } from '../model/source.ts';
import { ExportReader } from '../transfer/export-reader.ts';
import { LineSplitter } from '../transfer/line-splitter.ts';
import { TransferError } from '../transfer/transfer-error.ts';
import type { RunDeps } from './job-deps.ts';
import { yieldToEventLoop } from '../util/yield.ts';

/**
 * Reports stored per transaction by imports (and the bench's adding rows): each commit costs Chromium's IndexedDB more
 * as the database grows, so fewer, larger transactions cost less per report (docs/benchmarks.md has the measurements).
 */
export const DEFAULT_IMPORT_BATCH = 2000;

/**
 * Reports read between two looks at the event loop: a report of an earlier analysis version is analysed again as
 * it is read (a few ms), and the worker must answer the popup meanwhile.
 */
const PAUSE_EVERY = 10;

/** Every line of the staged file, in order, with its number. */
async function* lines(deps: RunDeps, job: JobRecord): AsyncGenerator<[string, number]> {
  const splitter = new LineSplitter();
  for await (const piece of stagedChunks(deps.db, job.id!, job.chunks)) yield* splitter.push(piece);
  yield* splitter.end();
}

/**
 * Imports a staged export. First the whole file is checked, so that a malformed or truncated file stores nothing;
 * then reports are stored in batches, each in one transaction with the cursor. A resumed import skips the reports
 * before its cursor (stored already) and goes on.
 */
export async function runImport(start: JobRecord, deps: RunDeps): Promise<JobRecord | undefined> {
  const { db, now } = deps;
  const jobId = start.id!;
  let job = start;
  const fail = (error: TransferError) => finishJob(db, jobId, 'failed', now(), { error: error.error, target: job.label, sourceId: null });
  if (job.phase === 'check') {
    const reader = new ExportReader();
    try {
      for await (const [line, n] of lines(deps, job)) reader.read(line, n, 'check');
      reader.finish();
    } catch (error) {
      if (error instanceof TransferError) return fail(error);
      throw error;
    }
    if (deps.signal?.aborted) return finishJob(db, jobId, 'cancelled', now());
    job = await importChecked(db, jobId, reader.reports, now());
    deps.onProgress?.(job);
  }
  const batchSize = Math.max(1, deps.importBatchSize ?? DEFAULT_IMPORT_BATCH);
  const fallback: SourceInput = { kind: 'import', key: `import:${job.label}`, title: job.label };
  const sources = new Map<number, SourceInput>();
  const reader = new ExportReader();
  let batch: BatchItem[] = [];
  let sincePause = 0;
  const pause = deps.pause ?? yieldToEventLoop;
  const flush = async () => {
    if (!batch.length) return;
    job = await commitImportBatch(db, jobId, batch, now());
    batch = [];
    deps.onProgress?.(job);
  };
  try {
    for await (const [line, n] of lines(deps, job)) {
      const entry = reader.read(line, n, reader.reports < job.cursor ? 'skip' : 'store');
      if (!entry) continue;
      if (entry.type === 'source') {
        sources.set(entry.ref, entry.source);
        continue;
      }
      batch.push({ input: entry.report, source: (entry.sourceRef !== null ? sources.get(entry.sourceRef) : undefined) ?? fallback });
      if (++sincePause >= PAUSE_EVERY) {
        sincePause = 0;
        await pause();
      }
      if (batch.length >= batchSize) {
        await flush();
        if (job.cancelRequested || deps.signal?.aborted) return finishJob(db, jobId, 'cancelled', now());
      }
    }
    reader.finish();
    await flush();
  } catch (error) {
    // The file was checked whole; only a file changed under us could fail here.
    if (error instanceof TransferError) return fail(error);
    throw error;
  }
  return finishJob(db, jobId, job.cancelRequested ? 'cancelled' : 'done', now());
}
