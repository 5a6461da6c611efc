import type { Transaction } from 'dexie';
import { rebuildKeyStatsV3, upgradeSourceV2, type SourceRecordV1 } from './migrations.ts';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Runs once when a database of an earlier version is opened. Its logic lives in a pure, tested function. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Append a new entry for every schema change; never edit an entry users may hold data in. */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      reports: '++id, &url, contentHash, lang, siteName, addedAt, publishedAt, sourceId, *keys',
      sources: '++id, &key, kind',
      keyStats: '&key',
      meta: '&key',
    },
  },
  {
    // Feed subscriptions live on their source; long work (imports, refreshes) is a job that survives the worker.
    version: 2,
    stores: {
      jobs: '++id, status',
      jobChunks: '[jobId+seq], jobId',
    },
    upgrade: async (tx) => {
      const now = Date.now();
      await tx.table<SourceRecordV1>('sources').toCollection().modify((source, ref) => {
        ref.value = upgradeSourceV2(source, now);
      });
    },
  },
  {
    // Key statistics gain their postings and live in buckets (records.ts says why), so reports lose their `*keys`
    // index, which every write maintained and which Chromium reads at ~11 µs per entry.
    version: 3,
    stores: {
      reports: '++id, &url, contentHash, lang, siteName, addedAt, publishedAt, sourceId',
      keyStats: null,
      keyBuckets: '&bucket',
    },
    upgrade: (tx) => rebuildKeyStatsV3(tx),
  },
];
