import { analyzeArticle } from '../analysis/analyze-article.ts';
import type { CorpusDb } from '../db/corpus-db.ts';
import { saveReportsBatch, type BatchItem } from '../db/save-batch.ts';
import type { FileInput, FileResult } from '../protocol/options-messages.ts';
import { attempt, type Outcome } from '../model/source-error.ts';
import { articleFromFile } from './text-input.ts';
import { yieldToEventLoop } from '../util/yield.ts';

/** Files analysed between two looks at the event loop (~20-40 ms of work). */
const YIELD_EVERY = 10;

/**
 * Files the reader chose, read as articles, analysed and stored together: one transaction for all of them, each
 * answered on its own (a file that is no article, on its own; the same text twice is one report); a storage failure
 * stores none of them and says so once.
 */
export async function storeFiles(db: CorpusDb, files: readonly FileInput[], now: number): Promise<Outcome<{ results: FileResult[] }>> {
  const results: FileResult[] = [];
  const items: BatchItem[] = [];
  const at: number[] = [];
  for (const [i, file] of files.entries()) {
    // The batch before this one may still be committing: its callbacks run between files.
    if (i > 0 && i % YIELD_EVERY === 0) await yieldToEventLoop();
    const outcome = articleFromFile(file);
    if (!outcome.ok) {
      results[i] = outcome;
      continue;
    }
    items.push({ input: analyzeArticle(outcome.article), source: { kind: 'file', key: `file:${file.name}`, title: file.name } });
    at.push(i);
  }
  return attempt(async () => {
    const saved = items.length ? await saveReportsBatch(db, items, now) : [];
    saved.forEach((r, j) => (results[at[j]!] = { ok: true, id: r.id, created: r.outcome === 'added' }));
    return { results };
  });
}
