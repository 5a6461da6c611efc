import type { CorpusDb } from './corpus-db.ts';
import type { ReportInput, ReportRecord } from '../model/report.ts';
import type { SourceInput, SourceRecord } from '../model/source.ts';
import { addKeyChanges, type KeyChanges } from './key-stats.ts';
import { applyKeyChanges, clearKeyStats } from './key-postings.ts';
import { adjustReportCount, reportCount, setReportCount } from './report-count.ts';
import { takesReport } from '../model/source-kinds.ts';

export interface SaveResult {
  id: number;
  created: boolean;
}

async function ensureSource(db: CorpusDb, source: SourceInput, now: number): Promise<number> {
  const existing = await db.sources.where('key').equals(source.key).first();
  if (existing?.id !== undefined) return existing.id;
  const record: SourceRecord = { ...source, addedAt: now };
  return (await db.sources.add(record)) as number;
}

/**
 * Stores a report, or updates the one with the same URL or the same text: never a duplicate.
 * One transaction: the report, its source and the key statistics are written together or not at all.
 */
export async function saveReport(
  db: CorpusDb,
  input: ReportInput,
  source: SourceInput,
  now: number,
): Promise<SaveResult> {
  return db.transaction('rw', [db.reports, db.sources, db.keyBuckets, db.meta], async () => {
    const existing = await findStoredReport(db, input.url, input.contentHash);
    const sourceId = await ensureSource(db, source, now);
    if (existing) {
      const updated: ReportRecord = { ...existing, ...input, id: existing.id, updatedAt: now };
      const wasCollected = existing.sourceId !== null && existing.sourceId === (await collectedSourceId(db));
      if (takesReport(source.kind, wasCollected)) updated.sourceId = sourceId;
      // Keep the more specific URL when the same text comes back under a "text:" placeholder.
      if (input.url.startsWith('text:') && !existing.url.startsWith('text:')) updated.url = existing.url;
      await db.reports.put(updated);
      const changes = addKeyChanges(new Map(), existing.id, existing.keys, input.keys);
      const twins = existing.url === input.url ? await textTwins(db, input, existing.id) : [];
      for (const twin of twins) addKeyChanges(changes, twin.id!, twin.keys, []);
      if (twins.length) {
        await db.reports.bulkDelete(twins.map((t) => t.id!));
        await adjustReportCount(db, -twins.length);
      }
      await applyKeyChanges(db, changes);
      return { id: existing.id, created: false };
    }
    const record: ReportRecord = { ...input, addedAt: now, updatedAt: now, sourceId };
    const id = (await db.reports.add(record)) as number;
    await applyKeyChanges(db, addKeyChanges(new Map(), id, [], input.keys));
    await adjustReportCount(db, 1);
    return { id, created: true };
  });
}

/** The id of the source of pages collected as the reader reads, if any was collected. */
export async function collectedSourceId(db: CorpusDb): Promise<number | undefined> {
  const source = await db.sources.where('kind').equals('collected').first();
  return source?.id;
}

/**
 * Other reports with the text an address now gives: that address's report takes the text, and they go (one text,
 * one report, as saving it anew would leave it: a pasted text, or another address's older copy).
 */
async function textTwins(db: CorpusDb, input: ReportInput, keep: number): Promise<ReportRecord[]> {
  if (input.url.startsWith('text:')) return [];
  return (await db.reports.where('contentHash').equals(input.contentHash).toArray()).filter((r) => r.id !== keep);
}

/** The stored report with this URL, or else with this text: the one saving a report so described would update. */
export async function findStoredReport(db: CorpusDb, url: string, contentHash: string): Promise<(ReportRecord & { id: number }) | undefined> {
  return db.transaction('r', db.reports, async () => {
    const [byUrl, byHash] = await Promise.all([db.reports.where('url').equals(url).first(), db.reports.where('contentHash').equals(contentHash).first()]);
    const found = byUrl ?? byHash;
    return found?.id === undefined ? undefined : { ...found, id: found.id };
  });
}

/** Deletes reports by id, keeping the key statistics current. */
export async function deleteReports(db: CorpusDb, ids: readonly number[]): Promise<number> {
  return db.transaction('rw', [db.reports, db.keyBuckets, db.meta], async () => {
    // An id asked twice is one report: counting it twice would take its keys and the count down twice.
    const unique = [...new Set(ids)];
    const rows = await db.reports.bulkGet(unique);
    const changes: KeyChanges = new Map();
    let deleted = 0;
    for (const row of rows) {
      if (row?.id === undefined) continue;
      deleted++;
      addKeyChanges(changes, row.id, row.keys, []);
    }
    await db.reports.bulkDelete(unique);
    await applyKeyChanges(db, changes);
    await adjustReportCount(db, -deleted);
    return deleted;
  });
}

/** Every report goes; feed subscriptions stay (with what they have seen, so they do not bring it all back). */
export async function clearReports(db: CorpusDb): Promise<number> {
  return db.transaction('rw', [db.reports, db.keyBuckets, db.sources, db.meta], async () => {
    const count = await db.reports.count();
    await db.reports.clear();
    await setReportCount(db, 0);
    await clearKeyStats(db);
    await db.sources.filter((s) => !s.feed).delete();
    return count;
  });
}

/** Changes with every report added or deleted: the count and the newest id. */
export async function corpusSignature(db: CorpusDb): Promise<string> {
  const [count, last] = await Promise.all([reportCount(db), db.reports.orderBy(':id').lastKey()]);
  return `${count}:${String(last)}`;
}

export function countReports(db: CorpusDb): Promise<number> {
  return db.reports.count();
}

/** The reports with these ids that still exist, in the order asked. */
export async function reportsByIds(db: CorpusDb, ids: readonly number[]): Promise<ReportRecord[]> {
  return (await db.reports.bulkGet([...ids])).filter((r): r is ReportRecord => r !== undefined);
}

/** Up to `limit` reports after id `after`, in id order. */
export function reportsAfter(db: CorpusDb, after: number, limit: number): Promise<ReportRecord[]> {
  return db.reports.where(':id').above(after).limit(limit).toArray();
}
