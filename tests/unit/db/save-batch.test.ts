import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { saveReport } from '../../../lib/db/corpus-store.ts';
import { type ReportInput } from '../../../lib/model/report.ts';
import { type SourceInput } from '../../../lib/model/source.ts';
import { saveReportsBatch } from '../../../lib/db/save-batch.ts';
import { keyStatsOf } from '../../../lib/db/key-stats.ts';
import { keyStoreViolations } from '../../support/corpus-invariants.ts';

let n = 0;
const dbs: CorpusDb[] = [];
const open = async () => {
  const db = new CorpusDb(`batch-${++n}-${Math.random()}`);
  await db.open();
  dbs.push(db);
  return db;
};
beforeEach(() => {
  dbs.length = 0;
});
afterEach(async () => {
  for (const db of dbs) {
    db.close();
    await db.delete();
  }
});

function report(i: number, over: Partial<ReportInput> = {}): ReportInput {
  return {
    url: `https://a.example/${i}`, contentHash: `h${i}`, title: `T${i}`, byline: null, siteName: 'A', lang: 'en',
    publishedTime: null, publishedAt: null, text: `Text ${i}`, excerpt: '', figures: [], keys: [`k:${i % 3}`, 'k:all'],
    analysisVersion: 1, ...over,
  };
}
const SRC: SourceInput = { kind: 'import', key: 'import:x', title: 'x' };

/** The corpus without its ids and times: postings name reports by URL (a batch may number its reports otherwise). */
async function snapshot(db: CorpusDb) {
  const rows = await db.reports.toArray();
  const urlOf = new Map(rows.map((r) => [r.id, r.url]));
  const reports = rows.map(({ id: _id, addedAt: _a, updatedAt: _u, sourceId: _s, ...r }) => r).sort((a, b) => a.url.localeCompare(b.url));
  const stats = keyStatsOf(await db.keyBuckets.toArray())
    .map((s) => ({ ...s, ids: s.ids.map((id) => urlOf.get(id) ?? `missing ${id}`).sort() }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return { reports, stats };
}

describe('saveReportsBatch', () => {
  it('adds, updates and leaves unchanged, like saveReport, with the key statistics applied once', async () => {
    const db = await open();
    await saveReport(db, report(1), SRC, 1);
    const results = await saveReportsBatch(db, [
      { input: report(1), source: SRC },
      { input: report(2), source: SRC },
      { input: report(1, { title: 'New title', keys: ['k:new'] }), source: SRC },
    ], 2);
    expect(results.map((r) => r.outcome)).toEqual(['unchanged', 'added', 'updated']);
    expect(await db.reports.count()).toBe(2);
    const [one, two] = [results[0]!.id, results[1]!.id];
    expect(keyStatsOf(await db.keyBuckets.toArray()).sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'k:2', df: 1, ids: [two] },
      { key: 'k:all', df: 1, ids: [two] },
      { key: 'k:new', df: 1, ids: [one] },
    ]);
  });

  it('never stores a duplicate: same URL, or same text under a placeholder', async () => {
    const db = await open();
    await saveReportsBatch(db, [
      { input: report(1), source: SRC },
      { input: report(9, { url: 'text:h1', contentHash: 'h1' }), source: SRC },
      { input: report(1, { contentHash: 'h1b', text: 'edited' }), source: SRC },
    ], 1);
    const rows = await db.reports.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ url: 'https://a.example/1', text: 'edited' });
  });

  it('lets the reports of one batch pass their addresses on (found by the property below)', async () => {
    const db = await open();
    const at = (i: number, h: number) => report(i, { contentHash: `h${h}`, keys: [`k:${i}`] });
    await saveReportsBatch(db, [at(0, 1), at(1, 3)].map((input) => ({ input, source: SRC })), 1);
    // a/2 takes text h1 from the report at a/0, a/0 takes h3 from the one at a/1, a/1 takes h1 back: each report
    // moves to an address the other still holds when the batch starts.
    const results = await saveReportsBatch(db, [at(2, 1), at(0, 3), at(1, 1)].map((input) => ({ input, source: SRC })), 2);
    expect(results.map((r) => r.outcome)).toEqual(['updated', 'updated', 'updated']);
    const rows = (await db.reports.toArray()).map((r) => [r.id, r.url, r.contentHash]);
    expect(rows).toEqual([
      [results[0]!.id, 'https://a.example/1', 'h1'],
      [results[1]!.id, 'https://a.example/0', 'h3'],
    ]);
    expect(await keyStoreViolations(db)).toEqual([]);
  });

  it('ends in the same corpus as saving one by one, for any sequence of reports', async () => {
    const item = fc.record({ i: fc.integer({ min: 0, max: 5 }), h: fc.integer({ min: 0, max: 5 }), text: fc.boolean(), k: fc.integer({ min: 0, max: 4 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), async (items, size) => {
        const inputs = items.map(({ i, h, text, k }) => report(i, { url: text ? `text:h${h}` : `https://a.example/${i}`, contentHash: `h${h}`, keys: [`k:${k}`, `k:${i}`] }));
        const one = await open();
        for (const input of inputs) await saveReport(one, input, SRC, 1);
        const batched = await open();
        for (let s = 0; s < inputs.length; s += size) {
          await saveReportsBatch(batched, inputs.slice(s, s + size).map((input) => ({ input, source: SRC })), 1);
        }
        expect(await snapshot(batched)).toEqual(await snapshot(one));
      }),
      { numRuns: 150 },
    );
  });
});
