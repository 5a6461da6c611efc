import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { rowsWithKeys } from '../../../lib/db/index-lookup.ts';
import { dropDb, freshDb, makeReport } from '../../support/corpus-helpers.ts';

let db: CorpusDb;
afterEach(() => dropDb(db));

/** Three stored reports, two of them with one text. */
async function withReports(): Promise<CorpusDb> {
  db = await freshDb();
  const row = (i: number, url: string, contentHash: string) => ({ ...makeReport(i, { url, contentHash }), addedAt: 0, updatedAt: 0, sourceId: null });
  await db.reports.bulkAdd([row(0, 'https://a.example/1', 'h1'), row(1, 'https://a.example/2', 'h2'), row(2, 'https://a.example/3', 'h1')]);
  return db;
}

const urls = (rows: Array<{ url: string }>) => rows.map((r) => r.url).sort();

describe('rowsWithKeys', () => {
  it('finds every row holding one of the keys, inside a transaction, each row once for a key asked twice', async () => {
    await withReports();
    // Inside a transaction the keys are asked for all at once, not walked with a cursor.
    const walk = vi.spyOn(db.reports, 'where');
    const found = await db.transaction('r', db.reports, async (tx) => ({
      byHash: await rowsWithKeys(tx, db.reports, 'contentHash', ['h1', 'h1', 'missing']),
      byUrl: await rowsWithKeys(tx, db.reports, 'url', ['https://a.example/2', 'https://b.example/']),
      none: await rowsWithKeys(tx, db.reports, 'url', []),
    }));
    expect(urls(found.byHash)).toEqual(['https://a.example/1', 'https://a.example/3']);
    expect(urls(found.byUrl)).toEqual(['https://a.example/2']);
    expect(found.none).toEqual([]);
    expect(walk).not.toHaveBeenCalled();
  });

  it('answers the same outside a transaction', async () => {
    await withReports();
    expect(urls(await rowsWithKeys(null, db.reports, 'contentHash', ['h1', 'h2']))).toEqual(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
  });

  it('leaves the transaction usable for the writes that follow', async () => {
    await withReports();
    await db.transaction('rw', db.reports, async (tx) => {
      const rows = await rowsWithKeys(tx, db.reports, 'url', ['https://a.example/1']);
      await db.reports.update(rows[0]!.id!, { title: 'changed' });
    });
    expect((await db.reports.where('url').equals('https://a.example/1').first())?.title).toBe('changed');
  });
});
