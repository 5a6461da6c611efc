import { launchWithExtension } from '../tests/e2e/helpers/extension.ts';
import { dbAll, openOptions } from '../tests/e2e/helpers/options-page.ts';
import { browserBundle } from './browser-bundle.ts';
import { generateCorpus } from './generate-corpus.ts';
import { chromiumCpu } from './process-cpu.ts';
import type { BenchRow } from './types.ts';

interface IdbBench {
  addOneByOne(n: number): Promise<number>;
  analyzeOnly(n: number): Promise<number>;
  fillTo(n: number): Promise<number>;
  count(): Promise<number>;
  storeOnly(n: number): Promise<number>;
  match(q: number): Promise<{ median: number; p95: number; found: number; size: number }>;
  profile(q: number): Promise<Record<string, number>>;
  memory(): number;
  storage(): Promise<number>;
}

const SIZES = (process.env['BENCH_IDB_SIZES'] ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);

/**
 * The reader's way of adding many reports at once: a folder of saved articles (.txt and .html) chosen in the options
 * page, read and decoded there, analysed and stored by the service worker in batches: reports per second, from the
 * moment the page has the files (its change event) to the last stored. The files are handed over as contents, as a
 * file picker's are (files given by path to DevTools carry no size, and asking it costs a synchronous round trip a
 * picker's files do not); Playwright's transfer of those contents into the page (about a second for 1,000 files) is
 * the harness's cost, not the reader's, and is not counted.
 */
async function filesThroughOptions(count: number): Promise<number> {
  const files = generateCorpus({ reports: count, seed: 4242 }).map((r, i) => {
    const html = i % 2 === 1;
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = r.text.split('\n\n').map((p) => `<p>${esc(p)}</p>`).join('');
    const text = html ? `<!doctype html><html lang="${r.lang}"><head><meta charset="utf-8"><title>${esc(r.title)}</title></head><body><article><h1>${esc(r.title)}</h1>${body}</article></body></html>` : `${r.title}\n\n${r.text}`;
    return { name: `report-${i}.${html ? 'html' : 'txt'}`, mimeType: html ? 'text/html' : 'text/plain', buffer: Buffer.from(text) };
  });
  const ext = await launchWithExtension();
  try {
    const page = await openOptions(ext);
    // Before the page's own listener: the moment the reader's picker would have handed the files over.
    await page.evaluate(() => document.addEventListener('change', () => ((globalThis as unknown as { chosenAt: number }).chosenAt = Date.now()), { capture: true, once: true }));
    await page.setInputFiles('[data-testid="import-file-input"]', files);
    const started = await page.evaluate(() => (globalThis as unknown as { chosenAt: number }).chosenAt);
    // Polled rarely (a look at 1,000 rows costs the page's thread); the end is read from the stored reports.
    await page.waitForFunction((n) => {
      const rows = [...document.querySelectorAll('[data-testid="import-status"]')];
      return rows.length >= n && rows.every((r) => r.getAttribute('data-state') !== 'reading');
    }, count, { timeout: 600_000, polling: 1000 });
    const failed = await page.locator('[data-testid="import-status"][data-state="failed"]').count();
    if (failed) throw new Error(`${failed} files failed`);
    const stored = await dbAll<{ addedAt: number }>(page, 'reports');
    const last = Math.max(...stored.map((r) => r.addedAt));
    return stored.length / ((last - started) / 1000);
  } finally {
    await ext.close(true);
  }
}

/** Matching in Chromium's real IndexedDB, through an extension page of the built extension. */
export async function benchMatchIndexedDb(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const area = 'matching (Chromium IndexedDB)';
  const files = Number(process.env['BENCH_FILES'] ?? 1000);
  rows.push({ area, measure: `${files.toLocaleString('en')} .txt and .html files chosen in the options page, to analysed and stored (reports/s)`, value: (await filesThroughOptions(files)).toFixed(0), target: '≥ 300/s' });
  const ext = await launchWithExtension(undefined, { args: ['--enable-precise-memory-info'] });
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=0`);
    await page.evaluate(await browserBundle('page/idb-match.ts'));
    const call = <T>(fn: (b: IdbBench, arg: number) => Promise<T> | T, arg: number) =>
      page.evaluate(([src, a]) => new Function('b', 'a', `return (${src})(b, a)`)((globalThis as unknown as { parallaxIdb: IdbBench }).parallaxIdb, a), [fn.toString(), arg] as const) as Promise<T>;
    const analysed = await call((b, n) => b.analyzeOnly(n), 300);
    rows.push({ area, measure: 'reports analysed per second (language, figures, keys), no storage', value: analysed.toFixed(0), target: '' });
    const one = await call((b, n) => b.addOneByOne(n), 300);
    rows.push({ area, measure: 'reports analysed and added per second, one at a time (as the toolbar adds them)', value: one.toFixed(0), target: '' });
    const stored = await call((b, n) => b.storeOnly(n), 2000);
    rows.push({ area, measure: 'reports added per second, in batches of 500, analysis done beforehand (storage alone)', value: stored.toFixed(0), target: '' });
    for (const size of SIZES) {
      process.stderr.write(`bench: IndexedDB corpus of ${size}…\n`);
      const before = { cpu: chromiumCpu(ext.userDataDir), count: await call((b) => b.count(), 0) };
      const rate = await call((b, n) => b.fillTo(n), size);
      rows.push({ area, measure: `reports analysed and added per second, in batches (to ${size.toLocaleString('en')})`, value: rate.toFixed(0), target: '≥ 300/s' });
      const after = chromiumCpu(ext.userDataDir);
      if (before.cpu && after) {
        // Where the time goes on this machine: the extension's own work (its page), and the browser's IndexedDB backend.
        const added = size - before.count;
        const per = (k: 'renderers' | 'browser') => ((after[k] - before.cpu![k]) / added).toFixed(1);
        rows.push({ area, measure: `CPU per report added (to ${size.toLocaleString('en')}): extension page's process / browser process (IndexedDB)`, value: `${per('renderers')} / ${per('browser')} ms`, target: '' });
      }
      const m = await call((b, q) => b.match(q), 60);
      if (process.env['BENCH_DEBUG']) console.error(await call((b, q) => b.profile(q), 30));
      const label = m.size.toLocaleString('en');
      rows.push({ area, measure: `match one article, ${label} reports: median / p95`, value: `${m.median.toFixed(1)} / ${m.p95.toFixed(1)} ms`, target: size >= 100000 ? 'median < 150 ms' : size >= 10000 ? 'median < 30 ms' : '' });
    }
    const heap = await call((b) => b.memory(), 0);
    const disk = await call((b) => b.storage(), 0);
    rows.push({ area, measure: `extension page JS heap / IndexedDB on disk, at the largest corpus`, value: `${(heap / 1048576).toFixed(0)} MB / ${(disk / 1048576).toFixed(0)} MB`, target: '' });
  } finally {
    await ext.close(true);
  }
  return rows;
}
