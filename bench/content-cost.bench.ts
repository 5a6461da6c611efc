import { readFileSync } from 'node:fs';
import { CONCEPT_LANGUAGES } from '../lib/lang/concept-lexicon.ts';
import { resolve } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/helpers/extension.ts';
import { type Handler, pages, startServer } from '../tests/e2e/helpers/server.ts';
import { seedPages } from '../tests/e2e/helpers/seed-pages.ts';
import { browserBundle } from './browser-bundle.ts';
import { inNewsFrame } from './news-frame.ts';
import type { BenchRow } from './types.ts';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../tests/fixtures/pages', name), 'utf8');

/** A page that is not an article but is large: a portal front page with 3,000 links. */
function portalPage(): string {
  const items = Array.from({ length: 3000 }, (_, i) => `<li><a href="/n/${i}">Headline number ${i} about the markets</a></li>`).join('');
  return `<!doctype html><html><head><title>Portal</title></head><body><nav>${items}</nav></body></html>`;
}

/** The built extension's concept lexicons, at /concepts/<lang>.txt as in the extension: the bench page installs them. */
function conceptFiles(): Handler {
  const files = new Map(CONCEPT_LANGUAGES.map((lang) => [`/concepts/${lang}.txt`, resolve(EXTENSION_DIR, `concepts/${lang}.txt`)]));
  return (_req, res, url) => {
    const file = files.get(url.pathname);
    if (!file) return false;
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(readFileSync(file));
    return true;
  };
}

/** Articles in the corpus that matching runs against. */
const CORPUS = Number(process.env['BENCH_CONTENT_CORPUS'] ?? 1000);

interface Cost {
  readability: number;
  content: number;
  analysis: number;
  matching: number;
  matchingCold: number;
  matchingRepeat: number;
  elements: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Parallax's cost on article pages in real Chromium, against Readability's own parse of the same page: each seed
 * and a fixture as a bare article page and inside a news site's page (bench/news-frame.ts). Extraction and marking
 * are the content script's, on the page's thread; analysis and matching are the service worker's.
 */
export async function benchContentCost(): Promise<BenchRow[]> {
  const seeds = seedPages();
  const articles: Array<[string, string]> = [...seeds.map((s): [string, string] => [s.path, s.html]), ['/en/flood', fixture('news--flood-da-nang-en.html')]];
  const server = await startServer(
    pages({
      ...Object.fromEntries(articles),
      ...Object.fromEntries(articles.map(([path, html]) => [`/site${path}`, inNewsFrame(html)])),
      '/search': fixture('not-article--search-results.html'),
      '/portal': portalPage(),
    }),
    conceptFiles(),
  );
  const ext = await launchWithExtension();
  const code = await browserBundle('page/content-cost.ts');
  const rows: BenchRow[] = [];
  const area = 'content script';
  try {
    const page = await ext.context.newPage();
    await page.goto(server.origin + '/search');
    await page.evaluate(code);
    const size = await page.evaluate((n) => (globalThis as unknown as { parallaxFillCorpus: (n: number) => Promise<number> }).parallaxFillCorpus(n), CORPUS);
    const ratios: Record<'bare' | 'site', { whole: number[]; cold: number[]; page: number[] }> = { bare: { whole: [], cold: [], page: [] }, site: { whole: [], cold: [], page: [] } };
    for (const [kind, prefix] of [['bare', ''], ['site', '/site']] as const) {
      for (const [path] of articles) {
        await page.goto(server.origin + prefix + path);
        await page.evaluate(code);
        const r = await page.evaluate(() => (globalThis as unknown as { parallaxContentCost: (n: number) => Promise<Cost> }).parallaxContentCost(40));
        ratios[kind].whole.push((r.content + r.analysis + r.matching) / r.readability);
        ratios[kind].cold.push((r.content + r.analysis + r.matchingCold) / r.readability);
        ratios[kind].page.push(r.content / r.readability);
        if (process.env['BENCH_DEBUG']) console.error(prefix + path, await page.evaluate(() => (globalThis as unknown as { parallaxBreakdown: (n: number) => unknown }).parallaxBreakdown(40)));
        rows.push({
          area,
          measure: `${prefix}${path} (${r.elements} elements): extraction+marking / analysis / comparison with ${size} reports (after 20 other pages; service worker just started; the same page again) / Readability parse, ms`,
          value: `${r.content.toFixed(2)} / ${r.analysis.toFixed(2)} / ${r.matching.toFixed(2)} (${r.matchingCold.toFixed(2)}; ${r.matchingRepeat.toFixed(2)}) / ${r.readability.toFixed(2)}`,
          target: '',
        });
      }
    }
    for (const kind of ['site', 'bare'] as const) {
      const label = kind === 'site' ? 'article pages of a news site' : 'bare article pages (the article alone)';
      rows.push({ area, measure: `the whole of Parallax's work (extraction, analysis, matching, marking) ÷ Readability's parse, median, ${label}, after 20 other pages`, value: `${median(ratios[kind].whole).toFixed(2)}×`, target: '≤ 1.5×' });
      rows.push({ area, measure: `the same, the service worker just started (nothing read yet), ${label}`, value: `${median(ratios[kind].cold).toFixed(2)}×`, target: '≤ 1.5×' });
      rows.push({ area, measure: `the page's own thread (extraction, marking) ÷ Readability's parse, median, ${label}`, value: `${median(ratios[kind].page).toFixed(2)}×`, target: '' });
    }
    for (const path of ['/search', '/portal']) {
      await page.goto(server.origin + path);
      await page.evaluate(code);
      const ms = await page.evaluate(() => (globalThis as unknown as { parallaxNonArticleCost: (n: number) => number }).parallaxNonArticleCost(40));
      rows.push({ area, measure: `not an article (${path}), ms mean`, value: ms.toFixed(3), target: '< 2 ms' });
    }
  } finally {
    await ext.close(true);
    await server.close();
  }
  return rows;
}
