import type { Transaction } from 'dexie';
import type { CorpusDb } from './corpus-db.ts';
import type { ReportInput } from '../model/report.ts';
import type { SourceInput, SourceRecord } from '../model/source.ts';
import { addKeyChanges, type KeyChanges } from './key-stats.ts';
import { applyKeyChanges } from './key-postings.ts';
import type { ReportRecord } from '../model/report.ts';
import { adjustReportCount } from './report-count.ts';
import { collectedSourceId } from './corpus-store.ts';
import { rowsWithKeys } from './index-lookup.ts';
import { takesReport } from '../model/source-kinds.ts';

export interface BatchItem {
  input: ReportInput;
  source: SourceInput;
}

/** A stored report (or a new one) as the batch changes it, with what it had before. */
interface Working {
  record: ReportRecord;
  keysBefore: string[];
  urlBefore: string;
}

export type BatchOutcome = 'added' | 'updated' | 'unchanged';

export interface BatchResult {
  id: number;
  outcome: BatchOutcome;
}

function sameAnalysis(a: ReportRecord, b: ReportInput): boolean {
  return (
    a.contentHash === b.contentHash &&
    a.analysisVersion === b.analysisVersion &&
    a.title === b.title &&
    a.lang === b.lang &&
    a.publishedTime === b.publishedTime &&
    a.siteName === b.siteName &&
    a.byline === b.byline &&
    (a.url === b.url || b.url.startsWith('text:')) &&
    a.keys.length === b.keys.length &&
    a.keys.every((k, i) => k === b.keys[i]) &&
    JSON.stringify(a.figures) === JSON.stringify(b.figures)
  );
}

/**
 * Stores many reports with saveReport's rules (one per URL, one per text; a "text:" placeholder never replaces a
 * real URL), in one transaction, with the key statistics applied once for the batch: what imports and feed refreshes
 * write. A report that is already stored with the same text and analysis is left alone ("unchanged"). Runs inside
 * the caller's transaction when there is one (it must include reports, sources, keyBuckets and meta). `onRead` is
 * told when the batch has found the stored reports and sources it meets and only writes are left.
 */
