import { analyzeArticle } from '../analysis/analyze-article.ts';
import type { ReportInput } from '../db/corpus-store.ts';
import type { CorpusDb } from '../db/corpus-db.ts';
import { saveReportsBatch, type BatchItem } from '../db/save-batch.ts';
import type { FileInput, FileResult } from '../protocol/options-messages.ts';
import type { Outcome } from '../protocol/options-views.ts';
import type { Obj } from '../protocol/validate.ts';
import { RecordError, validateReportRecord } from '../transfer/validate-record.ts';
import { sourceError, storageError, type SourceError } from './source-error.ts';
import { articleFromFile } from './text-input.ts';

/** A decoded .txt or .html file, read as an article and analysed; or why it is no article. */
export function analyseFile(name: string, type: 'text' | 'html', content: string): { ok: true; report: ReportInput } | { ok: false; error: SourceError } {
  const outcome = articleFromFile(name, type, content);
  return outcome.ok ? { ok: true, report: analyzeArticle(outcome.article) } : outcome;
}

/**
 * Files stored together: one transaction for all of them, each answered on its own (the same text twice is one
 * report); a storage failure stores none of them and says so once. A file sent with its content is analysed here;
 * one sent with its report is checked as an import's report is (identity recomputed, figures against the text, an
 * older analysis redone): the page that sent it is ours, but what it sends is data.
 */
export async function storeFiles(db: CorpusDb, files: readonly FileInput[], now: number): Promise<Outcome<{ results: FileResult[] }>> {
  const results: FileResult[] = [];
  const items: BatchItem[] = [];
  const at: number[] = [];
  files.forEach((file, i) => {
    let input: ReportInput;
    if ('report' in file) {
      try {
        input = validateReportRecord(file.report as unknown as Obj);
      } catch (error) {
        if (!(error instanceof RecordError)) throw error;
        results[i] = { ok: false, error: sourceError('storage', error.message) };
        return;
      }
    } else {
      const analysed = analyseFile(file.name, file.type, file.content);
      if (!analysed.ok) {
        results[i] = analysed;
        return;
      }
      input = analysed.report;
    }
    items.push({ input, source: { kind: 'file', key: `file:${file.name}`, title: file.name } });
    at.push(i);
  });
  try {
    const saved = items.length ? await saveReportsBatch(db, items, now) : [];
    saved.forEach((r, j) => (results[at[j]!] = { ok: true, id: r.id, created: r.outcome === 'added' }));
    return { ok: true, results };
  } catch (error) {
    return { ok: false, error: storageError(error) };
  }
}
