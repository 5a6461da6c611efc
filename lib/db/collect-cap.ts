import type { CorpusDb } from './corpus-db.ts';
import { clampCap, type CollectCap } from '../model/collect-cap.ts';
import type { ReportRecord } from '../model/report.ts';
import { collectedSourceId, deleteReports } from './corpus-store.ts';

const MEGABYTE = 1_000_000;

/** A collected report as the cap weighs it. Ids grow as reports are added: the lowest id is the oldest. */
export interface CollectedEntry {
  id: number;
  bytes: number;
}

/** The collected reports to evict so that the rest fit the cap: the oldest first, the newest kept. */
export function collectedToEvict(entries: readonly CollectedEntry[], cap: CollectCap): number[] {
  const { unit, value } = clampCap(cap);
  const newestFirst = [...entries].sort((a, b) => b.id - a.id);
  const budget = unit === 'reports' ? value : value * MEGABYTE;
  let used = 0;
  const evict: number[] = [];
  for (const entry of newestFirst) {
    used += unit === 'reports' ? 1 : entry.bytes;
    if (used > budget) evict.push(entry.id);
  }
  return evict.sort((a, b) => a - b);
}

/** What a report takes in storage, near enough: its fields as JSON (text, figures and keys dominate). */
export function reportBytes(report: ReportRecord): number {
  return JSON.stringify(report).length;
}

/** The ids of the collected reports whose address passes a test (the pages of a site the reader excludes). */
export async function collectedIdsWhere(db: CorpusDb, test: (url: string) => boolean): Promise<number[]> {
  const sourceId = await collectedSourceId(db);
  if (sourceId === undefined) return [];
  const ids: number[] = [];
  await db.reports.where('sourceId').equals(sourceId).each((report) => {
    if (test(report.url)) ids.push(report.id!);
  });
  return ids;
}

/**
 * Evicts the oldest collected reports beyond the cap, in one transaction with their key statistics. Reports of any
 * other source (added by hand, by address, by a subscription) are never read here, so never evicted.
 */
export async function enforceCollectCap(db: CorpusDb, cap: CollectCap): Promise<number> {
  const sourceId = await collectedSourceId(db);
  if (sourceId === undefined) return 0;
  return db.transaction('rw', [db.reports, db.keyBuckets, db.meta], async () => {
    const entries: CollectedEntry[] = [];
    const collection = db.reports.where('sourceId').equals(sourceId);
    if (clampCap(cap).unit === 'reports') {
      // Counting needs no report read: the index gives the ids.
      for (const id of (await collection.primaryKeys()) as number[]) entries.push({ id, bytes: 0 });
    } else {
      await collection.each((report) => entries.push({ id: report.id!, bytes: reportBytes(report) }));
    }
    const evict = collectedToEvict(entries, cap);
    return evict.length ? deleteReports(db, evict) : 0;
  });
}