export async function saveReportsBatch(db: CorpusDb, items: readonly BatchItem[], now: number, onRead?: () => void): Promise<BatchResult[]> {
  if (!items.length) return [];
  return db.transaction('rw', [db.reports, db.sources, db.keyBuckets, db.meta], async (tx) => {
    const [knownSources, collectedId, byUrlRows, byHashRows] = await readBatch(db, tx, items);
    onRead?.();
    // New sources are added after onRead: the next batch's analysis need not wait for their ids.
    const sourceIds = await addSources(db, items.map((i) => i.source), knownSources, now);
    // Working copies: what each stored report will be after the batch, with the keys it had before. Every record
    // an input could match is here (an update only moves a record to an input's URL or hash, all queried above).
    const working = new Map<number | ReportRecord, Working>();
    // The working records by address and by text, kept as they change: a batch of thousands looks each input up in
    // these, not in a scan of all the records before it.
    const byUrl = new Map<string, ReportRecord>();
    const byHash = new Map<string, Set<ReportRecord>>();
    const index = (r: ReportRecord) => {
      byUrl.set(r.url, r);
      let same = byHash.get(r.contentHash);
      if (!same) byHash.set(r.contentHash, (same = new Set()));
      same.add(r);
    };
    const unindex = (r: ReportRecord) => {
      if (byUrl.get(r.url) === r) byUrl.delete(r.url);
      byHash.get(r.contentHash)?.delete(r);
    };
    for (const row of [...byUrlRows, ...byHashRows]) {
      if (working.has(row.id!)) continue;
      working.set(row.id!, { record: row, keysBefore: row.keys, urlBefore: row.url });
      index(row);
    }
    const keyOf = (r: ReportRecord) => r.id ?? r;
    // saveReport's order: the report with this URL, else the first (lowest id; new ones last) with this text.
    const find = (input: ReportInput): ReportRecord | undefined => {
      const byAddress = byUrl.get(input.url);
      if (byAddress) return byAddress;
      let first: ReportRecord | undefined;
      for (const r of byHash.get(input.contentHash) ?? []) {
        if (!first || (r.id ?? Number.MAX_SAFE_INTEGER) < (first.id ?? Number.MAX_SAFE_INTEGER)) first = r;
      }
      return first;
    };
    const touched = new Set<ReportRecord>();
    const gone: Working[] = [];
    const results: Array<{ record: ReportRecord; outcome: BatchOutcome }> = [];
    // saveReport's merge (textTwins): an address whose text another report holds takes it, and the other goes.
    const mergeTwins = (input: ReportInput, existing: ReportRecord) => {
      if (existing.url !== input.url || input.url.startsWith('text:')) return;
      for (const other of [...(byHash.get(input.contentHash) ?? [])]) {
        if (other === existing) continue;
        const w = working.get(keyOf(other))!;
        working.delete(keyOf(other));
        unindex(other);
        touched.delete(other);
        if (other.id !== undefined) gone.push(w);
        // An earlier item of the batch that became the other report is now the address's report.
        for (const r of results) if (r.record === other) r.record = existing;
      }
    };
    items.forEach((item, i) => {
      const { input } = item;
      const existing = find(input);
      if (existing) mergeTwins(input, existing);
      if (!existing) {
        const record: ReportRecord = { ...input, addedAt: now, updatedAt: now, sourceId: sourceIds[i]! };
        working.set(record, { record, keysBefore: [], urlBefore: record.url });
        index(record);
        touched.add(record);
        results.push({ record, outcome: 'added' });
        return;
      }
      // As in saveReport: a collected report, or any report added by hand, passes to the source that brings it.
      const claimed = existing.sourceId !== sourceIds[i] && takesReport(item.source.kind, collectedId !== undefined && existing.sourceId === collectedId);
      if (claimed) existing.sourceId = sourceIds[i]!;
      if (sameAnalysis(existing, input)) {
        if (claimed) touched.add(existing);
        results.push({ record: existing, outcome: 'unchanged' });
        return;
      }
      const keepUrl = input.url.startsWith('text:') && !existing.url.startsWith('text:');
      const oldUrl = existing.url;
      unindex(existing);
      Object.assign(existing, input, { updatedAt: now });
      if (keepUrl) existing.url = oldUrl;
      index(existing);
      touched.add(existing);
      results.push({ record: existing, outcome: 'updated' });
    });
    // The reports that went first: one of them may have held an address a report now takes.
    if (gone.length) {
      await db.reports.bulkDelete(gone.map((g) => g.record.id!));
      await adjustReportCount(db, -gone.length);
    }
    const updates = [...touched].filter((r) => r.id !== undefined);
    const additions = [...touched].filter((r) => r.id === undefined);
    // Reports of the batch may pass addresses on (A takes B's, B takes another): put one by one, A would meet B's
    // address still in place. The moved ones leave first; the puts bring them back under their ids.
    const moved = updates.filter((r) => working.get(r.id!)?.urlBefore !== r.url).map((r) => r.id!);
    if (moved.length) await db.reports.bulkDelete(moved);
    if (updates.length) await db.reports.bulkPut(updates);
    if (additions.length) {
      const ids = (await db.reports.bulkAdd(additions, { allKeys: true })) as number[];
      additions.forEach((record, i) => {
        record.id = ids[i]!;
      });
      await adjustReportCount(db, additions.length);
    }
    // Postings need the new reports' ids, so the key changes are counted after the adds.
    const changes: KeyChanges = new Map();
    for (const g of gone) addKeyChanges(changes, g.record.id!, g.keysBefore, []);
    for (const { record, keysBefore } of working.values()) {
      if (touched.has(record)) addKeyChanges(changes, record.id!, keysBefore, record.keys);
    }
    await applyKeyChanges(db, changes);
    return results.map(({ record, outcome }) => ({ id: record.id!, outcome }));
  });
}

/**
 * What a batch reads before it writes: its sources, the collected pages' source, and the stored reports with its
 * addresses or texts, each set by requests sent all at once (rowsWithKeys), side by side.
 */
function readBatch(db: CorpusDb, tx: Transaction, items: readonly BatchItem[]) {
  return Promise.all([
    rowsWithKeys(tx, db.sources, 'key', items.map((i) => i.source.key)),
    collectedSourceId(db),
    rowsWithKeys(tx, db.reports, 'url', items.map((i) => i.input.url)),
    rowsWithKeys(tx, db.reports, 'contentHash', items.map((i) => i.input.contentHash)),
  ]);
}

/** The batch's source ids, in its order: the stored ones, and those it brings added together. */
async function addSources(db: CorpusDb, sources: readonly SourceInput[], stored: readonly SourceRecord[], now: number): Promise<number[]> {
  const ids = new Map(stored.map((r) => [r.key, r.id!]));
  // One source per file for a folder of files: added together, not a request and a wait each.
  const fresh = new Map<string, SourceInput>();
  for (const source of sources) if (!ids.has(source.key) && !fresh.has(source.key)) fresh.set(source.key, source);
  if (fresh.size) {
    const added = [...fresh.values()];
    const newIds = (await db.sources.bulkAdd(added.map((s) => ({ kind: s.kind, key: s.key, title: s.title, addedAt: now })), { allKeys: true })) as number[];
    added.forEach((s, i) => ids.set(s.key, newIds[i]!));
  }
  return sources.map((s) => ids.get(s.key)!);
}

