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

/**
 * Past a corpus of some size, a batch of new reports touches every bucket, and patching a bucket rewrites it whole:
 * storing 500 reports at 100,000 rewrote ~200 MB of buckets (5.6 s). So reports from `KEY_DELTA_FROM` (meta) on are
 * indexed in delta rows, one per bucket, stored at bucket + KEY_BUCKETS: small rows, cheap to patch. Readers merge a
 * bucket's two rows. When the deltas hold enough reports they are merged into the main rows in one pass (rewriting
 * each bucket once for thousands of reports, not once per batch), and the next reports start new deltas.
 */
export const KEY_DELTA_FROM = 'keyDeltaFrom';

/**
 * Every batch still rewrites all the delta rows, which grow through the run (at 100,000 reports, to 10,000 reports'
 * postings). So the newest reports go to a third set of rows, the recent rows at bucket + 2 x KEY_BUCKETS, from
 * `KEY_RECENT_FROM` (meta) on: a batch rewrites only the few thousand reports' postings there, and the recent rows are
 * merged into the deltas every `recentRun` reports. A corpus whose deltas began before the recent rows existed starts
 * them at its next merge.
 */
export const KEY_RECENT_FROM = 'keyRecentFrom';

/** Row offsets of the three levels: main rows, delta rows, recent rows. */
const DELTA = KEY_BUCKETS;
const RECENT = 2 * KEY_BUCKETS;

export interface KeyTier {
  /** Report id from which new reports go to the deltas (a corpus smaller than this rewrites its buckets directly). */
  startAt: number;
  /** Reports the deltas hold before being merged, given the reports in the main rows. */
  mergeAt(main: number): number;
  /** Reports the recent rows hold before being merged into the deltas (none: no recent rows, the deltas take all). */
  recentRun?: number;
}

/**
 * sqrt(1000 x main) balances the two costs per report: rewriting main rows (main / run) and patching deltas that
 * grow with the run (run / batch of 500, about): at 100,000, a merge every 10,000 reports. Recent rows of 2,000
 * reports (four batches of 500) cut what each batch rewrites to a fifth of a run, for one rewrite of the deltas per
 * 2,000 reports.
 */
export const DEFAULT_KEY_TIER: KeyTier = { startAt: 20_000, mergeAt: (main) => Math.max(2_000, Math.round(Math.sqrt(1000 * main))), recentRun: 2_000 };

