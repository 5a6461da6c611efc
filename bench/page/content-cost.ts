// Runs inside a real page (bundled by bench/browser-bundle.ts): times Parallax's work on the page against
// Readability's own parse of the same page. Extraction and marking run in the page (the content script); analysis
// and matching run in the extension's service worker, timed here on the same engine, matching against a corpus in
// this origin's IndexedDB.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { analyzeArticle } from '../../lib/analysis/analyze-article.ts';
import { CorpusDb } from '../../lib/db/corpus-db.ts';
import { DexieMatchIndex } from '../../lib/db/match-index.ts';
import { saveReportsBatch } from '../../lib/db/save-batch.ts';
import { extractArticle } from '../../lib/extract/extract-article.ts';
import { articleFromText } from '../../lib/extract/text-article.ts';
import { Highlighter } from '../../lib/highlight/highlighter.ts';
import { findMatches } from '../../lib/match/find-matches.ts';
import { generateCorpus } from '../generate-corpus.ts';

/** Mean ms per run over a batch: the page's clock is coarse (0.1 ms), so single runs cannot be timed. */
function time(runs: number, fn: () => void): number {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - t0) / runs;
}

const strings = { othersSay: 'Others:', cites: 'citing', more: (n: number) => `and ${n} more`, verdict: { conflict: 'Conflict', discrepancy: 'Differ', consistent: 'Agree' } };
const db = new CorpusDb('parallax-content-cost');

(globalThis as Record<string, unknown>)['parallaxFillCorpus'] = async (size: number) => {
  const have = await db.reports.count();
  if (have >= size) return have;
  const SOURCE = { kind: 'import' as const, key: 'bench', title: 'Bench' };
  const items = generateCorpus({ reports: size - have, seed: 77 }).map((r, n) => ({
    input: analyzeArticle(articleFromText(r.text, { title: r.title, url: `https://bench.example/${have + n}`, publishedTime: r.publishedTime, langHint: r.lang })),
    source: SOURCE,
  }));
  for (let i = 0; i < items.length; i += 500) await saveReportsBatch(db, items.slice(i, i + 500), Date.now());
  return db.reports.count();
};

(globalThis as Record<string, unknown>)['parallaxContentCost'] = async (runs: number) => {
  const readability = time(runs, () => new Readability(document.cloneNode(true) as Document).parse());
  let quotes: string[] = [];
  // What the content script does on load: the cheap check, extraction, and marking what the background sends back.
  const content = time(runs, () => {
    if (!isProbablyReaderable(document)) return;
    const result = extractArticle(document, { url: location.href, force: true });
    if (!result.ok) return;
    quotes = result.article.text.match(/[\d][\d.,]*\s+\S+/g)?.slice(0, 8) ?? [];
    const h = new Highlighter(document, strings);
    h.mark(quotes.map((quote) => ({ quote, occurrence: 0, verdict: 'conflict', label: 'x', others: [] })));
    h.clear();
  });
  const result = extractArticle(document, { url: location.href });
  if (!result.ok) return { readability, content, analysis: 0, matching: 0, marks: 0, elements: 0 };
  const analysis = time(runs, () => analyzeArticle(result.article));
  const report = analyzeArticle(result.article);
  // The seeds are in the corpus too (each page adds itself), so matching finds real versions, not only noise.
  await saveReportsBatch(db, [{ input: report, source: { kind: 'page', key: 'page', title: 'Pages' } }], Date.now());
  const index = new DexieMatchIndex(db);
  const matching = await timeAsync(Math.min(runs, 20), () => findMatches({ keys: report.keys, publishedAt: report.publishedAt }, index));
  return { readability, content, analysis, matching, marks: quotes.length, elements: document.getElementsByTagName('*').length };
};

(globalThis as Record<string, unknown>)['parallaxNonArticleCost'] = (runs: number) =>
  time(runs, () => {
    if (isProbablyReaderable(document)) extractArticle(document, { url: location.href, force: true });
  });

(globalThis as Record<string, unknown>)['parallaxBreakdown'] = (runs: number) => ({
  readerable: time(runs, () => isProbablyReaderable(document)),
  clone: time(runs, () => document.cloneNode(true)),
  textContent: time(runs, () => document.body.textContent?.trim()),
  count: time(runs, () => document.getElementsByTagName('*').length),
  extract: time(runs, () => extractArticle(document, { url: location.href, force: true })),
  mark: (() => {
    const result = extractArticle(document, { url: location.href, force: true });
    const quotes = result.ok ? (result.article.text.match(/[\d][\d.,]*\s+\S+/g)?.slice(0, 8) ?? []) : [];
    const h = new Highlighter(document, strings);
    return time(runs, () => {
      h.mark(quotes.map((quote) => ({ quote, occurrence: 0, verdict: 'conflict', label: 'x', others: [] })));
      h.clear();
    });
  })(),
});
