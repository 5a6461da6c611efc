import type { CorpusDb } from './corpus-db.ts';
import type { KeyStatRecord } from './records.ts';

/**
 * Postings kept per key. Matching reads the postings of keys held by at most a few hundred reports (findMatches'
 * postingsPerKey); a key more common than this weighs little, and its first holders are kept as a sample for a
 * corpus where every key is common (thousands of reprints).
 */
export const KEPT_POSTINGS = 1000;

/** Per key, the reports that gained it and those that lost it. */
export type KeyChanges = Map<string, { added: number[]; removed: number[] }>;

/** Records in `changes` that report `id`'s keys went from `before` to `after` (a new report: []; deleted: []). */
export function addKeyChanges(changes: KeyChanges, id: number, before: readonly string[], after: readonly string[]): KeyChanges {
  const was = new Set(before);
  const is = new Set(after);
  const entry = (key: string) => {
    let e = changes.get(key);
    if (!e) changes.set(key, (e = { added: [], removed: [] }));
    return e;
  };
  for (const key of was) if (!is.has(key)) entry(key).removed.push(id);
  for (const key of is) if (!was.has(key)) entry(key).added.push(id);
  return changes;
}

/** A key's row after the changes; null when no report holds it any more. */
export function changedKeyStat(key: string, row: KeyStatRecord | undefined, added: readonly number[], removed: readonly number[]): KeyStatRecord | null {
  const df = (row?.df ?? 0) + added.length - removed.length;
  if (df <= 0) return null;
  const gone = new Set(removed);
  const ids = (row?.ids ?? []).filter((id) => !gone.has(id));
  const held = new Set(ids);
  let sample = row?.sample === true || (row !== undefined && !Array.isArray(row.ids));
  for (const id of added) {
    if (held.has(id)) continue;
    if (ids.length >= KEPT_POSTINGS) {
      sample = true;
      break;
    }
    ids.push(id);
    held.add(id);
  }
  // In id order whatever order the writes came in, so that one corpus has one set of rows.
  ids.sort((a, b) => a - b);
  return sample ? { key, df, ids, sample: true } : { key, df, ids };
}

/** Applies key changes: one read and one write per key changed. Call inside a transaction that includes keyStats. */
export async function applyKeyChanges(db: CorpusDb, changes: KeyChanges): Promise<void> {
  for (const [key, c] of changes) if (!c.added.length && !c.removed.length) changes.delete(key);
  if (changes.size === 0) return;
  const keys = [...changes.keys()];
  const rows = await db.keyStats.bulkGet(keys);
  const puts: KeyStatRecord[] = [];
  const deletes: string[] = [];
  keys.forEach((key, i) => {
    const c = changes.get(key)!;
    const next = changedKeyStat(key, rows[i], c.added, c.removed);
    if (next) puts.push(next);
    else deletes.push(key);
  });
  if (puts.length) await db.keyStats.bulkPut(puts);
  if (deletes.length) await db.keyStats.bulkDelete(deletes);
}

/** Key statistics and postings of keys that nothing held before the changes (a recount, a fresh corpus). */
export function freshKeyStats(changes: KeyChanges): KeyStatRecord[] {
  const out: KeyStatRecord[] = [];
  for (const [key, c] of changes) {
    const row = changedKeyStat(key, undefined, c.added, []);
    if (row) out.push(row);
  }
  return out;
}

/** Key statistics and postings recounted from reports, in id order (what the tests hold the store to). */
export function countKeyStats(reports: Iterable<{ id?: number; keys: readonly string[] }>): KeyStatRecord[] {
  const changes: KeyChanges = new Map();
  for (const r of [...reports].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))) if (r.id !== undefined) addKeyChanges(changes, r.id, [], r.keys);
  return freshKeyStats(changes);
}
