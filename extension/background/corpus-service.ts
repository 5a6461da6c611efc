import { corpusListing, reportDetail, reportsMatching, reportSummaries, searchTerms } from '../../lib/db/corpus-listing.ts';
import { deleteReports } from '../../lib/db/corpus-store.ts';
import { exportPage, type ExportCursor, type ExportPage } from '../../lib/transfer/export-page.ts';
import type { CorpusListing, CorpusQuery, ReportDetail, ReportSummary } from '../../lib/model/corpus-view.ts';
import type { Outcome } from '../../lib/model/source-error.ts';
import { storageError } from '../../lib/model/source-error.ts';
import { corpus } from './corpus.ts';
import { clearKeyStats } from '../../lib/db/key-postings.ts';
import { reportCount, setReportCount } from '../../lib/db/report-count.ts';

/**
 * Summaries of every report, kept while the worker lives: the corpus browser filters them on each keystroke without
 * reading every text again. Dropped on every change made here, and checked against the count and the newest id for
 * changes made elsewhere (pages added from the toolbar).
 */
let cache: { summaries: ReportSummary[]; signature: string } | null = null;

export function corpusChanged(): void {
  cache = null;
}

async function signature(): Promise<string> {
  const db = corpus();
  const [count, last] = await Promise.all([reportCount(db), db.reports.orderBy(':id').lastKey()]);
  return `${count}:${String(last)}`;
}

async function summaries(): Promise<ReportSummary[]> {
  const sig = await signature();
  if (cache?.signature !== sig) cache = { summaries: await reportSummaries(corpus()), signature: sig };
  return cache.summaries;
}

export async function queryCorpus(query: CorpusQuery): Promise<CorpusListing> {
  const terms = searchTerms(query.text);
  const matches = terms.length ? await reportsMatching(corpus(), terms) : null;
  return corpusListing(await summaries(), query, matches);
}

export async function getReport(id: number): Promise<{ report: ReportDetail | null }> {
  return { report: await reportDetail(corpus(), id) };
}

export async function deleteCorpusReports(ids: number[]): Promise<Outcome<{ deleted: number }>> {
  try {
    const deleted = await deleteReports(corpus(), ids);
    corpusChanged();
    return { ok: true, deleted };
  } catch (error) {
    return { ok: false, error: storageError(error) };
  }
}

/** Every report goes; feed subscriptions stay (with what they have seen, so they do not bring it all back). */
export async function clearCorpus(): Promise<Outcome<{ deleted: number }>> {
  const db = corpus();
  try {
    const deleted = await db.transaction('rw', [db.reports, db.keyBuckets, db.sources, db.meta], async () => {
      const count = await db.reports.count();
      await db.reports.clear();
      await setReportCount(db, 0);
      await clearKeyStats(db);
      await db.sources.filter((s) => !s.feed).delete();
      return count;
    });
    corpusChanged();
    return { ok: true, deleted };
  } catch (error) {
    return { ok: false, error: storageError(error) };
  }
}

export function exportCorpusPage(cursor: ExportCursor): Promise<ExportPage> {
  return exportPage(corpus(), cursor, Date.now());
}
