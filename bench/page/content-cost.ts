// Runs inside a real page (bundled by bench/browser-bundle.ts): times Parallax's work on the page against
// Readability's own parse of the same page. Extraction and marking run in the page (the content script); analysis
// and the comparison with the corpus (lib/pipeline/compare-page.ts: matching, figure groups, marks) run in the
// extension's service worker, timed here on the same engine, against a corpus in this origin's IndexedDB.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { analyzeArticle, analyzePage } from '../../lib/analysis/analyze-article.ts';
import { CachedMatchIndex } from '../../lib/db/cached-match-index.ts';
import { CorpusDb } from '../../lib/db/corpus-db.ts';
import { saveReportsBatch } from '../../lib/db/save-batch.ts';
import { extractArticle } from '../../lib/extract/extract-article.ts';
import { articleFromText } from '../../lib/extract/text-article.ts';
import { Highlighter } from '../../lib/highlight/highlighter.ts';
import { comparePage } from '../../lib/pipeline/compare-page.ts';
import { generateCorpus } from '../generate-corpus.ts';
import { installConceptLexicons } from './install-concepts.ts';

/** Mean ms per run over a batch: the page's clock is coarse (0.1 ms), so single runs cannot be timed. */
function time(runs: number, fn: () => void): number {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

const strings = { othersSay: 'Others:', cites: 'citing', more: (n: number) => `and ${n} more`, verdict: { conflict: 'Conflict', discrepancy: 'Differ', consistent: 'Agree' } };
const db = new CorpusDb('parallax-content-cost');
// The service worker analyses with the concept lexicons: the bench's server serves the built extension's files.
const lexicons = installConceptLexicons(`${location.origin}/`);

(globalThis as Record<string, unknown>)['parallaxFillCorpus'] = async (size: number) => {
  await lexicons;
  const have = await db.reports.count();
  if (have >= size) return have;
  const SOURCE = { kind: 'import' as const, key: 'bench', title: 'Bench' };
  const items = generateCorpus({ reports: size - have, seed: 77, vocabulary: await lexicons }).map((r, n) => ({
    input: analyzeArticle(articleFromText(r.text, { title: r.title, url: `https://bench.example/${have + n}`, publishedTime: r.publishedTime, langHint: r.lang })),
    source: SOURCE,
  }));
  for (let i = 0; i < items.length; i += 500) await saveReportsBatch(db, items.slice(i, i + 500), Date.now());
  return db.reports.count();
};

(globalThis as Record<string, unknown>)['parallaxContentCost'] = async (runs: number) => {
  await lexicons;
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
  if (!result.ok) return { readability, content, analysis: 0, matching: 0, matchingCold: 0, matchingRepeat: 0, marks: 0, elements: 0 };
  // The service worker's work: analysis (with the key labels the popup shows), then the page against the corpus.
  const analysis = time(runs, () => analyzePage(result.article));
  const { report, keyLabels } = analyzePage(result.article);
  const article = { ...result.article, lang: report.lang };
  // The seeds are in the corpus too (each page adds itself), so matching finds real versions, not only noise.
  await saveReportsBatch(db, [{ input: report, source: { kind: 'page', key: 'page', title: 'Pages' } }], Date.now());
  await new Promise((r) => setTimeout(r, 20));
  const compare = (cache: CachedMatchIndex) => comparePage(article, report, keyLabels, cache);
  // Pages read in a row share the service worker's cache: before this page, the reader opened others.
  const others = (await db.reports.limit(20).toArray()).map((r) => ({ article: { ...articleFromText(r.text, { title: r.title, url: r.url, publishedTime: r.publishedTime, langHint: r.lang }), lang: r.lang }, report: r }));
  const matchingRuns = Math.min(runs, 10);
  let matching = 0;
  let matchingCold = 0;
  let matchingRepeat = 0;
  for (let run = 0; run <= matchingRuns; run++) {
    const cold = new CachedMatchIndex(db);
    const t0 = performance.now();
    await compare(cold);
    const t1 = performance.now();
    cold.close();
    const warm = new CachedMatchIndex(db);
    for (const other of others) await comparePage(other.article, other.report, undefined, warm);
    const t2 = performance.now();
    await compare(warm);
    const t3 = performance.now();
    await compare(warm);
    const t4 = performance.now();
    warm.close();
    // The first run warms the engine's code: not counted.
    if (run === 0) continue;
    matchingCold += (t1 - t0) / matchingRuns;
    matching += (t3 - t2) / matchingRuns;
    matchingRepeat += (t4 - t3) / matchingRuns;
  }
  return { readability, content, analysis, matching, matchingCold, matchingRepeat, marks: quotes.length, elements: document.getElementsByTagName('*').length };
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
