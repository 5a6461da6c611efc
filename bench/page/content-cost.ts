// Runs inside a real page (bundled by bench/browser-bundle.ts): times Parallax's content-script work against
// Readability's own parse of the same page.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { analyzeArticle } from '../../lib/analysis/analyze-article.ts';
import { extractArticle } from '../../lib/extract/extract-article.ts';
import { Highlighter } from '../../lib/highlight/highlighter.ts';

/** Mean ms per run over a batch: the page's clock is coarse (0.1 ms), so single runs cannot be timed. */
function time(runs: number, fn: () => void): number {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

const strings = { othersSay: 'Others:', cites: 'citing', more: (n: number) => `and ${n} more`, verdict: { conflict: 'Conflict', discrepancy: 'Differ', consistent: 'Agree' } };

(globalThis as Record<string, unknown>)['parallaxContentCost'] = (runs: number) => {
  const readability = time(runs, () => new Readability(document.cloneNode(true) as Document).parse());
  let quotes: string[] = [];
  const content = time(runs, () => {
    if (!isProbablyReaderable(document)) return;
    const result = extractArticle(document, { url: location.href });
    if (!result.ok) return;
    quotes = result.article.text.match(/[\d][\d.,]*\s+\S+/g)?.slice(0, 8) ?? [];
    const h = new Highlighter(document, strings);
    h.mark(quotes.map((quote) => ({ quote, occurrence: 0, verdict: 'conflict', label: 'x', others: [] })));
    h.clear();
  });
  const result = extractArticle(document, { url: location.href });
  const analysis = result.ok ? time(runs, () => analyzeArticle(result.article)) : 0;
  return { readability, content, analysis, marks: quotes.length };
};

(globalThis as Record<string, unknown>)['parallaxNonArticleCost'] = (runs: number) =>
  time(runs, () => {
    if (isProbablyReaderable(document)) extractArticle(document, { url: location.href });
  });

(globalThis as Record<string, unknown>)['parallaxBreakdown'] = (runs: number) => ({
  readerable: time(runs, () => isProbablyReaderable(document)),
  clone: time(runs, () => document.cloneNode(true)),
  textContent: time(runs, () => document.body.textContent?.trim()),
  count: time(runs, () => document.getElementsByTagName('*').length),
  extract: time(runs, () => extractArticle(document, { url: location.href })),
});
