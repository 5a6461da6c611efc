import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/helpers/extension.ts';
import { pages, startServer } from '../tests/e2e/helpers/server.ts';
import { seedPages } from '../tests/e2e/helpers/seed-pages.ts';
import { browserBundle } from './browser-bundle.ts';
import type { BenchRow } from './types.ts';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../tests/fixtures/pages', name), 'utf8');

/** A page that is not an article but is large: a portal front page with 3,000 links. */
function portalPage(): string {
  const items = Array.from({ length: 3000 }, (_, i) => `<li><a href="/n/${i}">Headline number ${i} about the markets</a></li>`).join('');
  return `<!doctype html><html><head><title>Portal</title></head><body><nav>${items}</nav></body></html>`;
}

/** The content script's cost in real Chromium, against Readability's own parse of the same page. */
export async function benchContentCost(): Promise<BenchRow[]> {
  const seeds = seedPages();
  const server = await startServer(
    pages({
      ...Object.fromEntries(seeds.map((s) => [s.path, s.html])),
      '/en/flood': fixture('news--flood-da-nang-en.html'),
      '/search': fixture('not-article--search-results.html'),
      '/portal': portalPage(),
    }),
  );
  const ext = await launchWithExtension();
  const code = await browserBundle('page/content-cost.ts');
  const rows: BenchRow[] = [];
  try {
    const page = await ext.context.newPage();
    const ratios: number[] = [];
    for (const path of [...seeds.map((s) => s.path), '/en/flood']) {
      await page.goto(server.origin + path);
      await page.evaluate(code);
      const r = await page.evaluate(() => (globalThis as unknown as { parallaxContentCost: (n: number) => { readability: number; content: number; analysis: number } }).parallaxContentCost(40));
      ratios.push((r.content + r.analysis) / r.readability);
      if (process.env['BENCH_DEBUG']) console.error(path, await page.evaluate(() => (globalThis as unknown as { parallaxBreakdown: (n: number) => unknown }).parallaxBreakdown(40)));
      rows.push({
        area: 'content script',
        measure: `${path}: extraction+marking / analysis / Readability parse (ms, mean)`,
        value: `${r.content.toFixed(2)} / ${r.analysis.toFixed(2)} / ${r.readability.toFixed(2)}`,
        target: '',
      });
    }
    rows.push({
      area: 'content script',
      measure: "Parallax's work (extraction, marking, analysis) ÷ Readability's parse, median over pages",
      value: `${[...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!.toFixed(2)}×`,
      target: '≤ 1.5×',
    });
    for (const path of ['/search', '/portal']) {
      await page.goto(server.origin + path);
      await page.evaluate(code);
      const ms = await page.evaluate(() => (globalThis as unknown as { parallaxNonArticleCost: (n: number) => number }).parallaxNonArticleCost(40));
      rows.push({ area: 'content script', measure: `not an article (${path}), ms mean`, value: ms.toFixed(3), target: '< 2 ms' });
    }
  } finally {
    await ext.close(true);
    await server.close();
  }
  return rows;
}
