import { analyzeArticle } from '../analysis/analyze-article.ts';
import type { CorpusDb } from '../db/corpus-db.ts';
import { saveReportsBatch, type BatchItem } from '../db/save-batch.ts';
import type { FileInput, FileResult } from '../protocol/options-messages.ts';
import type { Outcome } from '../protocol/options-views.ts';
import { storageError } from './source-error.ts';
import { articleFromFile } from './text-input.ts';

/**
 * Files the reader chose, read as articles, analysed and stored together: one transaction for all of them, each
 * answered on its own (a file that is no article, on its own; the same text twice is one report); a storage failure
 * stores none of them and says so once.
 */
export async function storeFiles(db: CorpusDb, files: readonly FileInput[], now: number): Promise<Outcome<{ results: FileResult[] }>> {
  const results: FileResult[] = [];
  const items: BatchItem[] = [];
  const at: number[] = [];
  files.forEach((file, i) => {
    const outcome = articleFromFile(file.name, file.type, file.content);
    if (!outcome.ok) {
      results[i] = outcome;
      return;
    }
    items.push({ input: analyzeArticle(outcome.article), source: { kind: 'file', key: `file:${file.name}`, title: file.name } });
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
