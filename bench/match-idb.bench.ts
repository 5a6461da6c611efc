import { launchWithExtension } from '../tests/e2e/helpers/extension.ts';
import { dbAll, openOptions } from '../tests/e2e/helpers/options-page.ts';
import { DEFAULT_IMPORT_BATCH } from '../lib/jobs/import-job.ts';
import { FILE_BATCHES_IN_FLIGHT, WORKER_MIN_FILES } from '../lib/model/limits.ts';
import { browserBundle } from './browser-bundle.ts';
import { generateCorpus } from './generate-corpus.ts';
import { readVocabularies } from './vocabulary.ts';
import { chromiumCpu } from './process-cpu.ts';
import type { BenchRow } from './types.ts';
import { workerHeapProbe } from './worker-heap.ts';
import { CONCEPT_LANGUAGES } from '../lib/lang/concept-languages.ts';

interface IdbBench {
  ready(): Promise<void>;
  addOneByOne(n: number): Promise<number>;
  analyzeOnly(n: number): Promise<number>;
  count(): Promise<number>;
  storeOnly(n: number): Promise<number>;
  match(q: number): Promise<{ median: number; p95: number; found: number; size: number }>;
  profile(q: number): Promise<Record<string, number>>;
  storage(): Promise<number>;
}

const PORT = 9342;
/** Files per folder added from the options page (bench/page/folder-fill.ts): each call is a few minutes at most. */
const FILL_STEP = 20_000;
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
  const files = generateCorpus({ reports: count, seed: 4242, vocabulary: readVocabularies() }).map((r, i) => {
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
    // The end: the first moment every file's answer is shown, seen by an observer of the page's status list (the
    // page redraws it once per batch answered). The stored reports' addedAt is no end: it is when their batch reached
    // the worker, before it was analysed and stored.
    await page.evaluate((n) => {
      const g = globalThis as unknown as { chosenAt: number; doneAt: number };
      document.addEventListener('change', () => (g.chosenAt = Date.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const rows = document.querySelectorAll('[data-testid="import-status"]');
        if (rows.length < n || [...rows].some((r) => r.getAttribute('data-state') === 'reading')) return;
        g.doneAt = Date.now();
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    }, count);
    await page.setInputFiles('[data-testid="import-file-input"]', files);
    await page.waitForFunction(() => (globalThis as unknown as { doneAt?: number }).doneAt !== undefined, undefined, { timeout: 600_000, polling: 1000 });
    const { chosenAt, doneAt } = await page.evaluate(() => {
      const g = globalThis as unknown as { chosenAt: number; doneAt: number };
      return { chosenAt: g.chosenAt, doneAt: g.doneAt };
    });
    const failed = await page.locator('[data-testid="import-status"][data-state="failed"]').count();
    if (failed) throw new Error(`${failed} files failed`);
    const stored = await dbAll(page, 'reports');
    if (stored.length !== count) throw new Error(`${stored.length} of ${count} files stored`);
    return count / ((doneAt - chosenAt) / 1000);
  } finally {
    await ext.close(true);
  }
}

/**
 * Matching in Chromium's real IndexedDB, in the built extension's service worker: where the extension analyses and
 * stores what the reader adds and matches the page being read. (An extension page is no stand-in: Chromium runs
 * its V8 heap "optimized for memory", and the same analysis took ~1.5x as long there, most of it in the collector.)
 */
export async function benchMatchIndexedDb(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const area = 'matching (Chromium IndexedDB)';
  const files = Number(process.env['BENCH_FILES'] ?? 1000);
  rows.push({ area, measure: `${files.toLocaleString('en')} .txt and .html files chosen in the options page, to analysed and stored (reports/s)`, value: (await filesThroughOptions(files)).toFixed(0), target: '≥ 300/s' });
  const ext = await launchWithExtension(undefined, { args: [`--remote-debugging-port=${PORT}`] });
  const probe = await workerHeapProbe(PORT);
  try {
    const bare = await probe.heap();
    // The bench's code in the service worker reads and matches the extension's own corpus, which the folder fills.
    await ext.worker.evaluate(() => ((globalThis as unknown as { parallaxIdbName: string }).parallaxIdbName = 'parallax'));
    await ext.worker.evaluate(await browserBundle('page/idb-match.ts'));
    // Folders are added from the options page, as a reader adds them.
    const folderPage = await openOptions(ext);
    await folderPage.evaluate(await browserBundle('page/folder-fill.ts'));
    const call = <K extends keyof IdbBench>(method: K, arg: number) =>
      ext.worker.evaluate(([m, a]) => {
        const bench = (globalThis as unknown as { parallaxIdb?: Record<string, (a: number) => unknown> }).parallaxIdb;
        if (!bench) throw new Error('the service worker was restarted: the bench code is gone');
        return bench[m]!(a);
      }, [method, arg] as const) as Promise<Awaited<ReturnType<IdbBench[K]>>>;
    // The bench's lib code analyses with its own copy of the lexicons, as the extension's would with all loaded.
    await call('ready', 0);
    rows.push({ area, measure: `service worker JS heap taken by the ${CONCEPT_LANGUAGES.length} concept lexicons (and the bench code)`, value: `${(((await probe.heap()) - bare) / 1048576).toFixed(1)} MB`, target: '' });
    const analysed = await call('analyzeOnly', 500);
    rows.push({ area, measure: 'reports analysed per second (language, figures, keys), no storage, warm', value: analysed.toFixed(0), target: '' });
    const one = await call('addOneByOne', 300);
    rows.push({ area, measure: 'reports analysed and added per second, one at a time (as the toolbar adds them)', value: one.toFixed(0), target: '' });
    const stored = await call('storeOnly', 2 * DEFAULT_IMPORT_BATCH);
    rows.push({ area, measure: `reports added per second, in batches of ${DEFAULT_IMPORT_BATCH.toLocaleString('en')}, analysis done beforehand (storage alone)`, value: stored.toFixed(0), target: '' });
    for (const size of SIZES) {
      process.stderr.write(`bench: IndexedDB corpus of ${size}…\n`);
      const before = { cpu: chromiumCpu(ext.userDataDir), count: await call('count', 0) };
      let ms = 0;
      for (let at = before.count; at < size; at = Math.min(size, at + FILL_STEP)) {
        const step = await folderPage.evaluate((n) => (globalThis as unknown as { parallaxFolder: { add(n: number): Promise<{ stored: number; ms: number }> } }).parallaxFolder.add(n), Math.min(size, at + FILL_STEP) - at);
        ms += step.ms;
      }
      const added = (await call('count', 0)) - before.count;
      // Made-up reports that repeat stored ones are merged, rightly: a corpus that stops growing is the generator's fault.
      if (added < (size - before.count) / 2) throw new Error(`the corpus grew by ${added} of ${size - before.count} reports`);
      rows.push({ area, measure: `reports analysed and added per second as a folder is added: batches of up to ${DEFAULT_IMPORT_BATCH.toLocaleString('en')}, analysed by the service worker and (from ${WORKER_MIN_FILES.toLocaleString('en')} files) the options page's worker, ${FILE_BATCHES_IN_FLIGHT} in flight each (to ${size.toLocaleString('en')})`, value: ((added / ms) * 1000).toFixed(0), target: '≥ 300/s' });
      const after = chromiumCpu(ext.userDataDir);
      if (before.cpu && after && added > 0) {
        // Where the time goes on this machine: the extension's own work, and the browser's IndexedDB backend.
        const per = (k: 'renderers' | 'browser') => ((after[k] - before.cpu![k]) / added).toFixed(1);
        rows.push({ area, measure: `CPU per report added (to ${size.toLocaleString('en')}): extension's process (service worker, options page and its worker) / browser process (IndexedDB)`, value: `${per('renderers')} / ${per('browser')} ms`, target: '' });
      }
      const m = await call('match', 60);
      if (process.env['BENCH_DEBUG']) console.error(await call('profile', 30));
      const label = m.size.toLocaleString('en');
      rows.push({ area, measure: `match one article, ${label} reports: median / p95`, value: `${m.median.toFixed(1)} / ${m.p95.toFixed(1)} ms`, target: size >= 100000 ? 'median < 150 ms' : size >= 10000 ? 'median < 30 ms' : '' });
    }
    const heap = await probe.heap();
    const disk = await call('storage', 0);
    rows.push({ area, measure: `service worker JS heap (after a collection, ${CONCEPT_LANGUAGES.length} concept lexicons loaded) / IndexedDB on disk, at the largest corpus`, value: `${(heap / 1048576).toFixed(0)} MB / ${(disk / 1048576).toFixed(0)} MB`, target: 'heap ≤ 100 MB' });
  } finally {
    await probe.close();
    await ext.close(true);
  }
  return rows;
}
