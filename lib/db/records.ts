/** A match key's document frequency and postings, as matching and the tests see them. */
export interface KeyStatRecord {
  key: string;
  /** Reports that hold the key. */
  df: number;
  /** Ids of the reports that hold it, ascending: all of them, or the first KEPT_POSTINGS that got it. */
  ids: number[];
  /** Set once the key has had more holders than are kept: `ids` is then a sample, not the list. */
  sample?: true;
}

/**
 * The key statistics of every key whose hash falls in one bucket (schema version 3), kept current in the same
 * transaction as the reports: IndexedDB charges per request more than per byte, so a batch writes a few thousand
 * bucket rows rather than a row per key, and a query reads one bucket per key.
 */
export interface KeyBucketRecord {
  bucket: number;
  /** The bucket's keys, each after a newline, and a newline at the end: "\nn:RU\nv:14000\n". */
  keys: string;
  /** Per key: where its newline is in `keys`. */
  starts: Int32Array;
  /** Per key: its df (negated when its ids are a sample), where its ids start in `ids`, how many there are. */
  stats: Int32Array;
  ids: Int32Array;
}

export interface MetaRecord {
  key: string;
  value: number;
}
