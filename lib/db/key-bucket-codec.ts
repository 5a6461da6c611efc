import type { KeyBucketRecord, KeyStatRecord } from './records.ts';

/** A key's statistics inside a bucket. */
export type KeyEntry = Omit<KeyStatRecord, 'key'>;

/**
 * A bucket as IndexedDB stores it: one string and three typed arrays, which the browser copies in and out whole,
 * where a Map of entries costs an object and an array per key each time it is read (most of a query at 100,000
 * reports). Keys never hold a newline (match keys are words, numbers and dates).
 */
export function encodeBucket(bucket: number, entries: ReadonlyMap<string, KeyEntry>, seq = 0, base = true): KeyBucketRecord {
  const starts = new Int32Array(entries.size);
  const stats = new Int32Array(entries.size * 3);
  let idCount = 0;
  for (const entry of entries.values()) idCount += entry.ids.length;
  const ids = new Int32Array(idCount);
  let keys = '\n';
  let i = 0;
  let at = 0;
  for (const [key, entry] of entries) {
    starts[i] = keys.length - 1;
    keys += key + '\n';
    stats[3 * i] = entry.sample ? -entry.df : entry.df;
    stats[3 * i + 1] = at;
    stats[3 * i + 2] = entry.ids.length;
    ids.set(entry.ids, at);
    at += entry.ids.length;
    i++;
  }
  return { bucket, seq, base, keys, starts, stats, ids };
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
