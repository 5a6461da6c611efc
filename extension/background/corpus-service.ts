import { corpusListing, reportDetail, reportsMatching, reportSummaries, searchTerms } from '../../lib/db/corpus-listing.ts';
import { clearReports, corpusSignature, deleteReports } from '../../lib/db/corpus-store.ts';
import type { CorpusListing, CorpusQuery, ReportDetail, ReportSummary } from '../../lib/model/corpus-view.ts';
import { attempt, type Outcome } from '../../lib/model/source-error.ts';
import { exportPage, type ExportCursor, type ExportPage } from '../../lib/transfer/export-page.ts';
import { corpus } from './corpus.ts';

/**
 * Summaries of every report, kept while the worker lives: the corpus browser filters them on each keystroke without
 * reading every text again. Dropped on every change made here, and checked against the count and the newest id for
 * changes made elsewhere (pages added from the toolbar).
 */
let cache: { summaries: ReportSummary[]; signature: string } | null = null;

export function corpusChanged(): void {
  cache = null;
}

async function summaries(): Promise<ReportSummary[]> {
  const sig = await corpusSignature(corpus());
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

export function deleteCorpusReports(ids: number[]): Promise<Outcome<{ deleted: number }>> {
  return attempt(async () => {
    const deleted = await deleteReports(corpus(), ids);
    corpusChanged();
    return { deleted };
  });
}

/** Every report goes; feed subscriptions stay. */
export function clearCorpus(): Promise<Outcome<{ deleted: number }>> {
  return attempt(async () => {
    const deleted = await clearReports(corpus());
    corpusChanged();
    return { deleted };
  });
}

export function exportCorpusPage(cursor: ExportCursor): Promise<ExportPage> {
  return exportPage(corpus(), cursor, Date.now());
}
