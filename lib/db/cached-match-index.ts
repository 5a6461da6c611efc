import Dexie from 'dexie';
import type { KeyPostings, MatchIndex } from '../match/match-index.ts';
import type { CorpusDb } from './corpus-db.ts';
import { findStoredReport } from './corpus-store.ts';
import { bucketOf, KEY_BUCKETS, KEY_DELTA_FROM, keyStatsIn } from './key-stats.ts';
import { DexieMatchIndex, postingsOf, type StoredReport } from './match-index.ts';
import type { KeyBucketRecord } from './records.ts';

export interface MatchCacheLimits {
  /** Bytes of key buckets kept (their keys, counts and postings as stored). */
  bucketBytes: number;
  /** Stored reports kept. */
  reports: number;
}

/** A corpus of 10,000 reports keeps ~15 MB of key buckets: all of it fits; a bigger one keeps its busiest part. */
const DEFAULT_LIMITS: MatchCacheLimits = { bucketBytes: 24 << 20, reports: 2_000 };

const rowBytes = (row: KeyBucketRecord | null) =>
  row ? row.keys.length * 2 + row.starts.byteLength + row.stats.byteLength + row.ids.byteLength : 0;

/**
 * The corpus as matching reads it, remembered between queries: in Chromium every IndexedDB request costs a round
 * trip to the browser process (a query at 1,000 reports reads ~100 key buckets and ~20 reports, ~8 ms, mostly
 * waiting), while the corpus changes only when something is added or removed. What is kept lasts as long as the
 * service worker (Chromium stops it after 30 s without events): pages read in a row share it.
 *
 * Whatever any context commits to the corpus (this service worker, an extension page) empties the cache: Dexie
 * fires `storagemutated` for every committed write transaction, here or in another context of the origin. A read
 * that was under way when a write committed is used for its own query but not kept.
 */
export class CachedMatchIndex implements MatchIndex<StoredReport> {
  private readonly store: DexieMatchIndex;
  private readonly limits: MatchCacheLimits;
  private readonly buckets = new Map<number, KeyBucketRecord | null>();
  private readonly reports = new Map<number, StoredReport | null>();
  private readonly stored = new Map<string, StoredReport | null>();
  private bytesHeld = 0;
  private total: number | null = null;
  /** Whether the corpus keeps delta rows (lib/db/key-postings.ts), once read. */
  private deltas: boolean | undefined;
  /** Bumped by every committed write: a read begun under another generation may be stale. */
  private generation = 0;
  private readonly onMutated = (parts: Record<string, unknown>) => {
    const prefix = `idb://${this.db.name}/`;
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) this.clear();
  };

  constructor(
    private readonly db: CorpusDb,
    limits: Partial<MatchCacheLimits> = {},
  ) {
    this.store = new DexieMatchIndex(db);
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    Dexie.on('storagemutated', this.onMutated);
  }

  /** Stops listening for writes (the cache is then of no further use). */
  close(): void {
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    this.clear();
  }

  /** Forgets everything read. */
  clear(): void {
    this.generation++;
    this.buckets.clear();
    this.reports.clear();
    this.stored.clear();
    this.bytesHeld = 0;
    this.total = null;
    this.deltas = undefined;
  }

  /** What the cache holds, for tests and the bench. */
  get size(): { buckets: number; bytes: number; reports: number } {
    return { buckets: this.buckets.size, bytes: this.bytesHeld, reports: this.reports.size };
  }

  async count(): Promise<number> {
    if (this.total !== null) return this.total;
    const generation = this.generation;
    const total = await this.store.count();
    if (generation === this.generation) this.total = total;
    return total;
  }

  async lookup(keys: readonly string[], limit: number): Promise<KeyPostings[]> {
    // Whole buckets are kept, not keys: a later page's keys often fall in buckets an earlier page read.
    const buckets = [...new Set(keys.map(bucketOf))];
    const generation = this.generation;
    // The rows this query uses: those held when it asked (a write that empties the cache meanwhile does not take
    // them from under it), and those it reads.
    const rows = new Map<number, KeyBucketRecord | null>();
    const fresh: number[] = [];
    const fetch = async (numbers: number[]) => {
      const wanted: number[] = [];
      for (const n of numbers) {
        const held = this.buckets.get(n);
        if (held !== undefined) rows.set(n, held);
        else wanted.push(n);
      }
      if (!wanted.length) return;
      const read = await this.db.keyBuckets.bulkGet(wanted);
      wanted.forEach((n, i) => rows.set(n, read[i] ?? null));
      fresh.push(...wanted);
    };
    const [deltas] = await Promise.all([this.deltas ?? this.db.meta.get(KEY_DELTA_FROM).then((row) => row !== undefined), fetch(buckets)]);
    if (deltas) await fetch(buckets.map((b) => b + KEY_BUCKETS));
    if (generation === this.generation) {
      this.deltas = deltas;
      for (const n of fresh) this.keepBucket(n, rows.get(n) ?? null);
    }
    return keyStatsIn(keys, (bucket) => rows.get(bucket) ?? undefined).map((row) => postingsOf(row, limit));
  }

  async load(ids: readonly number[]): Promise<StoredReport[]> {
    // As lookup: what is held when asked, and what is read.
    const found = new Map<number, StoredReport | null>();
    const missing: number[] = [];
    for (const id of ids) {
      const held = this.reports.get(id);
      if (held !== undefined) found.set(id, held);
      else missing.push(id);
    }
    if (missing.length) {
      const generation = this.generation;
      const read = new Map((await this.store.load(missing)).map((r) => [r.id, r]));
      for (const id of missing) found.set(id, read.get(id) ?? null);
      if (generation === this.generation) for (const id of missing) this.keepReport(id, found.get(id) ?? null);
    }
    const out: StoredReport[] = [];
    for (const id of ids) {
      const report = found.get(id);
      if (report) out.push(report);
    }
    return out;
  }

  /** The stored report with this URL, or else with this text (what saving the page would update). */
  async findStored(url: string, contentHash: string): Promise<StoredReport | undefined> {
    const id = `${url}\n${contentHash}`;
    const kept = this.stored.get(id);
    if (kept !== undefined) return kept ?? undefined;
    const generation = this.generation;
    const found = await findStoredReport(this.db, url, contentHash);
    if (generation === this.generation) {
      this.stored.set(id, found ?? null);
      for (const old of this.stored.keys()) {
        if (this.stored.size <= this.limits.reports) break;
        this.stored.delete(old);
      }
    }
    return found;
  }

  private keepBucket(bucket: number, row: KeyBucketRecord | null): void {
    this.buckets.set(bucket, row);
    this.bytesHeld += rowBytes(row);
    // Oldest first: Maps iterate in insertion order.
    for (const [old, oldRow] of this.buckets) {
      if (this.bytesHeld <= this.limits.bucketBytes) break;
      this.buckets.delete(old);
      this.bytesHeld -= rowBytes(oldRow);
    }
  }

  private keepReport(id: number, report: StoredReport | null): void {
    this.reports.set(id, report);
    for (const oldId of this.reports.keys()) {
      if (this.reports.size <= this.limits.reports) break;
      this.reports.delete(oldId);
    }
  }
}
