import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { upgradeSourceV2 } from '../../../lib/db/migrations.ts';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema.ts';
import { corpusViolations } from '../../support/corpus-invariants.ts';
import { keyStatsOf } from '../../../lib/db/key-stats.ts';
import { readKeyStats } from '../../../lib/db/key-postings.ts';

describe('upgradeSourceV2 (pure)', () => {
  it('turns a feed source into a subscription due now, hourly, with nothing seen', () => {
    const v1 = { id: 3, kind: 'feed' as const, key: 'https://a.example/feed.xml', title: 'A', addedAt: 5 };
    expect(upgradeSourceV2(v1, 1000)).toEqual({
      ...v1,
      feed: {
        url: 'https://a.example/feed.xml',
        siteUrl: null,
        format: null,
        intervalMinutes: 60,
        etag: null,
        lastModified: null,
        lastRunAt: null,
        nextRunAt: 1000,
        failures: 0,
        lastResult: null,
        seen: [],
      },
    });
  });

  it('leaves other sources, and feeds without an http(s) key, as they are', () => {
    const page = { id: 1, kind: 'page' as const, key: 'page', title: 'Toolbar', addedAt: 1 };
    const odd = { id: 2, kind: 'feed' as const, key: 'import:old', title: 'x', addedAt: 1 };
    expect(upgradeSourceV2(page, 9)).toBe(page);
    expect(upgradeSourceV2(odd, 9)).toBe(odd);
  });
});

describe('schema version 1 -> current in IndexedDB', () => {
  it('opens a version 1 database with data and keeps every record, adding subscriptions and the jobs tables', async () => {
    const name = `migrate-${Math.random()}`;
    // A database as version 1 of Parallax left it.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await v1.open();
    await v1.table('sources').bulkAdd([
      { kind: 'page', key: 'page', title: 'Pages added from the toolbar', addedAt: 1 },
      { kind: 'feed', key: 'https://ledger.example/feed.xml', title: 'Ledger', addedAt: 2 },
    ]);
    await v1.table('reports').add({
      url: 'https://ledger.example/a', contentHash: 'h', title: 'A', byline: null, siteName: 'Ledger', lang: 'en',
      publishedTime: null, publishedAt: null, addedAt: 1, updatedAt: 1, text: 'Text', excerpt: 'Text', figures: [],
      keys: ['n:caldera'], analysisVersion: 1, sourceId: 2,
    });
    await v1.table('keyStats').put({ key: 'n:caldera', df: 1 });
    v1.close();

    const db = new CorpusDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    const sources = await db.sources.toArray();
    expect(sources[0]).toEqual({ id: 1, kind: 'page', key: 'page', title: 'Pages added from the toolbar', addedAt: 1 });
    expect(sources[1]!.feed).toMatchObject({ url: 'https://ledger.example/feed.xml', intervalMinutes: 60, seen: [] });
    expect(await db.reports.where('url').equals('https://ledger.example/a').first()).toMatchObject({ sourceId: 2, keys: ['n:caldera'] });
    expect((await readKeyStats(db, ['n:caldera']))[0]).toEqual({ key: 'n:caldera', df: 1, ids: [1] });
    expect(await db.jobs.count()).toBe(0);
    await db.jobChunks.put({ jobId: 1, seq: 0, text: 'x' });
    expect(await db.jobChunks.where('jobId').equals(1).count()).toBe(1);
    db.close();
    await Dexie.delete(name);
  });
});

describe('schema version 2 -> 3 in IndexedDB', () => {
  it('rebuilds the key statistics with their postings, in buckets, from the reports; drops the multiEntry index and the old table', async () => {
    const name = `migrate-v3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    v2.version(2).stores(SCHEMA_VERSIONS[1]!.stores);
    await v2.open();
    const row = (i: number, keys: string[]) => ({
      url: `https://ledger.example/${i}`, contentHash: `h${i}`, title: 'A', byline: null, siteName: 'Ledger', lang: 'en',
      publishedTime: null, publishedAt: null, addedAt: 1, updatedAt: 1, text: 'Text', excerpt: 'Text', figures: [],
      keys, analysisVersion: 1, sourceId: null,
    });
    await v2.table('reports').bulkAdd([row(1, ['n:caldera', 'v:14000']), row(2, ['n:caldera']), row(3, [])]);
    // Version 2's statistics, one of them stale: version 3 recounts rather than trusts them.
    await v2.table('keyStats').bulkPut([{ key: 'n:caldera', df: 5 }, { key: 'n:gone', df: 1 }]);
    v2.close();

    const db = new CorpusDb(name);
    await db.open();
    expect(keyStatsOf(await db.keyBuckets.toArray()).sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'n:caldera', df: 2, ids: [1, 2] },
      { key: 'v:14000', df: 1, ids: [1] },
    ]);
    expect(db.reports.schema.idxByName['keys']).toBeUndefined();
    expect(db.tables.map((t) => t.name)).not.toContain('keyStats');
    expect((await corpusViolations(db)).filter((v) => v.startsWith('keyStats'))).toEqual([]);
    db.close();
    await Dexie.delete(name);
  });
});
