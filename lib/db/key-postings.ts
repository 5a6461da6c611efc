import type { CorpusDb } from './corpus-db.ts';
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

/** A bucket is compacted when it would hold this many chunks. */
export const COMPACT_AT = 16;
/** Meta rows: the last chunk written, and chunks per bucket since its compaction. */
const SEQ = 'keySeq';
const CHUNKS = 'keyChunks';

/** A bucket's statistics from its chunks in the order written: a base replaces what came before, a gain adds. */
export function replayChunks(chunks: readonly KeyBucketRecord[]): Map<string, KeyEntry> {
  let state = new Map<string, KeyEntry>();
  for (const chunk of chunks) {
    if (chunk.base) {
      state = decodeBucket(chunk);
      continue;
    }
    for (const [key, gained] of decodeBucket(chunk)) {
      const old = state.get(key);
      const next = changedKeyStat(key, old && { key, ...old }, gained.ids, []);
      if (next) {
        const { key: _, ...entry } = next;
        state.set(key, entry);
      }
    }
  }
  return state;
}

/** One key's statistics from its bucket's chunks, decoding nothing else. */
function replayKey(chunks: readonly KeyBucketRecord[], key: string): KeyStatRecord | undefined {
  let stat: KeyStatRecord | undefined;
  for (const chunk of chunks) {
    const entry = findInBucket(chunk, key);
    if (chunk.base) stat = entry && { key, ...entry };
    else if (entry) stat = changedKeyStat(key, stat, entry.ids, []) ?? undefined;
  }
  return stat;
}

function chunksOf(db: CorpusDb, bucket: number) {
  // Every seq is a finite number: the infinities bound them all (and need no Dexie import here).
  return db.keyBuckets.where('[bucket+seq]').between([bucket, -Infinity], [bucket, Infinity]);
}

/**
 * Applies key changes. Gains go into one new chunk per bucket touched, written without reading anything; a bucket
 * that would hold COMPACT_AT chunks, or where reports lose keys, is read and rewritten as one base chunk (left out
 * when no key remains). Call inside a transaction that includes keyBuckets and meta.
 */
export async function applyKeyChanges(db: CorpusDb, changes: KeyChanges): Promise<void> {
  for (const [key, c] of changes) if (!c.added.length && !c.removed.length) changes.delete(key);
  if (changes.size === 0) return;
  const groups = byBucket(changes.keys());
  const [seqRow, countsRow] = await db.meta.bulkGet([SEQ, CHUNKS]);
  const seq = (seqRow?.value ?? 0) + 1;
  const counts = countsRow?.counts instanceof Int32Array && countsRow.counts.length === KEY_BUCKETS ? countsRow.counts : new Int32Array(KEY_BUCKETS);
  const gains: KeyBucketRecord[] = [];
  const compact: number[] = [];
  for (const [bucket, keys] of groups) {
    if ((counts[bucket] ?? 0) + 1 >= COMPACT_AT || keys.some((k) => changes.get(k)!.removed.length)) {
      compact.push(bucket);
      continue;
    }
    gains.push(encodeBucket(bucket, new Map(keys.map((k) => [k, { df: changes.get(k)!.added.length, ids: changes.get(k)!.added }])), seq, false));
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  if (gains.length) await db.keyBuckets.bulkPut(gains);
  await Promise.all(
    compact.map(async (bucket) => {
      const state = replayChunks(await chunksOf(db, bucket).toArray());
      for (const key of groups.get(bucket)!) {
        const c = changes.get(key)!;
        const old = state.get(key);
        const next = changedKeyStat(key, old && { key, ...old }, c.added, c.removed);
        if (next) {
          const { key: _, ...entry } = next;
          state.set(key, entry);
        } else state.delete(key);
      }
      await chunksOf(db, bucket).delete();
      if (state.size) await db.keyBuckets.put(encodeBucket(bucket, state, seq, true));
      counts[bucket] = state.size ? 1 : 0;
    }),
  );
  await db.meta.bulkPut([{ key: SEQ, value: seq }, { key: CHUNKS, value: 0, counts }]);
}

/** The statistics of `keys`, in the order asked (undefined for a key no report holds): one read per bucket. */
export async function readKeyStats(db: CorpusDb, keys: readonly string[]): Promise<Array<KeyStatRecord | undefined>> {
  const groups = byBucket(keys);
  const found = new Map<string, KeyStatRecord>();
  await Promise.all(
    [...groups].map(async ([bucket, group]) => {
      const chunks = await chunksOf(db, bucket).toArray();
      for (const key of group) {
        const stat = replayKey(chunks, key);
        if (stat) found.set(key, stat);
      }
    }),
  );
  return keys.map((k) => found.get(k));
}

/** Key statistics as base chunks (seq 0): what a recount writes. */
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

/** Every key's statistics, from the chunks of every bucket. */
export function keyStatsOf(rows: Iterable<KeyBucketRecord>): KeyStatRecord[] {
  const byBucketNo = new Map<number, KeyBucketRecord[]>();
  for (const row of rows) byBucketNo.set(row.bucket, [...(byBucketNo.get(row.bucket) ?? []), row]);
  const out: KeyStatRecord[] = [];
  for (const chunks of byBucketNo.values()) {
    for (const [key, entry] of replayChunks([...chunks].sort((a, b) => a.seq - b.seq))) out.push({ key, ...entry });
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
