import { ANALYSIS_VERSION } from '../analysis/analyze-article.ts';
import type { CorpusDb } from '../db/corpus-db.ts';
import { countReports, reportsAfter, reportsByIds } from '../db/corpus-store.ts';
import { sourcesByIds } from '../db/sources-store.ts';
import { endLine, exportPiece, headerLine } from './export-writer.ts';
import type { ReportRecord } from '../model/report.ts';

/** Where an export stands between pages; the page that writes the file carries it from call to call. */
export interface ExportCursor {
  /** The selection (report ids), or null for the whole corpus. */
  ids: number[] | null;
  /** Whole corpus: the last id written; a selection: how many of its ids are written. 0 = not started. */
  after: number;
  /** Sources whose line is written already. */
  emitted: number[];
  /** Report lines written so far. */
  written: number;
}

export interface ExportPage {
  text: string;
  /** Report lines written so far, this page included. */
  written: number;
  /** null when the export is complete (the end line is in `text`). */
  next: ExportCursor | null;
}

export const EXPORT_PAGE_SIZE = 200;

/**
 * The next piece of an export file: the header first, then reports in id order with their sources, then the end
 * line. Reports deleted meanwhile are skipped, so the count in the end line is always what the file holds.
 */
export async function exportPage(db: CorpusDb, cursor: ExportCursor, now: number, pageSize = EXPORT_PAGE_SIZE): Promise<ExportPage> {
  let text = '';
  if (cursor.after === 0 && cursor.written === 0) {
    const total = cursor.ids ? cursor.ids.length : await countReports(db);
    text += headerLine({ exportedAt: new Date(now).toISOString(), analysisVersion: ANALYSIS_VERSION, reports: total });
  }
  let reports: ReportRecord[];
  let after: number;
  let done: boolean;
  if (cursor.ids) {
    const slice = cursor.ids.slice(cursor.after, cursor.after + pageSize);
    reports = await reportsByIds(db, slice);
    after = cursor.after + slice.length;
    done = after >= cursor.ids.length;
  } else {
    reports = await reportsAfter(db, cursor.after, pageSize);
    after = reports.at(-1)?.id ?? cursor.after;
    done = reports.length < pageSize;
  }
  const sourceIds = [...new Set(reports.map((r) => r.sourceId).filter((id): id is number => id !== null && !cursor.emitted.includes(id)))];
  const sourceRows = await sourcesByIds(db, sourceIds);
  const emitted = new Set(cursor.emitted);
  text += exportPiece(reports, new Map(sourceRows.map((s) => [s.id!, s])), emitted);
  const written = cursor.written + reports.length;
  if (done) return { text: text + endLine(written), written, next: null };
  return { text, written, next: { ids: cursor.ids, after, emitted: [...emitted], written } };
}

/** The whole export as pieces, for Node (tests, the bench, a CLI). */
export async function* exportCorpus(db: CorpusDb, ids: number[] | null, now: number): AsyncGenerator<string> {
  let cursor: ExportCursor | null = { ids, after: 0, emitted: [], written: 0 };
  while (cursor) {
    const page: ExportPage = await exportPage(db, cursor, now);
    yield page.text;
    cursor = page.next;
  }
}
