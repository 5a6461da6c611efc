import type { CorpusDb } from '../db/corpus-db.ts';
import { commitStaging, createJob, requestCancel, stageChunk } from '../db/jobs-store.ts';
import { IMPORT_PIECE_CHARS } from '../model/limits.ts';
import { attempt, type Outcome, type SourceError } from '../model/source-error.ts';

/** The background's steps of staging an import file; the options page reaches them through messages. */
export interface StagingSteps {
  begin(name: string, size: number): Promise<Outcome<{ jobId: number }>>;
  chunk(jobId: number, seq: number, text: string): Promise<Outcome>;
  commit(jobId: number, chunks: number): Promise<Outcome>;
  cancel(jobId: number): Promise<unknown>;
}

/** A staging step that failed, or text that could not be read: why, for the reader. */
export class StagingFailed extends Error {
  constructor(readonly error: SourceError) {
    super(error.code);
  }
}

/** Text cut into pieces of `size` characters (the last one shorter), whatever the pieces it arrives in. */
export async function* importPieces(text: AsyncIterable<string> | Iterable<string>, size = IMPORT_PIECE_CHARS): AsyncGenerator<string> {
  let buffer = '';
  for await (const chunk of text) {
    buffer += chunk;
    while (buffer.length >= size) {
      yield buffer.slice(0, size);
      buffer = buffer.slice(size);
    }
  }
  if (buffer) yield buffer;
}

/**
 * Stages an export file piece by piece, then lets its import job run. A step that fails (or text that throws
 * StagingFailed) cancels the job, which frees what was staged, and is the answer; other errors cancel and rethrow.
 */
export async function stageExport(name: string, size: number, text: AsyncIterable<string> | Iterable<string>, steps: StagingSteps): Promise<Outcome<{ jobId: number }>> {
  const begun = await steps.begin(name, size);
  if (!begun.ok) return begun;
  const { jobId } = begun;
  let seq = 0;
  try {
    for await (const piece of importPieces(text)) {
      const sent = await steps.chunk(jobId, seq++, piece);
      if (!sent.ok) throw new StagingFailed(sent.error);
    }
    const committed = await steps.commit(jobId, seq);
    if (!committed.ok) throw new StagingFailed(committed.error);
    return { ok: true, jobId };
  } catch (error) {
    await steps.cancel(jobId).catch(() => undefined);
    if (error instanceof StagingFailed) return { ok: false, error: error.error };
    throw error;
  }
}

/** The steps as the background runs them on the corpus: a failure is an answer; a piece that cannot be stored ends the import. */
export function corpusStaging(db: CorpusDb, now: () => number): StagingSteps {
  return {
    begin: (name) => attempt(async () => ({ jobId: await createJob(db, { kind: 'import', label: name }, now()) })),
    chunk: (jobId, seq, text) =>
      attempt(
        async () => (await stageChunk(db, jobId, seq, text, now()), {}),
        () => requestCancel(db, jobId, now()),
      ),
    commit: (jobId, chunks) => attempt(async () => (await commitStaging(db, jobId, chunks, now()), {})),
    cancel: (jobId) => requestCancel(db, jobId, now()),
  };
}

/** Stages an export's text as the options page does, with the background's steps on `db`: the import job's id, queued. */
export async function stagedImport(db: CorpusDb, name: string, text: AsyncIterable<string> | Iterable<string>, now: number): Promise<number> {
  const staged = await stageExport(name, 0, text, corpusStaging(db, () => now));
  if (!staged.ok) throw new StagingFailed(staged.error);
  return staged.jobId;
}
