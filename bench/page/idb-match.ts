// Runs in the built extension (bundled by bench/browser-bundle.ts), in its service worker, where the extension
// analyses, stores and matches (match-idb), or in one of its pages (reliability's set-up): the corpus in Chromium's
// real IndexedDB, written and matched by the same lib code the background runs. The database is 'parallax-bench'
// unless `globalThis.parallaxIdbName` names another before the bundle runs ('parallax': the extension's own).
import { analyzeArticle } from '../../lib/analysis/analyze-article.ts';
import { CorpusDb } from '../../lib/db/corpus-db.ts';
import { saveReport } from '../../lib/db/corpus-store.ts';
import { DexieMatchIndex } from '../../lib/db/match-index.ts';
import { reportCount } from '../../lib/db/report-count.ts';
import { saveReportsBatch } from '../../lib/db/save-batch.ts';
import { FILE_BATCHES_IN_FLIGHT } from '../../lib/model/limits.ts';
import type { Outcome } from '../../lib/model/source-error.ts';
import type { FileInput, FileResult } from '../../lib/protocol/options-messages.ts';
import { storeFiles } from '../../lib/sources/add-files.ts';
import { DEFAULT_IMPORT_BATCH } from '../../lib/jobs/import-job.ts';
import { findMatches } from '../../lib/match/find-matches.ts';
import { articleFromText } from '../../lib/extract/text-article.ts';
import { generateCorpus, type GeneratedReport } from '../generate-corpus.ts';
import { extensionBase, installConceptLexicons } from './install-concepts.ts';

const db = new CorpusDb((globalThis as { parallaxIdbName?: string }).parallaxIdbName ?? 'parallax-bench');
const SOURCE = { kind: 'import' as const, key: 'bench', title: 'Bench' };
let chunk = 0;
/**
 * Batches whose texts fillTo makes up at a time (a batch's texts are some 8 MB): a folder ends with one batch stored
 * while none is analysed, and so does each of these runs.
 */
const FILL_AHEAD = 5;

