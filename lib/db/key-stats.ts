import { decodeBucket, encodeBucket, findInBucket, type KeyEntry } from './key-bucket-codec.ts';
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

/**
 * In a large corpus every batch touches every bucket, and patching one rewrites it whole. So reports from
 * `KEY_DELTA_FROM` (meta) on go to small delta rows (bucket + KEY_BUCKETS), which readers merge with the main row;
 * once the deltas hold enough reports they are merged into the main rows in one pass, and new deltas start.
 */
export const KEY_DELTA_FROM = 'keyDeltaFrom';

export interface KeyTier {
  /** Report id from which new reports go to the deltas (a corpus smaller than this rewrites its buckets directly). */
  startAt: number;
  /** Reports the deltas hold before being merged, given the reports in the main rows. */
  mergeAt(main: number): number;
}

/**
 * sqrt(1000 x main) balances the two costs per report: rewriting main rows (main / run) and patching deltas that
 * grow with the run (run / batch of 500, about): at 100,000, a merge every 10,000 reports.
 */
export const DEFAULT_KEY_TIER: KeyTier = { startAt: 20_000, mergeAt: (main) => Math.max(2_000, Math.round(Math.sqrt(1000 * main))) };

/** The main bucket a stored row belongs to (its own number, or a delta row's bucket). */
export function mainBucket(row: { bucket: number }): number {
  return row.bucket >= KEY_BUCKETS ? row.bucket - KEY_BUCKETS : row.bucket;
}

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
export function byBucket(keys: Iterable<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const key of keys) {
    const b = bucketOf(key);
    const list = out.get(b);
    if (list) list.push(key);
    else out.set(b, [key]);
  }
  return out;
}

/** A key's main and delta entries as one: the delta's reports all come after the main's. */
export function mergedEntry(main: KeyEntry | undefined, delta: KeyEntry | undefined): KeyEntry | undefined {
  if (!main || !delta) return main ?? delta;
  const ids = [...(main.ids ?? []), ...(delta.ids ?? [])];
  let sample = main.sample === true || delta.sample === true || !Array.isArray(main.ids) || !Array.isArray(delta.ids);
  if (ids.length > KEPT_POSTINGS) {
    ids.length = KEPT_POSTINGS;
    sample = true;
  }
  const df = main.df + delta.df;
  return sample ? { df, ids, sample: true } : { df, ids };
}

/** The statistics of `keys`, in the order asked, from the rows of their buckets (main and delta). */
export function keyStatsIn(keys: readonly string[], rowOf: (bucket: number) => KeyBucketRecord | undefined): Array<KeyStatRecord | undefined> {
  return keys.map((key) => {
    const bucket = bucketOf(key);
    const entry = mergedEntry(findInBucket(rowOf(bucket), key), findInBucket(rowOf(bucket + KEY_BUCKETS), key));
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

/** Every key's statistics, from bucket rows (main and delta rows merged). */
export function keyStatsOf(rows: Iterable<KeyBucketRecord>): KeyStatRecord[] {
  const main = new Map<string, KeyEntry>();
  const delta = new Map<string, KeyEntry>();
  for (const row of rows) for (const [key, entry] of decodeBucket(row)) (row.bucket >= KEY_BUCKETS ? delta : main).set(key, entry);
  const out: KeyStatRecord[] = [];
  for (const key of new Set([...main.keys(), ...delta.keys()])) {
    const entry = mergedEntry(main.get(key), delta.get(key));
    if (entry) out.push({ key, ...entry });
  }
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
