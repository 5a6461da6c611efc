import type { CorpusDb } from '../db/corpus-db.ts';
import { commitStaging, createJob, stageChunk } from '../db/jobs-store.ts';

/** Pieces of this size (characters) are staged one at a time: well under a message's limit. */
export const STAGE_CHUNK_CHARS = 2 * 1024 * 1024;

/**
 * Stages an export's text as an import job, as the options page does piece by piece through messages; for Node
 * (tests, the bench). Returns the job's id, queued.
 */
export async function stageImport(db: CorpusDb, label: string, pieces: Iterable<string> | AsyncIterable<string>, now: number): Promise<number> {
  const jobId = await createJob(db, { kind: 'import', label }, now);
  let seq = 0;
  for await (const piece of pieces) {
    for (let i = 0; i < piece.length; i += STAGE_CHUNK_CHARS) {
      await stageChunk(db, jobId, seq++, piece.slice(i, i + STAGE_CHUNK_CHARS), now);
    }
  }
  await commitStaging(db, jobId, seq, now);
  return jobId;
}