/** The main bucket a stored row belongs to (its own number, or a delta or recent row's bucket). */
export function mainBucket(row: { bucket: number }): number {
  return row.bucket % KEY_BUCKETS;
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
 * Applies key changes: one read and one write per bucket touched (a bucket left empty is deleted), in the main rows
 * for reports before KEY_DELTA_FROM, in the delta rows for the others; starts the deltas when the corpus has grown
 * to the tier's size, and merges them when they hold enough. Call inside a transaction that includes keyBuckets and
 * meta.
 */
export async function applyKeyChanges(db: CorpusDb, changes: KeyChanges, tier: KeyTier = db.keyTier): Promise<void> {
  for (const [key, c] of changes) if (!c.added.length && !c.removed.length) changes.delete(key);
  if (changes.size === 0) return;
  const [fromRow, recentRow] = await db.meta.bulkGet([KEY_DELTA_FROM, KEY_RECENT_FROM]);
  const from = fromRow?.value ?? null;
  const recent = tier.recentRun === undefined ? null : recentRow?.value ?? null;
  let highest = 0;
  for (const c of changes.values()) for (const id of c.added) highest = Math.max(highest, id);
  if (from === null) {
    await patchRows(db, changes, 0);
    if (highest >= tier.startAt) await startLevels(db, highest + 1, tier);
    return;
  }
  const levels: KeyChanges[] = [new Map(), new Map(), new Map()];
  for (const [key, c] of changes) {
    for (const [list, ids] of [['added', c.added], ['removed', c.removed]] as const) {
      for (const id of ids) {
        const into = levels[id < from ? 0 : recent === null || id < recent ? 1 : 2]!;
        let e = into.get(key);
        if (!e) into.set(key, (e = { added: [], removed: [] }));
        e[list].push(id);
      }
    }
  }
  // Only levels with changes: awaiting a call that does no IndexedDB work is a native promise, and Dexie keeps its
  // transaction through only so many of those in a row (past them, Chromium commits the transaction under us).
  for (const [level, offset] of [[0, 0], [1, DELTA], [2, RECENT]] as const) if (levels[level]!.size) await patchRows(db, levels[level]!, offset);
  // A merge comes with the report that fills the run, the newest (an update of an older one could not fill it: its
  // own addition would have), so every report stored is below the next start.
  if (highest - from + 1 >= tier.mergeAt(from)) {
    await mergeLevels(db, [DELTA, RECENT], 0);
    await startLevels(db, highest + 1, tier);
  } else if (recent !== null && highest - recent + 1 >= (tier.recentRun ?? Infinity)) {
    await mergeLevels(db, [RECENT], DELTA);
    await db.meta.put({ key: KEY_RECENT_FROM, value: highest + 1 });
  }
}

/** New reports from `next` on go to fresh deltas (and recent rows). */
async function startLevels(db: CorpusDb, next: number, tier: KeyTier): Promise<void> {
  await db.meta.bulkPut(tier.recentRun === undefined ? [{ key: KEY_DELTA_FROM, value: next }] : [{ key: KEY_DELTA_FROM, value: next }, { key: KEY_RECENT_FROM, value: next }]);
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

/** A key's entries in two levels as one: the later level's reports all come after the earlier's. */
function mergedEntry(main: KeyEntry | undefined, delta: KeyEntry | undefined): KeyEntry | undefined {
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

/**
 * Merges the rows of the `sources` levels (offsets, earlier level first) into those at `into`, and deletes them: the
 * recent rows into the deltas, or deltas and recent rows into the main rows.
 */
async function mergeLevels(db: CorpusDb, sources: readonly number[], into: number): Promise<void> {
  const low = Math.min(...sources);
  const rows = await db.keyBuckets.where('bucket').between(low, Math.max(...sources) + KEY_BUCKETS, true, false).toArray();
  const groups = new Map<number, Array<Map<string, KeyEntry>>>();
  for (const row of rows) {
    let levels = groups.get(mainBucket(row));
    if (!levels) groups.set(mainBucket(row), (levels = sources.map(() => new Map())));
    levels[sources.indexOf(row.bucket - mainBucket(row))] = decodeBucket(row);
  }
  const buckets = [...groups.keys()];
  const targets = await db.keyBuckets.bulkGet(buckets.map((b) => b + into));
  const puts: KeyBucketRecord[] = [];
  buckets.forEach((bucket, i) => {
    const levels = groups.get(bucket)!;
    const keys = new Set(levels.flatMap((entries) => [...entries.keys()]));
    const next = patchBucket(bucket + into, targets[i], [...keys], (key, old) => levels.reduce<KeyEntry | undefined>((acc, entries) => mergedEntry(acc, entries.get(key)), old) ?? null);
    if (next) puts.push(next);
  });
  if (puts.length) await db.keyBuckets.bulkPut(puts);
  await db.keyBuckets.where('bucket').between(low, Math.max(...sources) + KEY_BUCKETS, true, false).delete();
}

/** Forgets every key statistic (the corpus was emptied). Call inside a transaction with keyBuckets and meta. */
export async function clearKeyStats(db: CorpusDb): Promise<void> {
  await db.keyBuckets.clear();
  await db.meta.bulkDelete([KEY_DELTA_FROM, KEY_RECENT_FROM]);
}

/** The rows besides the main ones a lookup of these buckets reads when the corpus has deltas: delta and recent. */
export function levelRows(buckets: readonly number[]): number[] {
  return [...buckets.map((b) => b + DELTA), ...buckets.map((b) => b + RECENT)];
}

/**
 * The statistics of `keys`, in the order asked (undefined for a key no report holds): one read per bucket, and one
 * per delta and recent row when there are deltas.
 */
export async function readKeyStats(db: CorpusDb, keys: readonly string[]): Promise<Array<KeyStatRecord | undefined>> {
  const buckets = [...new Set(keys.map(bucketOf))];
  const [rows, from] = await Promise.all([db.keyBuckets.bulkGet(buckets), db.meta.get(KEY_DELTA_FROM)]);
  const byNumber = new Map(rows.map((row, i) => [buckets[i]!, row]));
  if (from) {
    const more = levelRows(buckets);
    (await db.keyBuckets.bulkGet(more)).forEach((row, i) => byNumber.set(more[i]!, row));
  }
  return keyStatsIn(keys, (bucket) => byNumber.get(bucket));
}

/** The statistics of `keys`, in the order asked, from the rows of their buckets (main, delta and recent). */
export function keyStatsIn(keys: readonly string[], rowOf: (bucket: number) => KeyBucketRecord | undefined): Array<KeyStatRecord | undefined> {
  return keys.map((key) => {
    const bucket = bucketOf(key);
    const main = findInBucket(rowOf(bucket), key);
    const entry = mergedEntry(mergedEntry(main, findInBucket(rowOf(bucket + DELTA), key)), findInBucket(rowOf(bucket + RECENT), key));
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

/** Every key's statistics, from bucket rows (main, delta and recent rows merged). */
export function keyStatsOf(rows: Iterable<KeyBucketRecord>): KeyStatRecord[] {
  const levels = [new Map<string, KeyEntry>(), new Map<string, KeyEntry>(), new Map<string, KeyEntry>()];
  for (const row of rows) {
    const level = levels[Math.min(2, Math.floor(row.bucket / KEY_BUCKETS))]!;
    for (const [key, entry] of decodeBucket(row)) level.set(key, entry);
  }
  const out: KeyStatRecord[] = [];
  for (const key of new Set(levels.flatMap((level) => [...level.keys()]))) {
    const entry = levels.reduce<KeyEntry | undefined>((acc, level) => mergedEntry(acc, level.get(key)), undefined);
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
