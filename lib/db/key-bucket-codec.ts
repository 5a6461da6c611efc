import type { KeyBucketRecord, KeyStatRecord } from './records.ts';

/** A key's statistics inside a bucket. */
export type KeyEntry = Omit<KeyStatRecord, 'key'>;

/**
 * A bucket as IndexedDB stores it: one string and three typed arrays, which the browser copies in and out whole,
 * where a Map of entries costs an object and an array per key each time it is read (most of a query at 100,000
 * reports). Keys never hold a newline (match keys are words, numbers and dates).
 */
export function encodeBucket(bucket: number, entries: ReadonlyMap<string, KeyEntry>): KeyBucketRecord {
  const empty = { bucket, keys: '\n', starts: new Int32Array(0), stats: new Int32Array(0), ids: new Int32Array(0) };
  return patchBucket(bucket, undefined, [...entries.keys()], (key) => entries.get(key) ?? null) ?? empty;
}

function isEncoded(row: KeyBucketRecord | undefined): row is KeyBucketRecord {
  return !!row && typeof row.keys === 'string' && row.starts instanceof Int32Array && row.stats instanceof Int32Array && row.ids instanceof Int32Array;
}

function entryAt(row: KeyBucketRecord, i: number): KeyEntry {
  const df = row.stats[3 * i] ?? 0;
  const from = row.stats[3 * i + 1] ?? 0;
  const ids = Array.from(row.ids.subarray(from, from + (row.stats[3 * i + 2] ?? 0)));
  return df < 0 ? { df: -df, ids, sample: true } : { df, ids };
}

/** Every entry of a bucket, to change and encode again. A row of another shape reads as empty. */
export function decodeBucket(row: KeyBucketRecord | undefined): Map<string, KeyEntry> {
  const out = new Map<string, KeyEntry>();
  if (!isEncoded(row) || row.starts.length === 0) return out;
  const keys = row.keys.slice(1, -1).split('\n');
  keys.forEach((key, i) => out.set(key, entryAt(row, i)));
  return out;
}

/** One key's entry, found without decoding the rest of the bucket. */
export function findInBucket(row: KeyBucketRecord | undefined, key: string): KeyEntry | undefined {
  if (!isEncoded(row)) return undefined;
  const at = row.keys.indexOf('\n' + key + '\n');
  if (at < 0) return undefined;
  // starts[] rises with the index: the key whose newline is at `at`.
  let lo = 0;
  let hi = row.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = row.starts[mid]!;
    if (start === at) return entryAt(row, mid);
    if (start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * The bucket with some of its entries changed (`change` answers the new entry, or null to drop the key, for every
 * key in `changed`), the rest copied as they are stored: a bucket of hundreds of keys is not taken apart to change
 * a few. Keys in `changed` the bucket lacks are appended. Null when no key is left.
 */
export function patchBucket(
  bucket: number,
  row: KeyBucketRecord | undefined,
  changed: readonly string[],
  change: (key: string, old: KeyEntry | undefined) => KeyEntry | null,
): KeyBucketRecord | null {
  const wanted = new Set(changed);
  const kept: Array<{ key: string; from: number; entry: KeyEntry | null }> = [];
  if (isEncoded(row) && row.starts.length) {
    row.keys
      .slice(1, -1)
      .split('\n')
      .forEach((key, i) => {
        if (!wanted.has(key)) {
          kept.push({ key, from: i, entry: null });
          return;
        }
        wanted.delete(key);
        const next = change(key, entryAt(row, i));
        if (next) kept.push({ key, from: -1, entry: next });
      });
  }
  for (const key of wanted) {
    const next = change(key, undefined);
    if (next) kept.push({ key, from: -1, entry: next });
  }
  if (!kept.length) return null;
  const stats = new Int32Array(kept.length * 3);
  const starts = new Int32Array(kept.length);
  let idCount = 0;
  for (const k of kept) idCount += k.entry ? k.entry.ids.length : (row!.stats[3 * k.from + 2] ?? 0);
  const ids = new Int32Array(idCount);
  const parts: string[] = [''];
  let length = 0;
  let at = 0;
  kept.forEach((k, i) => {
    starts[i] = length;
    parts.push(k.key);
    length += k.key.length + 1;
    if (k.entry) {
      stats[3 * i] = k.entry.sample ? -k.entry.df : k.entry.df;
      ids.set(k.entry.ids, at);
      stats[3 * i + 2] = k.entry.ids.length;
    } else {
      const from = row!.stats[3 * k.from + 1] ?? 0;
      const count = row!.stats[3 * k.from + 2] ?? 0;
      stats[3 * i] = row!.stats[3 * k.from] ?? 0;
      ids.set(row!.ids.subarray(from, from + count), at);
      stats[3 * i + 2] = count;
    }
    stats[3 * i + 1] = at;
    at += stats[3 * i + 2]!;
  });
  parts.push('');
  return { bucket, keys: parts.join('\n'), starts, stats, ids };
}
