import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { saveReport } from '../../../lib/db/corpus-store.ts';
import { corpusListing, reportDetail, reportsMatching, reportsPerSource, reportSummaries, searchTerms } from '../../../lib/db/corpus-listing.ts';
import { makeReport } from '../../support/corpus-helpers.ts';

let db: CorpusDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

async function seeded(): Promise<CorpusDb> {
  db = new CorpusDb(`listing-${Math.random()}`);
  await db.open();
  for (let i = 0; i < 8; i++) {
    const source = i < 5 ? { kind: 'paste' as const, key: 'paste', title: 'Pasted' } : { kind: 'file' as const, key: 'file:a.txt', title: 'a.txt' };
    await saveReport(db, makeReport(i, { publishedTime: `2024-04-1${i}T00:00:00.000Z` }), source, 100 + i);
  }
  return db;
}

describe('corpus listing', () => {
  it('lists every report newest first, with facet counts', async () => {
    const listing = corpusListing(await reportSummaries(await seeded()), { text: '', lang: null, site: null, sourceId: null }, null);
    expect(listing.total).toBe(8);
    expect(listing.items.map((r) => r.title)).toEqual(['Report 7', 'Report 6', 'Report 5', 'Report 4', 'Report 3', 'Report 2', 'Report 1', 'Report 0']);
    expect(listing.langs).toEqual([['en', 2], ['pt', 2], ['vi', 2], ['zh', 2]]);
    expect(listing.items[0]!.figureCount).toBe(1);
  });

  it('filters by language, site and source, and searches titles, sites, addresses and texts (all words, any case)', async () => {
    const d = await seeded();
    const summaries = await reportSummaries(d);
    const q = { text: '', lang: null, site: null, sourceId: null };
    expect(corpusListing(summaries, { ...q, lang: 'vi' }, null).items.map((r) => r.title)).toEqual(['Report 6', 'Report 2']);
    expect(corpusListing(summaries, { ...q, site: 'site1.example' }, null).items).toHaveLength(3);
    const fileSource = (await d.sources.where('key').equals('file:a.txt').first())!.id!;
    expect(corpusListing(summaries, { ...q, sourceId: fileSource }, null).items).toHaveLength(3);
    expect(searchTerms('  Caldera  CẢNG caldera ')).toEqual(['caldera', 'cảng']);
    const hits = await reportsMatching(d, searchTerms('CẢNG (6)'));
    expect(corpusListing(summaries, q, hits).items.map((r) => r.title)).toEqual(['Report 6']);
    expect((await reportsMatching(d, searchTerms('集装箱'))).size).toBe(2);
    expect((await reportsMatching(d, searchTerms('site2.example'))).size).toBe(2);
  });

  it('counts reports per source from the index, and opens one with its figures', async () => {
    const d = await seeded();
    expect([...(await reportsPerSource(d)).values()].sort()).toEqual([3, 5]);
    const [first] = await reportSummaries(d);
    expect((await reportDetail(d, first!.id))?.figures[0]).toMatchObject({ concept: 'containers_damaged' });
    expect(await reportDetail(d, 9999)).toBeNull();
  });
});
