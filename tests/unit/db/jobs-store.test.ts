import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { commitStaging, createJob, dismissJob, dropAbandonedStaging, feedsPending, nextRunnableJob, requestCancel, stageChunk } from '../../../lib/db/jobs-store.ts';

let db: CorpusDb;
beforeEach(async () => {
  db = new CorpusDb(`jobs-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('jobs store', () => {
  it('runs a job the worker was running before any queued one (resume first)', async () => {
    const a = await createJob(db, { kind: 'add', label: 'a', tasks: [{ type: 'url', url: 'https://a.example/' }] }, 1);
    const b = await createJob(db, { kind: 'refresh', label: 'b', tasks: [{ type: 'feed', sourceId: 3 }] }, 2);
    expect((await nextRunnableJob(db))?.id).toBe(a);
    await db.jobs.update(b, { status: 'running' });
    expect((await nextRunnableJob(db))?.id).toBe(b);
    expect([...(await feedsPending(db))]).toEqual([3]);
  });

  it('an import waits for all its pieces; an incomplete file does not run', async () => {
    const id = await createJob(db, { kind: 'import', label: 'x.jsonl' }, 1);
    expect(await nextRunnableJob(db)).toBeUndefined();
    await stageChunk(db, id, 0, 'a', 1);
    await expect(commitStaging(db, id, 2, 1)).rejects.toThrow(/incomplete/);
    await stageChunk(db, id, 1, 'b', 1);
    await commitStaging(db, id, 2, 1);
    expect(await nextRunnableJob(db)).toMatchObject({ id, status: 'queued', chunks: 2 });
    await expect(stageChunk(db, id, 2, 'late', 1)).rejects.toThrow(/no longer waiting/);
  });

  it('cancelling: a queued job ends at once with its staged file; a running one is asked to stop', async () => {
    const queued = await createJob(db, { kind: 'import', label: 'q' }, 1);
    await stageChunk(db, queued, 0, 'a', 1);
    expect(await requestCancel(db, queued, 2)).toMatchObject({ status: 'cancelled' });
    expect(await db.jobChunks.count()).toBe(0);
    const running = await createJob(db, { kind: 'add', label: 'r', tasks: [] }, 1);
    await db.jobs.update(running, { status: 'running' });
    expect(await requestCancel(db, running, 2)).toMatchObject({ status: 'running', cancelRequested: true });
    await dismissJob(db, running);
    expect(await db.jobs.get(running)).toBeDefined();
    await dismissJob(db, queued);
    expect(await db.jobs.get(queued)).toBeUndefined();
  });

  it('drops imports left staging by a page that went away', async () => {
    const old = await createJob(db, { kind: 'import', label: 'old' }, 0);
    await stageChunk(db, old, 0, 'a', 0);
    const fresh = await createJob(db, { kind: 'import', label: 'new' }, 3_500_000);
    expect(await dropAbandonedStaging(db, 3_600_001)).toBe(1);
    expect(await db.jobs.get(old)).toMatchObject({ status: 'cancelled' });
    expect(await db.jobs.get(fresh)).toMatchObject({ status: 'staging' });
    expect(await db.jobChunks.count()).toBe(0);
  });
});
