import type { FeedState, SourceRecord } from '../model/source.ts';
import type { CorpusDb } from './corpus-db.ts';
import { deleteReports } from './corpus-store.ts';

export function allSources(db: CorpusDb): Promise<SourceRecord[]> {
  return db.sources.toArray();
}

export function getSource(db: CorpusDb, id: number): Promise<SourceRecord | undefined> {
  return db.sources.get(id);
}

/** The sources with these ids that still exist. */
export async function sourcesByIds(db: CorpusDb, ids: readonly number[]): Promise<SourceRecord[]> {
  return (await db.sources.bulkGet([...ids])).filter((s): s is SourceRecord => s !== undefined);
}

/** Sources that are feed subscriptions. */
export async function feedSources(db: CorpusDb): Promise<Array<SourceRecord & { feed: FeedState }>> {
  const rows = await db.sources.where('kind').equals('feed').toArray();
  return rows.filter((s): s is SourceRecord & { feed: FeedState } => s.feed !== undefined);
}

/** Replaces a feed's subscription state (its interval, its schedule). */
export async function setFeedState(db: CorpusDb, id: number, feed: FeedState): Promise<void> {
  await db.sources.update(id, { feed });
}

/** A source and every report it brought, in one transaction; returns the reports deleted. */
export async function deleteSource(db: CorpusDb, id: number): Promise<number> {
  return db.transaction('rw', [db.reports, db.keyBuckets, db.sources, db.meta], async () => {
    const ids = (await db.reports.where('sourceId').equals(id).primaryKeys()) as number[];
    const count = await deleteReports(db, ids);
    await db.sources.delete(id);
    return count;
  });
}
