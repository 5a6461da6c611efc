import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { stagedChunks } from '../../../lib/db/jobs-store.ts';
import { sourceError } from '../../../lib/model/source-error.ts';
import { corpusStaging, importPieces, stageExport, StagingFailed, type StagingSteps } from '../../../lib/transfer/import-staging.ts';
import { dropDb, freshDb } from '../../support/corpus-helpers.ts';

const open: CorpusDb[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await dropDb(d);
});
async function db(): Promise<CorpusDb> {
  const d = await freshDb();
  open.push(d);
  return d;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('import pieces', () => {
  it('cuts text into pieces of the size asked, whatever the pieces it arrives in', async () => {
    expect(await all(importPieces(['abcde', 'fg', '', 'hijklmnop'], 4))).toEqual(['abcd', 'efgh', 'ijkl', 'mnop']);
    expect(await all(importPieces(['abc'], 4))).toEqual(['abc']);
    expect(await all(importPieces([], 4))).toEqual([]);
  });
});

describe('staging an export', () => {
  it('stages every piece in order and queues the import', async () => {
    const corpus = await db();
    const text = 'x'.repeat(10);
    const staged = await stageExport('a.parallax.jsonl', 10, [text.slice(0, 3), text.slice(3)], corpusStaging(corpus, () => 5));
    if (!staged.ok) throw new Error('not staged');
    const job = await corpus.jobs.get(staged.jobId);
    expect(job).toMatchObject({ kind: 'import', status: 'queued', label: 'a.parallax.jsonl', chunks: 1 });
    expect((await all(stagedChunks(corpus, staged.jobId, 1))).join('')).toBe(text);
  });

  it('a piece the background refuses cancels the import, which frees what was staged, and is the answer', async () => {
    const corpus = await db();
    const real = corpusStaging(corpus, () => 5);
    let pieces = 0;
    const steps: StagingSteps = {
      ...real,
      chunk: async (jobId, seq, text) => (++pieces === 2 ? { ok: false, error: sourceError('quota') } : real.chunk(jobId, seq, text)),
    };
    const big = 'y'.repeat(2 * 1024 * 1024 + 10);
    const staged = await stageExport('b.parallax.jsonl', big.length, [big], steps);
    expect(staged).toEqual({ ok: false, error: sourceError('quota') });
    const [job] = await corpus.jobs.toArray();
    expect(job?.status).toBe('cancelled');
    expect(await corpus.jobChunks.count()).toBe(0);
  });

  it('text that cannot be read cancels the import; other errors cancel it and are thrown', async () => {
    const corpus = await db();
    async function* unreadable(): AsyncGenerator<string> {
      yield 'abc';
      throw new StagingFailed(sourceError('encoding', '?'));
    }
    expect(await stageExport('c.jsonl', 3, unreadable(), corpusStaging(corpus, () => 5))).toEqual({ ok: false, error: sourceError('encoding', '?') });
    async function* broken(): AsyncGenerator<string> {
      yield 'abc';
      throw new Error('disk gone');
    }
    await expect(stageExport('d.jsonl', 3, broken(), corpusStaging(corpus, () => 5))).rejects.toThrow('disk gone');
    expect((await corpus.jobs.toArray()).map((j) => j.status)).toEqual(['cancelled', 'cancelled']);
  });
});
