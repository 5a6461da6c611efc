import Dexie, { type EntityTable, type Table } from 'dexie';
import type { JobChunkRecord, JobRecord } from '../model/job.ts';
import type { KeyBucketRecord, MetaRecord } from './records.ts';
import type { ReportRecord } from '../model/report.ts';
import type { SourceRecord } from '../model/source.ts';
import { DEFAULT_KEY_TIER, type KeyTier } from './key-stats.ts';
import { SCHEMA_VERSIONS } from './schema.ts';

/** The reader's corpus, in the extension's origin. Schema versions are appended in schema.ts, never edited. */
export class CorpusDb extends Dexie {
  reports!: EntityTable<ReportRecord, 'id'>;
  sources!: EntityTable<SourceRecord, 'id'>;
  keyBuckets!: EntityTable<KeyBucketRecord, 'bucket'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  jobs!: EntityTable<JobRecord, 'id'>;
  jobChunks!: Table<JobChunkRecord, [number, number]>;
  /** When key statistics go to delta rows and are merged (lib/db/key-postings.ts); tests set a small one. */
  keyTier: KeyTier = DEFAULT_KEY_TIER;

  constructor(name = 'parallax', options?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}
