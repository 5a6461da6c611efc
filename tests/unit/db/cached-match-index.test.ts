import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import { CachedMatchIndex } from '../../../lib/db/cached-match-index.ts';
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { deleteReports, saveReport } from '../../../lib/db/corpus-store.ts';
import { type ReportInput } from '../../../lib/model/report.ts';
import { DexieMatchIndex } from '../../../lib/db/match-index.ts';
import { bucketOf } from '../../../lib/db/key-stats.ts';
import { saveReportsBatch } from '../../../lib/db/save-batch.ts';
import { dropDb, freshDb } from '../../support/corpus-helpers.ts';
import { findMatches } from '../../../lib/match/find-matches.ts';
import { reportKeys } from '../../../lib/match/report-keys.ts';

let db: CorpusDb;
let cache: CachedMatchIndex;

beforeEach(async () => {
  db = await freshDb();
  cache = new CachedMatchIndex(db);
});
afterEach(async () => {
  cache.close();
  await dropDb(db);
});

const corpus = generateCorpus({ reports: 80, seed: 9 });
const SRC = { kind: 'import' as const, key: 'k', title: 't' };

function input(i: number): ReportInput {
  const r = corpus[i];
  if (!r) throw new Error(`no report ${i}`);
  return {
    url: `https://news.example/${i}`, contentHash: `h${i}`, title: r.title, byline: null, siteName: null, lang: r.lang,
    publishedTime: r.publishedTime, publishedAt: Date.parse(r.publishedTime), text: r.text, excerpt: '', figures: [],
    keys: reportKeys({ ...r, figures: [] }), analysisVersion: 1,
  };
}

const plain = (ms: Awaited<ReturnType<typeof findMatches>>) => ms.map(({ report: _, ...m }) => m);

/** Dexie tells listeners of a commit after the transaction's promise settles: let it. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function query(i: number, ids: readonly number[]) {
  const q = input(i);
  return { keys: q.keys, publishedAt: q.publishedAt, exclude: [ids[i] ?? -1] };
}

describe('CachedMatchIndex', () => {
  it('finds what the IndexedDB index finds, and answers a repeated query from memory', async () => {
    const ids = (await saveReportsBatch(db, corpus.map((_, i) => ({ input: input(i), source: SRC })), 0)).map((r) => r.id);
    await settle();
    const direct = new DexieMatchIndex(db);
    for (const i of [0, 30, 79]) {
      expect(plain(await findMatches(await query(i, ids), cache))).toEqual(plain(await findMatches(await query(i, ids), direct)));
    }
    const held = cache.size;
    expect(held.buckets).toBeGreaterThan(0);
    expect(held.reports).toBeGreaterThan(0);
    // Nothing is read again: with the database closed, a repeated query still answers.
    db.close();
    expect((await findMatches(await query(30, ids), cache)).length).toBeGreaterThan(0);
    expect(cache.size).toEqual(held);
  });

  it('forgets what it read when a report is added or deleted, so the next query sees the change', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push((await saveReport(db, input(i), SRC, 0)).id);
    await settle();
    const key = input(0).keys[0] ?? '';
    const [before] = await cache.lookup([key], 300);
    expect(await cache.count()).toBe(20);

    const added = await saveReport(db, { ...input(0), url: 'https://other.example/copy', contentHash: 'copy' }, SRC, 1);
    await settle();
    const [afterAdd] = await cache.lookup([key], 300);
    expect(afterAdd?.df).toBe((before?.df ?? 0) + 1);
    expect(afterAdd?.ids).toContain(added.id);
    expect(await cache.count()).toBe(21);

    await deleteReports(db, [added.id, ids[0] ?? -1]);
    await settle();
    const [afterDelete] = await cache.lookup([key], 300);
    expect(afterDelete?.df).toBe((before?.df ?? 0) - 1);
    expect(afterDelete?.ids).not.toContain(ids[0]);
    expect(await cache.load([ids[0] ?? -1])).toEqual([]);
    expect(await cache.count()).toBe(19);
  });

  it('does not keep a read during which the corpus changed', async () => {
    for (let i = 0; i < 10; i++) await saveReport(db, input(i), SRC, 0);
    await settle();
    const keys = input(0).keys;
    const direct = await new DexieMatchIndex(db).lookup(keys, 300);
    // A commit is announced while the read is under way (as another context's write would be): the read answers
    // its own query, but what it read may predate the write, so it is not kept.
    const reading = cache.lookup(keys, 300);
    cache.clear();
    expect(await reading).toEqual(direct);
    expect(cache.size.buckets).toBe(0);
    const loading = cache.load([1, 2]);
    cache.clear();
    expect((await loading).map((r) => r.id)).toEqual([1, 2]);
    expect(cache.size.reports).toBe(0);
    // Read again with nothing in between: kept.
    await cache.lookup(keys, 300);
    expect(cache.size.buckets).toBe(new Set(keys.map(bucketOf)).size);
  });

  it('ignores writes to other databases', async () => {
    for (let i = 0; i < 5; i++) await saveReport(db, input(i), SRC, 0);
    await settle();
    await cache.lookup(input(0).keys, 300);
    const held = cache.size.buckets;
    const other = await freshDb();
    await saveReport(other, input(6), SRC, 0);
    await settle();
    expect(cache.size.buckets).toBe(held);
    await dropDb(other);
  });

  it('stays within its limits, dropping what it read first', async () => {
    const small = new CachedMatchIndex(db, { bucketBytes: 2_000, reports: 3 });
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) ids.push((await saveReport(db, input(i), SRC, 0)).id);
    await settle();
    const keys = [...new Set(corpus.slice(0, 10).flatMap((_, i) => input(i).keys))];
    expect(keys.length).toBeGreaterThan(10);
    const direct = await new DexieMatchIndex(db).lookup(keys, 300);
    expect(await small.lookup(keys, 300)).toEqual(direct);
    expect(small.size.bytes).toBeLessThanOrEqual(2_000);
    expect(small.size.buckets).toBeGreaterThan(0);
    expect((await small.load(ids)).map((r) => r.id)).toEqual(ids);
    expect(small.size.reports).toBe(3);
    small.close();
  });
});
