import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { saveReport } from '../../../lib/db/corpus-store.ts';
import type { ReportInput } from '../../../lib/model/report.ts';
import type { SourceInput } from '../../../lib/model/source.ts';
import { readKeyStats } from '../../../lib/db/key-postings.ts';
import { saveReportsBatch } from '../../../lib/db/save-batch.ts';
import { idsToPrune, pruneReports } from '../../../lib/db/prune-reports.ts';
import type { SourceKind } from '../../../lib/model/source.ts';
import type { PrunableKind } from '../../../lib/model/source-kinds.ts';
import { reportCount } from '../../../lib/db/report-count.ts';

let db: CorpusDb;
let n = 0;

beforeEach(async () => {
  db = new CorpusDb(`prune-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 31);

function report(i: number, publishedAt: number | null): ReportInput {
  return {
    url: `https://a.example/${i}`,
    contentHash: `h${i}`,
    title: `Report ${i}`,
    byline: null,
    siteName: 'A',
    lang: 'en',
    publishedTime: publishedAt === null ? null : new Date(publishedAt).toISOString(),
    publishedAt,
    text: `Text ${i}`,
    excerpt: '',
    figures: [],
    keys: ['n:kursk', `n:only-${i}`],
    analysisVersion: 1,
  };
}

const source = (kind: SourceKind, key: string): SourceInput => ({ kind, key, title: key });

/** Stores a report `ageDays` old (by publication; by storage when `published` is false), from a source. */
async function add(i: number, ageDays: number, from: SourceInput, published = true): Promise<number> {
  const at = NOW - ageDays * DAY;
  return (await saveReport(db, report(i, published ? at : null), from, published ? NOW : at)).id;
}

const urls = async () => (await db.reports.toArray()).map((r) => r.url).sort();

describe('pruning reports', () => {
  it('removes feed reports older than the limit, by publication or else by when they were stored', async () => {
    const feed = source('feed', 'https://feed.example/rss');
    await add(1, 40, feed);
    await add(2, 5, feed);
    await add(3, 40, feed, false);
    await add(4, 40, source('page', 'page'));
    const { deleted } = await pruneReports(db, { kinds: ['feed'], olderThan: NOW - 30 * DAY, keep: null });
    expect(deleted).toBe(2);
    expect(await urls()).toEqual(['https://a.example/2', 'https://a.example/4']);
    expect(await reportCount(db)).toBe(2);
  });

  it('keeps the newest reports of the kinds pruned, never one added by hand, across several feeds', async () => {
    const a = source('feed', 'https://a.example/rss');
    const b = source('feed', 'https://b.example/rss');
    for (let i = 0; i < 6; i++) await add(i, i, i % 2 ? a : b);
    for (const [i, kind] of [[10, 'page'], [11, 'url'], [12, 'paste'], [13, 'file'], [14, 'import']] as const) await add(i, 100, source(kind, kind));
    const { deleted } = await pruneReports(db, { kinds: ['feed'], olderThan: null, keep: 2 });
    expect(deleted).toBe(4);
    expect(await urls()).toEqual(['https://a.example/0', 'https://a.example/1', ...[10, 11, 12, 13, 14].map((i) => `https://a.example/${i}`)]);
  });

  it('leaves a feed report the reader then saved by hand', async () => {
    const feed = source('feed', 'https://feed.example/rss');
    const id = await add(1, 40, feed);
    await add(2, 40, feed);
    await saveReport(db, report(1, NOW - 40 * DAY), source('page', 'page'), NOW);
    expect(await pruneReports(db, { kinds: ['feed'], olderThan: NOW, keep: null })).toEqual({ deleted: 1 });
    expect((await db.reports.toArray()).map((r) => r.id)).toEqual([id]);
    // A feed reading the same report again does not take it back.
    await saveReport(db, { ...report(1, NOW - 40 * DAY), title: 'Updated' }, feed, NOW);
    expect(await pruneReports(db, { kinds: ['feed'], olderThan: NOW, keep: null })).toEqual({ deleted: 0 });
  });

  it('leaves a feed report the reader then added by address or in a file (a batch), changed or not', async () => {
    const feed = source('feed', 'https://feed.example/rss');
    const [same, changed] = [await add(1, 40, feed), await add(2, 40, feed)];
    await add(3, 40, feed);
    await saveReportsBatch(db, [{ input: report(1, NOW - 40 * DAY), source: source('url', 'url') }, { input: { ...report(2, NOW - 40 * DAY), text: 'New text' }, source: source('file', 'f.txt') }], NOW);
    expect(await pruneReports(db, { kinds: ['feed'], olderThan: NOW, keep: null })).toEqual({ deleted: 1 });
    expect((await db.reports.toArray()).map((r) => r.id).sort()).toEqual([same, changed].sort());
  });

  it('keeps the key statistics current', async () => {
    const feed = source('feed', 'https://feed.example/rss');
    const old = await add(1, 60, feed);
    const recent = await add(2, 1, feed);
    await pruneReports(db, { kinds: ['feed'], olderThan: NOW - 30 * DAY, keep: null });
    // A key no report holds any more is gone.
    expect(await readKeyStats(db, ['n:kursk', 'n:only-1'])).toEqual([{ key: 'n:kursk', df: 1, ids: [recent] }, undefined]);
    expect(await db.reports.get(old)).toBeUndefined();
  });

  it('does nothing without a rule, and refuses kinds added by hand even when asked', async () => {
    await add(1, 400, source('page', 'page'));
    await add(2, 400, source('feed', 'https://feed.example/rss'));
    expect(await pruneReports(db, { kinds: ['feed'], olderThan: null, keep: null })).toEqual({ deleted: 0 });
    expect(await pruneReports(db, { kinds: [], olderThan: NOW, keep: 0 })).toEqual({ deleted: 0 });
    // A kind outside the prunable ones, as an untyped caller could pass it.
    expect(await pruneReports(db, { kinds: ['page' as PrunableKind], olderThan: NOW, keep: 0 })).toEqual({ deleted: 0 });
    expect(await urls()).toEqual(['https://a.example/1', 'https://a.example/2']);
  });

  it('deletes more reports than one transaction holds', async () => {
    const feed = source('feed', 'https://feed.example/rss');
    await db.transaction('rw', [db.reports, db.sources, db.keyBuckets, db.meta], async () => {
      for (let i = 0; i < 2100; i++) await add(i, 10, feed);
    });
    expect(await pruneReports(db, { kinds: ['feed'], olderThan: null, keep: 50 })).toEqual({ deleted: 2050 });
    expect(await reportCount(db)).toBe(50);
  });
});

describe('which reports a rule removes', () => {
  const rows = [
    { id: 1, at: 10 },
    { id: 2, at: 30 },
    { id: 3, at: 20 },
    { id: 4, at: 30 },
  ];
  it('by age, by number, or both', () => {
    expect(idsToPrune(rows, { olderThan: 25, keep: null }).sort()).toEqual([1, 3]);
    expect(idsToPrune(rows, { olderThan: null, keep: 2 }).sort()).toEqual([1, 3]);
    // Same age: the later id is the newer.
    expect(idsToPrune(rows, { olderThan: null, keep: 1 }).sort()).toEqual([1, 2, 3]);
    expect(idsToPrune(rows, { olderThan: 15, keep: 3 })).toEqual([1]);
    expect(idsToPrune(rows, { olderThan: null, keep: 0 })).toHaveLength(4);
  });
});
