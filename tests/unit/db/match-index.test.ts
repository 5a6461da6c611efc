import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { deleteReports, saveReport } from '../../../lib/db/corpus-store.ts';
import { type ReportInput } from '../../../lib/model/report.ts';
import { DexieMatchIndex } from '../../../lib/db/match-index.ts';
import { REPORT_COUNT } from '../../../lib/db/report-count.ts';
import { findMatches } from '../../../lib/match/find-matches.ts';
import { MemoryMatchIndex } from '../../../lib/match/memory-index.ts';
import { reportKeys } from '../../../lib/match/report-keys.ts';

let db: CorpusDb;
let n = 0;

beforeEach(async () => {
  db = new CorpusDb(`match-index-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const corpus = generateCorpus({ reports: 120, seed: 3 });

function input(i: number): ReportInput {
  const r = corpus[i];
  if (!r) throw new Error(`no report ${i}`);
  return {
    url: `https://news.example/${i}`,
    contentHash: `h${i}`,
    title: r.title,
    byline: null,
    siteName: null,
    lang: r.lang,
    publishedTime: r.publishedTime,
    publishedAt: Date.parse(r.publishedTime),
    text: r.text,
    excerpt: '',
    figures: [],
    keys: reportKeys({ ...r, figures: [] }),
    analysisVersion: 1,
  };
}

describe('DexieMatchIndex', () => {
  it('finds in IndexedDB what the in-memory index finds', async () => {
    const memory = new MemoryMatchIndex();
    const ids: number[] = [];
    for (let i = 0; i < corpus.length; i++) {
      const { id } = await saveReport(db, input(i), { kind: 'import', key: 'bench', title: 'bench' }, 0);
      ids.push(id);
      const r = input(i);
      memory.add({ id, keys: r.keys, lang: r.lang, publishedAt: r.publishedAt });
    }
    const dexie = new DexieMatchIndex(db);
    expect(await dexie.count()).toBe(corpus.length);
    for (const i of [0, 40, 80, 119]) {
      const q = input(i);
      const query = { keys: q.keys, publishedAt: q.publishedAt, exclude: [ids[i] ?? -1] };
      const fromDb = await findMatches(query, dexie);
      const fromMemory = await findMatches(query, memory);
      const plain = (ms: typeof fromMemory) => ms.map(({ report: _, ...m }) => m);
      expect(plain(fromDb)).toEqual(plain(fromMemory));
      // Each match carries its whole stored record: showing it needs no second read.
      for (const m of fromDb) expect(m.report).toMatchObject({ id: m.id, url: `https://news.example/${m.id - (ids[0] ?? 1)}` });
    }
  });

  it('keeps document frequencies and postings current as reports are deleted', async () => {
    const saved = [];
    for (let i = 0; i < 10; i++) saved.push(await saveReport(db, input(i), { kind: 'import', key: 'k', title: 't' }, 0));
    const dexie = new DexieMatchIndex(db);
    const key = input(0).keys[0] ?? '';
    const [before] = await dexie.lookup([key], 300);
    expect(before?.ids).toContain(saved[0]?.id);
    await deleteReports(db, [saved[0]?.id ?? -1]);
    const [after] = await dexie.lookup([key], 300);
    expect(after?.df).toBe((before?.df ?? 0) - 1);
    expect(after?.ids).not.toContain(saved[0]?.id);
    expect(after?.ids.length).toBe(after?.df);
    expect(after?.complete).toBe(true);
    expect(await dexie.load([saved[0]?.id ?? -1])).toEqual([]);
    const [limited] = await dexie.lookup([key], 3);
    expect(limited?.ids.length).toBeLessThanOrEqual(3);
    expect(limited?.complete).toBe((after?.df ?? 0) <= 3);
  });

  it('counts reports without walking the store: the kept count, or the highest id', async () => {
    const saved = [];
    for (let i = 0; i < 5; i++) saved.push(await saveReport(db, input(i), { kind: 'import', key: 'k', title: 't' }, 0));
    const dexie = new DexieMatchIndex(db);
    expect(await dexie.count()).toBe(5);
    await deleteReports(db, [saved[1]?.id ?? -1]);
    expect(await dexie.count()).toBeGreaterThanOrEqual(4);
    expect(await dexie.count()).toBeLessThanOrEqual(5);
    await db.meta.put({ key: REPORT_COUNT, value: 4 });
    expect(await dexie.count()).toBe(4);
    expect(await new DexieMatchIndex(new CorpusDb(`empty-${n}`)).count()).toBe(0);
  });
});
