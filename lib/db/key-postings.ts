import type { CorpusDb } from './corpus-db.ts';
import { decodeBucket, patchBucket } from './key-bucket-codec.ts';
import { bucketOf, byBucket, changedKeyStat, KEY_BUCKETS, KEY_DELTA_FROM, keyStatsIn, mainBucket, mergedEntry, type KeyChanges, type KeyTier } from './key-stats.ts';
import type { KeyBucketRecord, KeyStatRecord } from './records.ts';

/**
 * Applies key changes: one read and one write per bucket touched (a bucket left empty is deleted), in the main rows
 * for reports before KEY_DELTA_FROM, in the delta rows for the others; starts the deltas when the corpus has grown
 * to the tier's size, and merges them when they hold enough. Call inside a transaction that includes keyBuckets and
 * meta.
 */
export async function applyKeyChanges(db: CorpusDb, changes: KeyChanges, tier: KeyTier = db.keyTier): Promise<void> {
  for (const [key, c] of changes) if (!c.added.length && !c.removed.length) changes.delete(key);
  if (changes.size === 0) return;
  const from = (await db.meta.get(KEY_DELTA_FROM))?.value ?? null;
  let highest = 0;
  for (const c of changes.values()) for (const id of c.added) highest = Math.max(highest, id);
  if (from === null) {
    await patchRows(db, changes, 0);
    if (highest >= tier.startAt) await db.meta.put({ key: KEY_DELTA_FROM, value: highest + 1 });
    return;
  }
  const main: KeyChanges = new Map();
  const delta: KeyChanges = new Map();
  for (const [key, c] of changes) {
    for (const [list, ids] of [['added', c.added], ['removed', c.removed]] as const) {
      for (const id of ids) {
        const into = id < from ? main : delta;
        let e = into.get(key);
        if (!e) into.set(key, (e = { added: [], removed: [] }));
        e[list].push(id);
      }
    }
  }
  await patchRows(db, main, 0);
  await patchRows(db, delta, KEY_BUCKETS);
  if (highest - from + 1 >= tier.mergeAt(from)) await mergeDeltas(db, highest + 1);
}

/** Patches the rows at bucket + offset (0: the main rows; KEY_BUCKETS: the deltas). */
async function patchRows(db: CorpusDb, changes: KeyChanges, offset: number): Promise<void> {
  if (changes.size === 0) return;
  const groups = byBucket(changes.keys());
  const buckets = [...groups.keys()];
  const rows = await db.keyBuckets.bulkGet(buckets.map((b) => b + offset));
  const puts: KeyBucketRecord[] = [];
  const deletes: number[] = [];
  buckets.forEach((bucket, i) => {
    const next = patchBucket(bucket + offset, rows[i], groups.get(bucket)!, (key, old) => {
      const c = changes.get(key)!;
      const stat = changedKeyStat(key, old && { key, ...old }, c.added, c.removed);
      if (!stat) return null;
      const { key: _, ...entry } = stat;
      return entry;
    });
    if (next) puts.push(next);
    else deletes.push(bucket + offset);
  });
  if (puts.length) await db.keyBuckets.bulkPut(puts);
  if (deletes.length) await db.keyBuckets.bulkDelete(deletes);
}

/** Merges every delta row into its main row, and starts new deltas at `nextFrom`. */
async function mergeDeltas(db: CorpusDb, nextFrom: number): Promise<void> {
  const deltas = await db.keyBuckets.where('bucket').aboveOrEqual(KEY_BUCKETS).toArray();
  const mains = await db.keyBuckets.bulkGet(deltas.map(mainBucket));
  const puts: KeyBucketRecord[] = [];
  deltas.forEach((delta, i) => {
    const entries = decodeBucket(delta);
    const next = patchBucket(mainBucket(delta), mains[i], [...entries.keys()], (key, old) => mergedEntry(old, entries.get(key)) ?? null);
    if (next) puts.push(next);
  });
  if (puts.length) await db.keyBuckets.bulkPut(puts);
  await db.keyBuckets.where('bucket').aboveOrEqual(KEY_BUCKETS).delete();
  await db.meta.put({ key: KEY_DELTA_FROM, value: nextFrom });
}

/** Forgets every key statistic (the corpus was emptied). Call inside a transaction with keyBuckets and meta. */
export async function clearKeyStats(db: CorpusDb): Promise<void> {
  await db.keyBuckets.clear();
  await db.meta.delete(KEY_DELTA_FROM);
}

/**
 * The statistics of `keys`, in the order asked (undefined for a key no report holds): one read per bucket, and one
 * per delta row when there are deltas.
 */
export async function readKeyStats(db: CorpusDb, keys: readonly string[]): Promise<Array<KeyStatRecord | undefined>> {
  const buckets = [...new Set(keys.map(bucketOf))];
  const [rows, from] = await Promise.all([db.keyBuckets.bulkGet(buckets), db.meta.get(KEY_DELTA_FROM)]);
  const byNumber = new Map(rows.map((row, i) => [buckets[i]!, row]));
  if (from) {
    const deltas = buckets.map((b) => b + KEY_BUCKETS);
    (await db.keyBuckets.bulkGet(deltas)).forEach((row, i) => byNumber.set(deltas[i]!, row));
  }
  return keyStatsIn(keys, (bucket) => byNumber.get(bucket));
}