function input(r: GeneratedReport, n: number) {
  const article = articleFromText(r.text, { title: r.title, url: `https://bench.example/${n}`, publishedTime: r.publishedTime, langHint: r.lang });
  return analyzeArticle(article);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function generate(count: number): Promise<GeneratedReport[]> {
  // Every call that analyses makes its reports here: none before the lexicons are in.
  await lexicons;
  return generateCorpus({ reports: count, seed: 1000 + chunk++, vocabulary: await lexicons });
}

// Every language's lexicon, as the extension loads them when the reader has chosen no languages: analysis below
// makes concept keys as the service worker's does.
const base = extensionBase();
if (!base) throw new Error('idb-match runs in the extension (service worker or page): no chrome.runtime here');
const lexicons = installConceptLexicons(base);

(globalThis as Record<string, unknown>)['parallaxIdb'] = {
  /** Waits for the concept lexicons (the bench's heap row reads the service worker's heap after them). */
  async ready(): Promise<void> {
    await lexicons;
  },
  /** Reports analysed and added one by one, as the popup and the content script add them: reports per second. */
  async addOneByOne(count: number): Promise<number> {
    const reports = await generate(count);
    const base = await db.reports.count();
    const t0 = performance.now();
    for (const [i, r] of reports.entries()) await saveReport(db, input(r, base + i), SOURCE, Date.now());
    return (count / (performance.now() - t0)) * 1000;
  },
  /** Analysis alone, no storage, after as many reports again to warm up (the rows after it run warm): reports per second. */
  async analyzeOnly(count: number): Promise<number> {
    (await generate(count)).forEach((r, i) => input(r, i));
    const reports = await generate(count);
    const t0 = performance.now();
    reports.forEach((r, i) => input(r, i));
    return (count / (performance.now() - t0)) * 1000;
  },
  /** Storage alone: reports analysed beforehand (untimed), then added in batches as imports store them: reports per second. */
  async storeOnly(count: number): Promise<number> {
    // A database of its own, so that the corpora of the sizes measured next start from nothing.
    const own = new CorpusDb('parallax-bench-store');
    const inputs = (await generate(count)).map((r, i) => ({ input: input(r, i), source: SOURCE }));
    const t0 = performance.now();
    for (let i = 0; i < inputs.length; i += DEFAULT_IMPORT_BATCH) {
      const batch = inputs.slice(i, i + DEFAULT_IMPORT_BATCH);
      await own.transaction('rw', [own.reports, own.sources, own.keyBuckets, own.meta], () => saveReportsBatch(own, batch, Date.now()));
    }
    const rate = (count / (performance.now() - t0)) * 1000;
    await own.delete();
    return rate;
  },
  count(): Promise<number> {
    return reportCount(db);
  },
  /**
   * Grows the corpus to `target` reports as the extension adds a folder of articles (lib/sources/add-files.ts): batches
   * of DEFAULT_IMPORT_BATCH files, FILE_BATCHES_IN_FLIGHT of them unanswered, so that one is analysed while the one
   * before commits: the reports added and the milliseconds spent (making up the texts not).
   */
  async fillTo(target: number): Promise<{ added: number; ms: number }> {
    // The stored count, not count(): Chromium counts by walking the store (~1 s of the browser's CPU at 100,000).
    let total = await reportCount(db);
    const start = total;
    let spent = 0;
    while (total < target) {
      // A few batches' texts at a time, made up before the clock starts: the bench's own made-up reports are no
      // part of the extension's heap for the collector to mark beyond what the reader's folder would hold.
      const count = Math.min(FILL_AHEAD * DEFAULT_IMPORT_BATCH, target - total);
      const files: FileInput[] = (await generate(count)).map((r, j) => ({
        type: 'article',
        name: `report-${total + j}.txt`,
        article: articleFromText(r.text, { title: r.title, url: `https://bench.example/${total + j}`, publishedTime: r.publishedTime, langHint: r.lang }),
      }));
      const t0 = performance.now();
      const inFlight: Array<Promise<Outcome<{ results: FileResult[] }>>> = [];
      const answered = (outcome: Outcome<{ results: FileResult[] }>) => {
        if (!outcome.ok) throw new Error(`a batch was not stored: ${JSON.stringify(outcome.error)}`);
      };
      for (let i = 0; i < files.length; i += DEFAULT_IMPORT_BATCH) {
        if (inFlight.length >= FILE_BATCHES_IN_FLIGHT) answered(await inFlight.shift()!);
        const batch = files.slice(i, i + DEFAULT_IMPORT_BATCH);
        inFlight.push(storeFiles(db, batch, Date.now()));
      }
      for (const p of inFlight) answered(await p);
      spent += performance.now() - t0;
      const before = total;
      total = await reportCount(db);
      // Generated reports that repeat stored ones are merged, rightly: a corpus that stops growing is the generator's fault.
      if (total - before < count / 2) throw new Error(`the corpus grew by ${total - before} of ${count} reports`);
    }
    return { added: total - start, ms: spent };
  },
  /** Time to match one stored article against the corpus: findMatches, whose matches carry their whole records, as the popup shows them. */
  async match(queries: number): Promise<{ median: number; p95: number; found: number; size: number }> {
    const index = new DexieMatchIndex(db);
    const size = await db.reports.count();
    const keys = (await db.reports.toCollection().primaryKeys()) as number[];
    const times: number[] = [];
    let found = 0;
    for (let q = 0; q < queries; q++) {
      const id = keys[Math.floor(((q + 0.5) / queries) * keys.length)]!;
      const report = await db.reports.get(id);
      if (!report) continue;
      const t0 = performance.now();
      const matches = await findMatches({ keys: report.keys, publishedAt: report.publishedAt, lang: report.lang, exclude: [id] }, index);
      times.push(performance.now() - t0);
      if (matches.length) found++;
    }
    times.sort((a, b) => a - b);
    return { median: quantile(times, 0.5), p95: quantile(times, 0.95), found, size };
  },
  /** Where matching time goes: the index's calls, timed. */
  async profile(queries: number): Promise<Record<string, number>> {
    const base = new DexieMatchIndex(db);
    const spent: Record<string, number> = { count: 0, lookup: 0, load: 0, total: 0 };
    const timed = <A extends unknown[], R>(name: string, fn: (...a: A) => Promise<R>) => async (...a: A) => {
      const t0 = performance.now();
      const r = await fn(...a);
      spent[name]! += performance.now() - t0;
      return r;
    };
    const index = {
      count: timed('count', () => base.count()),
      lookup: timed('lookup', (k: readonly string[], l: number) => base.lookup(k, l)),
      load: timed('load', (ids: readonly number[]) => base.load(ids)),
    };
    const keys = (await db.reports.toCollection().primaryKeys()) as number[];
    for (let q = 0; q < queries; q++) {
      const id = keys[Math.floor(((q + 0.5) / queries) * keys.length)]!;
      const report = await db.reports.get(id);
      if (!report) continue;
      const t0 = performance.now();
      await findMatches({ keys: report.keys, publishedAt: report.publishedAt, lang: report.lang, exclude: [id] }, index);
      spent['total']! += performance.now() - t0;
    }
    for (const k of Object.keys(spent)) spent[k] = spent[k]! / queries;
    return spent;
  },
  async storage(): Promise<number> {
    return (await navigator.storage.estimate()).usage ?? NaN;
  },
};
