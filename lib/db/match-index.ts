import type { KeyPostings, MatchIndex } from '../match/match-index.ts';
import type { CorpusDb } from './corpus-db.ts';
import { readKeyStats } from './key-postings.ts';
import { REPORT_COUNT } from './report-count.ts';
import type { KeyStatRecord } from './records.ts';
import type { ReportRecord } from '../model/report.ts';

/** A stored report, as matches carry it: the whole record, so that showing a match needs no second read. */
export type StoredReport = ReportRecord & { id: number };

/**
 * The matching engine's view of the reader's corpus in IndexedDB: document frequencies and postings from
 * the key buckets (kept current on every save and delete; one request per bucket), the total from the count kept in
 * `meta`.
 * A query's calls share one read transaction (`batch`), and each call issues its requests together.
 */
export class DexieMatchIndex implements MatchIndex<StoredReport> {
  constructor(private readonly db: CorpusDb) {}

  batch<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction('r', [this.db.reports, this.db.keyBuckets, this.db.meta], work);
  }

  /**
   * Reports in the corpus, for IDF. Chromium counts an object store by walking it (a third of a second at 10,000
   * reports), so this reads the count kept in `meta` ("reportCount") when the store keeps one, and otherwise the
   * highest report id: ids only grow, so that is the count plus the deleted, near enough for a logarithm.
   */
  async count(): Promise<number> {
    const kept = await this.db.meta.get(REPORT_COUNT);
    if (kept) return kept.value;
    const last = await this.db.reports.orderBy(':id').lastKey();
    return typeof last === 'number' ? last : 0;
  }

  async lookup(keys: readonly string[], limit: number): Promise<KeyPostings[]> {
    const rows = await readKeyStats(this.db, keys);
    return rows.map((row) => postingsOf(row, limit));
  }

  async load(ids: readonly number[]): Promise<StoredReport[]> {
    const rows = await this.db.reports.bulkGet([...ids]);
    const out: StoredReport[] = [];
    for (const row of rows) if (row?.id !== undefined) out.push({ ...row, id: row.id });
    return out;
  }
}

/** What matching reads of a key's stored statistics: at most `limit` ids, and whether they are all. */
export function postingsOf(row: KeyStatRecord | undefined, limit: number): KeyPostings {
  if (!row) return { df: 0, ids: [], complete: true };
  const ids = Array.isArray(row.ids) ? row.ids : [];
  const complete = row.sample !== true && Array.isArray(row.ids) && ids.length === row.df && ids.length <= limit;
  return { df: row.df, ids: ids.length > limit ? ids.slice(0, limit) : ids, complete };
}
