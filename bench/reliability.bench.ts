import { launchWithExtension } from '../tests/e2e/helpers/extension.ts';
import { startServer } from '../tests/e2e/helpers/server.ts';
import { browserBundle } from './browser-bundle.ts';
import { generateCorpus } from './generate-corpus.ts';
import { readVocabularies } from './vocabulary.ts';
import type { BenchRow } from './types.ts';
import { workerHeapProbe } from './worker-heap.ts';

const PAGES = Number(process.env['BENCH_PAGES'] ?? 1000);
const PORT = 9341;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A thousand article pages opened one after another with the extension on (analysed on load, matched against a
 * corpus of 2,000 reports): errors seen, time per page, and the service worker's heap along the way.
 */
export async function benchReliability(): Promise<BenchRow[]> {
  const articles = generateCorpus({ reports: PAGES, seed: 99, vocabulary: readVocabularies() });
  const server = await startServer((_req, res, url) => {
    const n = Number(url.pathname.match(/^\/a\/(\d+)$/)?.[1] ?? -1);
    const a = articles[n];
    if (!a) return false;
    const body = a.text.split('\n').filter((p) => p.trim()).map((p) => `<p>${escape(p)}</p>`).join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html lang="${a.lang}"><head><meta charset="utf-8"><title>${escape(a.title)}</title>` +
        `<meta property="article:published_time" content="${a.publishedTime}"></head><body><nav><a href="/">Home</a></nav>` +
        `<article><h1>${escape(a.title)}</h1>${body}</article><footer>© Bench</footer></body></html>`,
    );
    return true;
  });
  const ext = await launchWithExtension(undefined, { args: [`--remote-debugging-port=${PORT}`] });
  const area = 'reliability';
  const rows: BenchRow[] = [];
  const probe = await workerHeapProbe(PORT);
  try {
    // A corpus to match against, written through an extension page into the extension's own database.
    const setup = await ext.context.newPage();
    await setup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=0`);
    await setup.evaluate(() => ((globalThis as unknown as { parallaxIdbName: string }).parallaxIdbName = 'parallax'));
    await setup.evaluate(await browserBundle('page/idb-match.ts'));
    const corpus = await setup.evaluate(async () => {
      const bench = (globalThis as unknown as { parallaxIdb: { fillTo(n: number): Promise<unknown>; count(): Promise<number> } }).parallaxIdb;
      await bench.fillTo(2000);
      return bench.count();
    });
    if (corpus < 2000) throw new Error(`the corpus to match against holds ${corpus} reports, not 2,000`);
    await setup.close();

    const errors: string[] = [];
    const page = await ext.context.newPage();
    page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
    ext.context.on('weberror', (e) => errors.push(`web: ${e.error().message}`));
    const heaps: Array<[number, number]> = [[0, await probe.heap()]];
    const t0 = performance.now();
    for (let i = 0; i < articles.length; i++) {
      await page.goto(`${server.origin}/a/${i}`, { waitUntil: 'load' });
      if ((i + 1) % Math.max(1, Math.floor(articles.length / 5)) === 0) heaps.push([i + 1, await probe.heap()]);
    }
    const perPage = (performance.now() - t0) / articles.length;
    rows.push({ area, measure: `${articles.length} article pages opened one after another: errors`, value: String(errors.length), target: '0' });
    rows.push({ area, measure: 'time per page (load, extraction, analysis, matching against 2,000 reports)', value: `${perPage.toFixed(0)} ms`, target: '' });
    rows.push({
      area,
      measure: 'service worker heap after GC, by pages opened',
      value: heaps.map(([n, h]) => `${n}: ${(h / 1048576).toFixed(1)} MB`).join(', '),
      target: 'flat',
    });
    for (const e of errors.slice(0, 3)) rows.push({ area, measure: 'error', value: e.slice(0, 120), target: '' });
  } finally {
    await probe.close();
    await ext.close(true);
    await server.close();
  }
  return rows;
}
