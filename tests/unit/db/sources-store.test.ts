import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { clearReports, corpusSignature, countReports, reportsAfter, reportsByIds, saveReport } from '../../../lib/db/corpus-store.ts';
import { readKeyStats } from '../../../lib/db/key-postings.ts';
import { reportCount } from '../../../lib/db/report-count.ts';
import { allSources, deleteSource, feedSources, getSource, setFeedState, sourcesByIds } from '../../../lib/db/sources-store.ts';
import type { ReportInput } from '../../../lib/model/report.ts';
import type { FeedState, SourceInput } from '../../../lib/model/source.ts';
import { contentHash, normalizedForHash } from '../../../lib/util/hash.ts';
import { corpusViolations } from '../../support/corpus-invariants.ts';
import { dropDb, freshDb } from '../../support/corpus-helpers.ts';

let db: CorpusDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => dropDb(db));

function report(i: number, keys: string[]): ReportInput {
  return {
    url: `https://a.example/${i}`,
    contentHash: contentHash(normalizedForHash(`Text ${i}`)),
    title: `Title ${i}`,
    byline: null,
    siteName: 'A',
    lang: 'en',
    publishedTime: null,
    publishedAt: null,
    text: `Text ${i}`,
    excerpt: `Text ${i}`,
    figures: [],
    keys,
    analysisVersion: 1,
  };
}

function feedState(url: string): FeedState {
  return {
    url,
    siteUrl: null,
    format: 'rss',
    intervalMinutes: 60,
    etag: null,
    lastModified: null,
    lastRunAt: null,
    nextRunAt: 0,
    failures: 0,
    lastResult: null,
    seen: ['item-1'],
  };
}

const PASTE: SourceInput = { kind: 'paste', key: 'paste', title: 'Pasted text' };
const FILE: SourceInput = { kind: 'file', key: 'file:a.txt', title: 'a.txt' };

/** A corpus of three reports from two sources, and a feed subscription with nothing stored. */
async function seed(): Promise<{ paste: number; file: number; feed: number }> {
  const a = await saveReport(db, report(1, ['n:kursk', 'v:14000']), PASTE, 1);
  await saveReport(db, report(2, ['n:kursk']), PASTE, 2);
  const c = await saveReport(db, report(3, ['n:kursk', 'n:peskov']), FILE, 3);
  const feed = (await db.sources.add({ kind: 'feed', key: 'https://feed.example/rss', title: 'Feed', addedAt: 4, feed: feedState('https://feed.example/rss') })) as number;
  const paste = (await db.reports.get(a.id))!.sourceId!;
  const file = (await db.reports.get(c.id))!.sourceId!;
  return { paste, file, feed };
}

describe('sources store', () => {
  it('deletes a source with every report it brought, keeping the key statistics and count current', async () => {
    const { paste, file, feed } = await seed();
    expect(await deleteSource(db, paste)).toBe(2);
    expect(await getSource(db, paste)).toBeUndefined();
    expect((await allSources(db)).map((s) => s.id).sort()).toEqual([file, feed].sort());
    expect(await reportCount(db)).toBe(1);
    expect((await readKeyStats(db, ['n:kursk', 'v:14000'])).map((s) => s?.df)).toEqual([1, undefined]);
    expect(await corpusViolations(db)).toEqual([]);
  });

  it('deleting a source that brought nothing deletes no report', async () => {
    const { feed } = await seed();
    expect(await deleteSource(db, feed)).toBe(0);
    expect(await countReports(db)).toBe(3);
    expect(await feedSources(db)).toEqual([]);
  });

  it('lists feed subscriptions and replaces their state', async () => {
    const { feed, paste } = await seed();
    expect((await feedSources(db)).map((s) => s.id)).toEqual([feed]);
    await setFeedState(db, feed, { ...feedState('https://feed.example/rss'), intervalMinutes: 120 });
    expect((await getSource(db, feed))?.feed?.intervalMinutes).toBe(120);
    expect((await sourcesByIds(db, [feed, 999, paste])).map((s) => s.id)).toEqual([feed, paste]);
  });
});

describe('corpus-wide writes', () => {
  it('clearing the corpus deletes every report and its statistics but keeps feed subscriptions', async () => {
    const { feed } = await seed();
    expect(await clearReports(db)).toBe(3);
    expect(await countReports(db)).toBe(0);
    expect(await reportCount(db)).toBe(0);
    expect(await readKeyStats(db, ['n:kursk'])).toEqual([undefined]);
    expect((await allSources(db)).map((s) => s.id)).toEqual([feed]);
    expect((await getSource(db, feed))?.feed?.seen).toEqual(['item-1']);
    expect(await corpusViolations(db)).toEqual([]);
  });

  it('the signature changes with every report added or deleted', async () => {
    const empty = await corpusSignature(db);
    await seed();
    const three = await corpusSignature(db);
    expect(three).not.toBe(empty);
    await clearReports(db);
    const cleared = await corpusSignature(db);
    expect(cleared).not.toBe(three);
    await saveReport(db, report(9, []), PASTE, 9);
    expect(await corpusSignature(db)).not.toBe(cleared);
  });

  it('reads reports by ids (skipping deleted ones) and in id order after an id', async () => {
    await seed();
    const ids = (await db.reports.toCollection().primaryKeys()) as number[];
    expect((await reportsByIds(db, [ids[2]!, 999, ids[0]!])).map((r) => r.id)).toEqual([ids[2], ids[0]]);
    expect((await reportsAfter(db, ids[0]!, 1)).map((r) => r.id)).toEqual([ids[1]]);
    expect(await reportsAfter(db, ids[2]!, 5)).toEqual([]);
  });
});
