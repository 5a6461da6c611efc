import type { MatchIndex } from '../match/match-index.ts';
import type { CorpusDb } from './corpus-db.ts';
import { REPORT_COUNT } from './report-count.ts';
import type { ReportRecord } from './records.ts';

/** A stored report, as matches carry it: the whole record, so that showing a match needs no second read. */
export type StoredReport = ReportRecord & { id: number };

/** The `meta` row in which the store may keep the number of reports current. */

/**
 * The matching engine's view of the reader's corpus in IndexedDB: postings from the reports' multiEntry `keys`
 * index, document frequencies from `keyStats` (kept current on every save and delete), the total from
 * reports.count(). A query's calls share one read transaction (`batch`), and each call issues its requests together.
 */
export class DexieMatchIndex implements MatchIndex<StoredReport> {
  constructor(private readonly db: CorpusDb) {}

  batch<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction('r', [this.db.reports, this.db.keyStats, this.db.meta], work);
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

  async docFrequencies(keys: readonly string[]): Promise<number[]> {
    const rows = await this.db.keyStats.bulkGet([...keys]);
    return rows.map((row) => row?.df ?? 0);
  }

  postings(keys: readonly string[], limit: number): Promise<number[][]> {
    return this.db.transaction('r', this.db.reports, () =>
      Promise.all(
        keys.map(async (key) => (await this.db.reports.where('keys').equals(key).limit(limit).primaryKeys()) as number[]),
      ),
    );
  }

  async load(ids: readonly number[]): Promise<StoredReport[]> {
    const rows = await this.db.reports.bulkGet([...ids]);
    const out: StoredReport[] = [];
    for (const row of rows) if (row?.id !== undefined) out.push({ ...row, id: row.id });
    return out;
  }
}
