import { analyzeArticle } from '../analysis/analyze-article.ts';
import type { CorpusDb } from '../db/corpus-db.ts';
import { saveReportsBatch, type BatchItem, type BatchResult } from '../db/save-batch.ts';
import type { AnalysedFile, FileInput, FileResult } from '../protocol/options-messages.ts';
import type { FileAnalysis } from '../protocol/analysis-worker-messages.ts';
import type { SourceInput } from '../model/source.ts';
import { attempt, type Outcome } from '../model/source-error.ts';
import { articleFromFile } from './text-input.ts';
import { yieldToEventLoop } from '../util/yield.ts';

/** Files analysed between two looks at the event loop (~20-40 ms of work). */
const YIELD_EVERY = 10;

/** The batch being analysed, then read against the store: the next batch's analysis waits for it. */
let analysing: Promise<unknown> = Promise.resolve();

/**
 * Files the reader chose, read as articles, analysed and stored together: one transaction for all of them, each
 * answered on its own (a file that is no article, on its own; the same text twice is one report); a storage failure
 * stores none of them and says so once. Batches that arrive together take turns: a batch is analysed, then finds
 * the stored reports it meets (the worker waits on IndexedDB meanwhile), and only then does the next
 * batch's analysis start, in pieces between which the first batch's writes go on.
 */
export async function storeFiles(db: CorpusDb, files: readonly FileInput[], now: number): Promise<Outcome<{ results: FileResult[] }>> {
  let release = () => {};
  const read = new Promise<void>((resolve) => (release = resolve));
  const turn = analysing.then(() => analyseFiles(files));
  analysing = turn.then(() => read, () => undefined);
  let analysed: Awaited<typeof turn>;
  try {
    analysed = await turn;
  } catch (error) {
    release();
    throw error;
  }
  const { results, items, at } = analysed;
  return attempt(async () => {
    try {
      const saved = items.length ? await saveReportsBatch(db, items, now, release) : [];
      saved.forEach((r, j) => (results[at[j]!] = stored(r)));
      return { results };
    } finally {
      release();
    }
  });
}

/** A file's answer once its report is stored. */
function stored(r: BatchResult): FileResult {
  return { ok: true, id: r.id, created: r.outcome === 'added' };
}

/** The source a file's report is stored under: the file's name. */
function fileSource(name: string): SourceInput {
  return { kind: 'file', key: `file:${name}`, title: name };
}

/** One file read as an article and analysed, or why it is no article. */
export function analyseFile(file: FileInput): FileAnalysis {
  const outcome = articleFromFile(file);
  return outcome.ok ? { ok: true, report: analyzeArticle(outcome.article) } : outcome;
}

/**
 * Files the options page's analysis worker analysed (their reports checked as the message was), stored together in
 * one transaction as storeFiles stores them; a storage failure stores none of them and says so once.
 */
export async function storeAnalysedFiles(db: CorpusDb, files: readonly AnalysedFile[], now: number): Promise<Outcome<{ results: FileResult[] }>> {
  return attempt(async () => {
    const saved = await saveReportsBatch(
      db,
      files.map((f) => ({ input: f.report, source: fileSource(f.name) })),
      now,
    );
    return { results: saved.map(stored) };
  });
}

async function analyseFiles(files: readonly FileInput[]): Promise<{ results: FileResult[]; items: BatchItem[]; at: number[] }> {
  const results: FileResult[] = [];
  const items: BatchItem[] = [];
  const at: number[] = [];
  for (const [i, file] of files.entries()) {
    // The batch before this one may still be committing: its callbacks run between files.
    if (i > 0 && i % YIELD_EVERY === 0) await yieldToEventLoop();
    const outcome = analyseFile(file);
    if (!outcome.ok) {
      results[i] = outcome;
      continue;
    }
    items.push({ input: outcome.report, source: fileSource(file.name) });
    at.push(i);
  }
  return { results, items, at };
}
