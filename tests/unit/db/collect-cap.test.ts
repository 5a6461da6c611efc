import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectedToEvict, enforceCollectCap } from '../../../lib/db/collect-cap.ts';
import { clampCap, COLLECTED_SOURCE } from '../../../lib/model/collect-cap.ts';
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { saveReport } from '../../../lib/db/corpus-store.ts';
import type { ReportInput } from '../../../lib/model/report.ts';
import type { SourceInput } from '../../../lib/model/source.ts';
import { saveReportsBatch } from '../../../lib/db/save-batch.ts';
import { readKeyStats } from '../../../lib/db/key-postings.ts';
import { reportCount } from '../../../lib/db/report-count.ts';

describe('collectedToEvict (pure)', () => {
  const entries = [5, 1, 9, 3, 7].map((id) => ({ id, bytes: id * 100_000 }));

  it('keeps the newest reports up to the cap and evicts the oldest first', () => {
    expect(collectedToEvict(entries, { unit: 'reports', value: 3 })).toEqual([1, 3]);
    expect(collectedToEvict(entries, { unit: 'reports', value: 5 })).toEqual([]);
    expect(collectedToEvict(entries, { unit: 'reports', value: 1 })).toEqual([1, 3, 5, 7]);
  });

  it('a megabyte cap counts sizes from the newest back', () => {
    // Newest first: 9 (0.9 MB), 7 (0.7 MB) = 1.6 MB; 5 would make 2.1 MB.
    expect(collectedToEvict(entries, { unit: 'megabytes', value: 2 })).toEqual([1, 3, 5]);
    expect(collectedToEvict(entries, { unit: 'megabytes', value: 1 })).toEqual([1, 3, 5, 7]);
    expect(collectedToEvict(entries, { unit: 'megabytes', value: 3 })).toEqual([]);
  });

  it('a cap out of range is brought into range, never to zero', () => {
    expect(clampCap({ unit: 'reports', value: 0 })).toEqual({ unit: 'reports', value: 1 });
    expect(clampCap({ unit: 'reports', value: Number.NaN })).toEqual({ unit: 'reports', value: 2000 });
    expect(clampCap({ unit: 'megabytes', value: 12.6 })).toEqual({ unit: 'megabytes', value: 13 });
  });

  it('whatever the entries and cap: what is kept fits, and every kept report is newer than every evicted one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.nat(10_000), bytes: fc.nat(3_000_000) }), { selector: (e) => e.id, maxLength: 60 }),
        fc.constantFrom<'reports' | 'megabytes'>('reports', 'megabytes'),
        fc.integer({ min: 1, max: 40 }),
        (list, unit, value) => {
          const evicted = new Set(collectedToEvict(list, { unit, value }));
          const kept = list.filter((e) => !evicted.has(e.id));
          const used = unit === 'reports' ? kept.length : kept.reduce((s, e) => s + e.bytes, 0);
          expect(used).toBeLessThanOrEqual(unit === 'reports' ? value : value * 1_000_000);
          const newestEvicted = Math.max(-1, ...evicted);
          expect(kept.every((e) => e.id > newestEvicted)).toBe(true);
        },
      ),
    );
  });
});

describe('enforceCollectCap (storage)', () => {
  let db: CorpusDb;
  let n = 0;
  beforeEach(async () => {
    db = new CorpusDb(`collect-${++n}`);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  const report = (i: number, text = 'x'): ReportInput => ({
    url: `https://site.example/${i}`,
    contentHash: `h${i}`,
    title: `Report ${i}`,
    byline: null,
    siteName: 'Site',
    lang: 'en',
    publishedTime: null,
    publishedAt: null,
    text,
    excerpt: '',
    figures: [],
    keys: [`n:k${i}`, 'n:shared'],
    analysisVersion: 1,
  });
  const BY_HAND: SourceInput = { kind: 'page', key: 'page', title: 'Toolbar' };
  const FEED: SourceInput = { kind: 'feed', key: 'https://feed.example/rss', title: 'Feed' };

  it('evicts the oldest collected reports only, with their key statistics and the count', async () => {
    await saveReport(db, report(1), BY_HAND, 1);
    for (let i = 2; i <= 6; i++) await saveReport(db, report(i), COLLECTED_SOURCE, i);
    await saveReportsBatch(db, [{ input: report(7), source: FEED }], 7);
    expect(await enforceCollectCap(db, { unit: 'reports', value: 2 })).toBe(3);
    const left = (await db.reports.toArray()).map((r) => r.url.split('/').pop()).sort();
    expect(left).toEqual(['1', '5', '6', '7']);
    expect(await reportCount(db)).toBe(4);
    expect((await readKeyStats(db, ['n:k2']))[0]).toBeUndefined();
    expect((await readKeyStats(db, ['n:shared']))[0]?.df).toBe(4);
    // Under the cap: nothing more goes.
    expect(await enforceCollectCap(db, { unit: 'reports', value: 2 })).toBe(0);
  });

  it('a megabyte cap weighs the reports as stored', async () => {
    const big = 'word '.repeat(120_000); // 600,000 characters each
    for (let i = 1; i <= 4; i++) await saveReport(db, report(i, big), COLLECTED_SOURCE, i);
    expect(await enforceCollectCap(db, { unit: 'megabytes', value: 2 })).toBe(1);
    expect((await db.reports.toArray()).map((r) => r.url.split('/').pop())).toEqual(['2', '3', '4']);
  });

  it('nothing collected yet: nothing to evict', async () => {
    await saveReport(db, report(1), BY_HAND, 1);
    expect(await enforceCollectCap(db, { unit: 'reports', value: 1 })).toBe(0);
  });

  it('a collected page added on purpose (toolbar, address, feed) leaves the collection, so the cap never takes it', async () => {
    for (let i = 1; i <= 3; i++) await saveReport(db, report(i), COLLECTED_SOURCE, i);
    await saveReport(db, report(1), BY_HAND, 10);
    await saveReportsBatch(db, [{ input: report(2), source: FEED }], 11);
    // Collected again later: it stays where the reader put it.
    await saveReport(db, report(1), COLLECTED_SOURCE, 12);
    expect(await enforceCollectCap(db, { unit: 'reports', value: 1 })).toBe(0);
    const kinds = new Map((await db.sources.toArray()).map((s) => [s.id, s.kind]));
    const byUrl = Object.fromEntries((await db.reports.toArray()).map((r) => [r.url.split('/').pop(), kinds.get(r.sourceId!)]));
    expect(byUrl).toEqual({ '1': 'page', '2': 'feed', '3': 'collected' });
  });
});
