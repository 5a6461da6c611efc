import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { deleteReports, saveReport } from '../../../lib/db/corpus-store.ts';
import { type ReportInput } from '../../../lib/model/report.ts';
import { REPORT_COUNT, reportCount } from '../../../lib/db/report-count.ts';
import { readKeyStats } from '../../../lib/db/key-postings.ts';

let db: CorpusDb;
let n = 0;

beforeEach(async () => {
  db = new CorpusDb(`test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function report(over: Partial<ReportInput> = {}): ReportInput {
  return {
    url: 'https://a.example/1',
    contentHash: 'h1',
    title: 'Title',
    byline: null,
    siteName: 'A',
    lang: 'en',
    publishedTime: null,
    publishedAt: null,
    text: 'Text',
    excerpt: 'Text',
    figures: [],
    keys: ['n:kursk', 'n:peskov'],
    analysisVersion: 1,
    ...over,
  };
}

const SOURCE = { kind: 'page' as const, key: 'page', title: 'Toolbar' };

describe('corpus store', () => {
  it('adds a report with its source and key statistics', async () => {
    const r = await saveReport(db, report(), SOURCE, 1000);
    expect(r.created).toBe(true);
    const stored = await db.reports.get(r.id);
    expect(stored).toMatchObject({ url: 'https://a.example/1', addedAt: 1000, updatedAt: 1000 });
    expect((await db.sources.toArray()).map((s) => s.key)).toEqual(['page']);
    expect((await readKeyStats(db, ['n:kursk']))[0]).toEqual({ key: 'n:kursk', df: 1, ids: [r.id] });
  });

  it('re-adding the same URL updates, never duplicates', async () => {
    const first = await saveReport(db, report(), SOURCE, 1000);
    const again = await saveReport(db, report({ title: 'New title', keys: ['n:kursk', 'n:nga'], contentHash: 'h2' }), SOURCE, 2000);
    expect(again).toEqual({ id: first.id, created: false });
    expect(await db.reports.count()).toBe(1);
    const stored = await db.reports.get(first.id);
    expect(stored).toMatchObject({ title: 'New title', addedAt: 1000, updatedAt: 2000 });
    expect((await readKeyStats(db, ['n:peskov']))[0]).toBeUndefined();
    expect((await readKeyStats(db, ['n:nga']))[0]).toEqual({ key: 'n:nga', df: 1, ids: [first.id] });
    expect((await readKeyStats(db, ['n:kursk']))[0]).toEqual({ key: 'n:kursk', df: 1, ids: [first.id] });
  });

  it('re-adding the same text under another address updates, never duplicates', async () => {
    const first = await saveReport(db, report({ url: 'text:h1' }), { kind: 'paste', key: 'paste', title: 'Pasted' }, 1000);
    const again = await saveReport(db, report({ url: 'https://a.example/later' }), SOURCE, 2000);
    expect(again.id).toBe(first.id);
    expect(await db.reports.count()).toBe(1);
    expect((await db.reports.get(first.id))?.url).toBe('https://a.example/later');
  });

  it('an address whose text another report holds takes that report’s place: one text, one report', async () => {
    // Text T1 pasted, then address U read with T2, then U read again with T1.
    const pasted = await saveReport(db, report({ url: 'text:h1', contentHash: 'h1', keys: ['n:kursk', 'n:pasted'] }), { kind: 'paste', key: 'paste', title: 'Pasted' }, 1);
    const page = await saveReport(db, report({ url: 'https://u.example/', contentHash: 'h2', text: 'T2', keys: ['n:other'] }), SOURCE, 2);
    const again = await saveReport(db, report({ url: 'https://u.example/', contentHash: 'h1', keys: ['n:kursk'] }), SOURCE, 3);
    expect(again).toEqual({ id: page.id, created: false });
    expect((await db.reports.toArray()).map((r) => [r.id, r.url, r.contentHash])).toEqual([[page.id, 'https://u.example/', 'h1']]);
    expect(await reportCount(db)).toBe(1);
    expect((await readKeyStats(db, ['n:kursk', 'n:pasted', 'n:other'])).map((s) => s && [s.df, s.ids])).toEqual([[1, [page.id]], undefined, undefined]);
    expect(pasted.id).not.toBe(page.id);
    // The same with another address's copy: W read with T3, then with T1, which U holds.
    const w = await saveReport(db, report({ url: 'https://w.example/', contentHash: 'h3', text: 'T3' }), SOURCE, 4);
    await saveReport(db, report({ url: 'https://w.example/', contentHash: 'h1' }), SOURCE, 5);
    expect((await db.reports.toArray()).map((r) => [r.id, r.url])).toEqual([[w.id, 'https://w.example/']]);
    expect(await reportCount(db)).toBe(1);
  });

  it('deletes reports and keeps document frequencies and postings current', async () => {
    const a = await saveReport(db, report(), SOURCE, 1);
    const b = await saveReport(db, report({ url: 'https://b.example/2', contentHash: 'h2', keys: ['n:kursk'] }), SOURCE, 2);
    expect((await readKeyStats(db, ['n:kursk']))[0]).toEqual({ key: 'n:kursk', df: 2, ids: [a.id, b.id] });
    expect(await deleteReports(db, [a.id, 999])).toBe(1);
    expect((await readKeyStats(db, ['n:kursk']))[0]).toEqual({ key: 'n:kursk', df: 1, ids: [b.id] });
    expect((await readKeyStats(db, ['n:peskov']))[0]).toBeUndefined();
  });

  it('deletes a report asked twice once: the other holders of its keys and the count stay right', async () => {
    const a = await saveReport(db, report(), SOURCE, 1);
    const b = await saveReport(db, report({ url: 'https://b.example/2', contentHash: 'h2' }), SOURCE, 2);
    expect(await deleteReports(db, [a.id, a.id])).toBe(1);
    expect((await readKeyStats(db, ['n:kursk']))[0]).toEqual({ key: 'n:kursk', df: 1, ids: [b.id] });
    expect(await reportCount(db)).toBe(1);
  });

  it('writes all or nothing: a failing write leaves the corpus as it was', async () => {
    const first = await saveReport(db, report(), SOURCE, 1000);
    // A value IndexedDB cannot store makes the write fail part-way.
    const bad = report({ title: 'Changed', excerpt: (() => 'x') as unknown as string });
    await expect(saveReport(db, bad, SOURCE, 2000)).rejects.toThrow();
    expect(await db.reports.get(first.id)).toMatchObject({ title: 'Title', updatedAt: 1000 });
    expect(((await readKeyStats(db, ['n:kursk']))[0])?.df).toBe(1);
    await expect(saveReport(db, report({ url: 'https://c.example', contentHash: 'h9', excerpt: (() => 'x') as unknown as string }), { kind: 'url', key: 'new-source', title: 'x' }, 3000)).rejects.toThrow();
    expect(await db.reports.count()).toBe(1);
    expect(await db.sources.where('key').equals('new-source').count()).toBe(0);
  });

  it('keeps the report count in meta, without walking the store', async () => {
    const a = await saveReport(db, report(), SOURCE, 1);
    await saveReport(db, report({ title: 'again' }), SOURCE, 2);
    await saveReport(db, report({ url: 'https://b.example/2', contentHash: 'h2' }), SOURCE, 3);
    expect(await db.meta.get(REPORT_COUNT)).toEqual({ key: REPORT_COUNT, value: 2 });
    await deleteReports(db, [a.id]);
    expect(await reportCount(db)).toBe(1);
    // A corpus stored before the count was kept is counted once, then kept.
    await db.meta.delete(REPORT_COUNT);
    await saveReport(db, report({ url: 'https://c.example/3', contentHash: 'h3' }), SOURCE, 4);
    expect((await db.meta.get(REPORT_COUNT))?.value).toBe(2);
  });

  it('two saves of the same URL at once produce one report', async () => {
    await Promise.all([saveReport(db, report(), SOURCE, 1), saveReport(db, report({ title: 'B' }), SOURCE, 2)]);
    expect(await db.reports.count()).toBe(1);
    expect(((await readKeyStats(db, ['n:kursk']))[0])?.df).toBe(1);
  });
});
