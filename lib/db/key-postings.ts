import type { CorpusDb } from './corpus-db.ts';
import { decodeBucket, encodeBucket, findInBucket, patchBucket, type KeyEntry } from './key-bucket-codec.ts';
import type { KeyBucketRecord, KeyStatRecord } from './records.ts';

/**
 * Postings kept per key. Matching reads the postings of keys held by at most a few hundred reports (findMatches'
 * postingsPerKey); a key more common than this weighs little, and its first holders are kept as a sample for a
 * corpus where every key is common (thousands of reprints).
 */
export const KEPT_POSTINGS = 1000;

/** Buckets the key statistics are kept in: enough that a query's keys fall in their own buckets, few enough that a
 * batch of reports touches each bucket for many keys. */
export const KEY_BUCKETS = 2048;

/** The bucket of a key: FNV-1a over its UTF-16 units. */
export function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % KEY_BUCKETS;
}

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
  // A newline separates keys in a stored bucket; match keys never hold one, and one that did is not indexed.
  for (const key of was) if (!is.has(key) && !key.includes('\n')) entry(key).removed.push(id);
  for (const key of is) if (!was.has(key) && !key.includes('\n')) entry(key).added.push(id);
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

/** Keys grouped by bucket. */
function byBucket(keys: Iterable<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const key of keys) {
    const b = bucketOf(key);
    const list = out.get(b);
    if (list) list.push(key);
    else out.set(b, [key]);
  }
  return out;
}

/**
 * Applies key changes: one read and one write per bucket touched (a bucket left empty is deleted). Call inside a
 * transaction that includes keyBuckets.
 */
export async function applyKeyChanges(db: CorpusDb, changes: KeyChanges): Promise<void> {
  for (const [key, c] of changes) if (!c.added.length && !c.removed.length) changes.delete(key);
  if (changes.size === 0) return;
  const groups = byBucket(changes.keys());
  const buckets = [...groups.keys()];
  const rows = await db.keyBuckets.bulkGet(buckets);
  const puts: KeyBucketRecord[] = [];
  const deletes: number[] = [];
  buckets.forEach((bucket, i) => {
    const next = patchBucket(bucket, rows[i], groups.get(bucket)!, (key, old) => {
      const c = changes.get(key)!;
      const stat = changedKeyStat(key, old && { key, ...old }, c.added, c.removed);
      if (!stat) return null;
      const { key: _, ...entry } = stat;
      return entry;
    });
    if (next) puts.push(next);
    else deletes.push(bucket);
  });
  if (puts.length) await db.keyBuckets.bulkPut(puts);
  if (deletes.length) await db.keyBuckets.bulkDelete(deletes);
}

/** The statistics of `keys`, in the order asked (undefined for a key no report holds): one read per bucket. */
export async function readKeyStats(db: CorpusDb, keys: readonly string[]): Promise<Array<KeyStatRecord | undefined>> {
  const buckets = [...new Set(keys.map(bucketOf))];
  const rows = await db.keyBuckets.bulkGet(buckets);
  const byNumber = new Map(rows.map((row, i) => [buckets[i]!, row]));
  return keyStatsIn(keys, (bucket) => byNumber.get(bucket));
}

/** The statistics of `keys`, in the order asked, from their buckets' rows. */
export function keyStatsIn(keys: readonly string[], rowOf: (bucket: number) => KeyBucketRecord | undefined): Array<KeyStatRecord | undefined> {
  return keys.map((key) => {
    const entry = findInBucket(rowOf(bucketOf(key)), key);
    return entry ? { key, ...entry } : undefined;
  });
}

/** Key statistics as bucket rows. */
export function bucketRows(stats: Iterable<KeyStatRecord>): KeyBucketRecord[] {
  const groups = new Map<number, Map<string, KeyEntry>>();
  for (const { key, ...entry } of stats) {
    const bucket = bucketOf(key);
    let group = groups.get(bucket);
    if (!group) groups.set(bucket, (group = new Map()));
    group.set(key, entry);
  }
  return [...groups].map(([bucket, entries]) => encodeBucket(bucket, entries));
}

/** Every key's statistics, from bucket rows. */
export function keyStatsOf(rows: Iterable<KeyBucketRecord>): KeyStatRecord[] {
  const out: KeyStatRecord[] = [];
  for (const row of rows) for (const [key, entry] of decodeBucket(row)) out.push({ key, ...entry });
  return out;
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
