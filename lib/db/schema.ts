import type { Transaction } from 'dexie';

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
];
