import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CachedMatchIndex } from '../../../lib/db/cached-match-index.ts';
import type { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { deleteReports, saveReport } from '../../../lib/db/corpus-store.ts';
import { type ReportInput } from '../../../lib/model/report.ts';
import { clearKeyStats } from '../../../lib/db/key-postings.ts';
import { countKeyStats, KEPT_POSTINGS, KEY_BUCKETS, KEY_DELTA_FROM, type KeyTier } from '../../../lib/db/key-stats.ts';
import { DexieMatchIndex } from '../../../lib/db/match-index.ts';
import { saveReportsBatch } from '../../../lib/db/save-batch.ts';
import { keyStoreViolations } from '../../support/corpus-invariants.ts';
import { dropDb, freshDb } from '../../support/corpus-helpers.ts';

const dbs: CorpusDb[] = [];
async function open(tier: KeyTier): Promise<CorpusDb> {
  const db = await freshDb();
  db.keyTier = tier;
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await dropDb(db);
});

const SRC = { kind: 'import' as const, key: 'k', title: 't' };
function report(i: number, keys: string[]): ReportInput {
  return {
    url: `https://a.example/${i}`, contentHash: `h${i}`, title: `T${i}`, byline: null, siteName: 'A', lang: 'en',
    publishedTime: null, publishedAt: null, text: `Text ${i}`, excerpt: '', figures: [], keys, analysisVersion: 1,
  };
}

const deltaRows = async (db: CorpusDb) => db.keyBuckets.where('bucket').aboveOrEqual(KEY_BUCKETS).count();
const deltaFrom = async (db: CorpusDb) => (await db.meta.get(KEY_DELTA_FROM))?.value ?? null;

/** What both indexes read of every key must be the recount of the stored reports. */
async function expectLookupsRecount(db: CorpusDb): Promise<void> {
  const recount = countKeyStats(await db.reports.toArray());
  const keys = recount.map((s) => s.key);
  const cache = new CachedMatchIndex(db);
  const [direct, cached] = await Promise.all([new DexieMatchIndex(db).lookup(keys, KEPT_POSTINGS), cache.lookup(keys, KEPT_POSTINGS)]);
  cache.close();
  recount.forEach((s, i) => {
    expect(direct[i], s.key).toEqual({ df: s.df, ids: s.ids, complete: s.sample !== true });
    expect(cached[i], s.key).toEqual(direct[i]);
  });
}

describe('key statistics in main and delta rows', () => {
  it('keeps new reports in delta rows once the corpus is past the tier, and merges them when they are enough', async () => {
    const db = await open({ startAt: 10, mergeAt: () => 8 });
    const keysOf = (i: number) => [`k:${i % 4}`, 'k:all', `k:only${i}`];
    await saveReportsBatch(db, Array.from({ length: 10 }, (_, i) => ({ input: report(i, keysOf(i)), source: SRC })), 0);
    // Report ids start at 1: the tenth report reached the tier; the next go to deltas.
    expect(await deltaFrom(db)).toBe(11);
    expect(await deltaRows(db)).toBe(0);
    await saveReportsBatch(db, Array.from({ length: 5 }, (_, i) => ({ input: report(10 + i, keysOf(10 + i)), source: SRC })), 1);
    expect(await deltaRows(db)).toBeGreaterThan(0);
    expect(await keyStoreViolations(db)).toEqual([]);
    await expectLookupsRecount(db);
    // A report in the main rows changes there; one in the deltas, there.
    await saveReport(db, report(0, ['k:changed']), SRC, 2);
    await deleteReports(db, [12]);
    expect(await keyStoreViolations(db)).toEqual([]);
    await expectLookupsRecount(db);
    // Reports 15..17 take ids 16..18: ids 11..18 make eight, merged; new deltas start after them.
    for (let i = 15; i < 18; i++) await saveReport(db, report(i, keysOf(i)), SRC, 3);
    expect(await deltaRows(db)).toBe(0);
    expect(await deltaFrom(db)).toBe(19);
    expect(await keyStoreViolations(db)).toEqual([]);
    await expectLookupsRecount(db);
  });

  it('keeps a common key a sample of its first holders across the two rows', async () => {
    const db = await open({ startAt: 600, mergeAt: () => 300 });
    const total = KEPT_POSTINGS + 150;
    for (let i = 0; i < total; i += 250) {
      const items = Array.from({ length: Math.min(250, total - i) }, (_, j) => ({ input: report(i + j, ['k:all', `k:${(i + j) % 7}`]), source: SRC }));
      await saveReportsBatch(db, items, 0);
    }
    expect(await keyStoreViolations(db)).toEqual([]);
    const [all] = await new DexieMatchIndex(db).lookup(['k:all'], KEPT_POSTINGS);
    expect(all?.df).toBe(total);
    expect(all?.complete).toBe(false);
    expect(all?.ids).toEqual(Array.from({ length: KEPT_POSTINGS }, (_, i) => i + 1));
  });

  it('forgets the deltas with the corpus', async () => {
    const db = await open({ startAt: 2, mergeAt: () => 100 });
    for (let i = 0; i < 5; i++) await saveReport(db, report(i, ['k:a', `k:${i}`]), SRC, 0);
    expect(await deltaRows(db)).toBeGreaterThan(0);
    await db.transaction('rw', [db.reports, db.keyBuckets, db.meta], async () => {
      await db.reports.clear();
      await clearKeyStats(db);
    });
    expect(await db.keyBuckets.count()).toBe(0);
    expect(await deltaFrom(db)).toBeNull();
  });

  it('holds any sequence of adds, updates and deletes to the recount, through starts and merges', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('batch' as const), items: fc.array(fc.record({ at: fc.nat(30), keys: fc.uniqueArray(fc.nat(12), { maxLength: 4 }) }), { minLength: 1, maxLength: 6 }) }),
      fc.record({ kind: fc.constant('save' as const), at: fc.nat(30), keys: fc.uniqueArray(fc.nat(12), { maxLength: 4 }) }),
      fc.record({ kind: fc.constant('delete' as const), picks: fc.array(fc.nat(40), { minLength: 1, maxLength: 3 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }), async (ops, startAt, run) => {
        const db = await open({ startAt, mergeAt: () => run });
        const keys = (ks: number[]) => ks.map((k) => `k:${k}`);
        for (const o of ops) {
          if (o.kind === 'batch') await saveReportsBatch(db, o.items.map((it) => ({ input: report(it.at, keys(it.keys)), source: SRC })), 0);
          else if (o.kind === 'save') await saveReport(db, report(o.at, keys(o.keys)), SRC, 0);
          else {
            const ids = (await db.reports.toCollection().primaryKeys()) as number[];
            if (ids.length) await deleteReports(db, o.picks.map((p) => ids[p % ids.length]!));
          }
          expect(await keyStoreViolations(db)).toEqual([]);
        }
        await expectLookupsRecount(db);
        dbs.splice(dbs.indexOf(db), 1);
        await dropDb(db);
      }),
      { numRuns: 60 },
    );
  });
});
