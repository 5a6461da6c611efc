import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/extension.ts';
import { syntheticExport } from './helpers/options-export-file.ts';
import { corpusTotal, dbAll, dbKeyStats, jobsSettled, openOptions, waitForTotal, watchServiceWorker } from './helpers/options-page.ts';
import { keyStatViolations } from '../support/corpus-invariants.ts';
import { WORKER_MIN_FILES } from '../../lib/model/limits.ts';

interface StoredReport {
  id: number;
  url: string;
  keys: string[];
}
interface StoredJob {
  id: number;
  status: string;
  phase: string | null;
  cursor: number;
  total: number;
  counts: { added: number; failed: number };
}

const dir = mkdtempSync(join(tmpdir(), 'parallax-import-'));
// Six batches of the import (DEFAULT_IMPORT_BATCH): a worker stopped, a browser closed or a cancel lands part way.
const COUNT = 12_000;
const bigFile = join(dir, 'big.parallax.jsonl');
writeFileSync(bigFile, syntheticExport(COUNT));

async function chooseFile(page: Page, path: string): Promise<void> {
  await page.setInputFiles('[data-testid="import-file-input"]', path);
  await page.waitForSelector('[data-testid="import-status"]:not([data-state="reading"])', { timeout: 60_000 });
}

/** Waits until the import is storing, part way: some batches committed, not all. */
async function midImport(page: Page): Promise<StoredJob> {
  for (let i = 0; i < 2000; i++) {
    const job = (await dbAll<StoredJob>(page, 'jobs')).find((j) => j.status === 'running' && j.phase === 'store' && j.cursor > 0);
    if (job) return job;
    await page.waitForTimeout(20);
  }
  throw new Error('the import never got going');
}

/** Nothing half-stored and no duplicate: every report once, and each key's document frequency equal to a recount. */
async function expectWholeCorpus(page: Page, count: number): Promise<void> {
  const reports = await dbAll<StoredReport>(page, 'reports');
  expect(reports).toHaveLength(count);
  expect(new Set(reports.map((r) => r.url)).size).toBe(count);
  // Key statistics are a recount: each key's frequency and postings are the reports that hold it.
  expect(keyStatViolations(reports, await dbKeyStats(page))).toEqual([]);
  expect(await dbAll(page, 'jobChunks')).toEqual([]);
}

describe('a large import survives the service worker and the browser, in real Chromium', () => {
  const open: ExtensionBrowser[] = [];
  afterAll(async () => {
    for (const ext of open) await ext.close(true).catch(() => undefined);
  });

  it(`imports ${COUNT} reports with a progress bar, and finishes after the worker is stopped mid-way: no loss, no duplicate`, async () => {
    const ext = await launchWithExtension();
    open.push(ext);
    const page = await openOptions(ext);
    const worker = await watchServiceWorker(page, ext.extensionId);
    await chooseFile(page, bigFile);
    const before = await midImport(page);
    expect(before.cursor).toBeLessThan(COUNT);
    await page.waitForSelector('[data-testid="job-item"][data-status="running"] [data-testid="job-progress"][max]');
    await worker.stop();
    // The page keeps asking for progress: its next message wakes the worker, which resumes the job from its cursor.
    await worker.restarted();
    await jobsSettled(page, 120_000);
    const [job] = await dbAll<StoredJob>(page, 'jobs');
    expect(job).toMatchObject({ status: 'done', cursor: COUNT, total: COUNT, counts: { added: COUNT, failed: 0 } });
    await waitForTotal(page, COUNT);
    await expectWholeCorpus(page, COUNT);
    expect(await page.locator('[data-testid="job-counts"]').first().textContent()).toContain(`${COUNT} of ${COUNT}`);
    await worker.detach();
    big = page;
  });

  let big: Page | null = null;

  it(`the corpus browser stays smooth with ${COUNT} reports: a few dozen rows in the DOM, quick queries, quick scrolling`, async () => {
    const page = big!;
    // In front, as the reader sees it: the first-run page opened on install would leave it a background tab, whose
    // animation frames the browser slows to one a second.
    await page.bringToFront();
    await page.reload();
    await waitForTotal(page, COUNT);
    const rows = await page.locator('[data-testid="corpus-item"]').count();
    expect(rows).toBeLessThan(40);
    const timing = await page.evaluate(async () => {
      const send = (payload: unknown) => chrome.runtime.sendMessage({ type: 'bg:corpus.query', payload });
      let t = performance.now();
      const all = (await send({ text: '', lang: null, site: null, sourceId: null })) as { items: unknown[] };
      const list = performance.now() - t;
      t = performance.now();
      const found = (await send({ text: 'Caldera 4321', lang: null, site: null, sourceId: null })) as { items: unknown[] };
      const search = performance.now() - t;
      t = performance.now();
      await send({ text: '', lang: 'vi', site: null, sourceId: null });
      const filter = performance.now() - t;
      // Scroll through the whole list, one frame per step, and time the frames.
      const box = document.querySelector('[data-testid="corpus-list"]')!;
      const frames: number[] = [];
      let last = performance.now();
      for (let i = 0; i <= 60; i++) {
        box.scrollTop = (box.scrollHeight * i) / 60;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      frames.sort((a, b) => a - b);
      return { listed: all.items.length, found: found.items.length, list, search, filter, medianFrame: frames[30]!, worstFrame: frames.at(-1)! };
    });
    console.log(`corpus browser, ${COUNT} reports:`, JSON.stringify(timing));
    expect(timing.listed).toBe(COUNT);
    expect(timing.found).toBe(1);
    expect(timing.list).toBeLessThan(1000);
    expect(timing.search).toBeLessThan(3000);
    expect(timing.medianFrame).toBeLessThan(50);
    await page.waitForSelector(`[data-testid="corpus-item"]`);
    expect(await page.locator('[data-testid="corpus-item"]').count()).toBeLessThan(40);
  });

  it('finishes after the browser is closed mid-import and opened again on the same profile', async () => {
    let ext = await launchWithExtension();
    const profile = ext.userDataDir;
    let page = await openOptions(ext);
    await chooseFile(page, bigFile);
    await midImport(page);
    await ext.close(false);
    ext = await launchWithExtension(profile);
    open.push(ext);
    // Nothing but the worker's own start resumes the job: the page is opened only to look.
    await new Promise((r) => setTimeout(r, 1500));
    page = await openOptions(ext);
    await jobsSettled(page, 120_000);
    await waitForTotal(page, COUNT);
    await expectWholeCorpus(page, COUNT);
  });

  it('cancelling stops the import after its current batch; what was stored stays whole', async () => {
    const ext = await launchWithExtension();
    open.push(ext);
    const page = await openOptions(ext);
    await chooseFile(page, bigFile);
    await midImport(page);
    await page.click('[data-testid="job-item"][data-status="running"] [data-testid="job-cancel"]');
    await jobsSettled(page);
    const [job] = await dbAll<StoredJob>(page, 'jobs');
    expect(job!.status).toBe('cancelled');
    expect(job!.cursor).toBeLessThan(COUNT);
    await expectWholeCorpus(page, job!.counts.added);
    expect(await corpusTotal(page)).toBe(job!.counts.added);
  });

  it('the storage quota reached: a clear message, and the corpus unchanged', async () => {
    let ext = await launchWithExtension();
    let page = await openOptions(ext);
    const small = join(dir, 'small.parallax.jsonl');
    writeFileSync(small, syntheticExport(50));
    await chooseFile(page, small);
    await jobsSettled(page);
    await waitForTotal(page, 50);
    // Chrome reads the quota when the database is first written in a session: the profile is reopened with the
    // quota lowered before anything is written.
    const profile = ext.userDataDir;
    await ext.close(false);
    ext = await launchWithExtension(profile);
    open.push(ext);
    const cdp = await ext.context.newCDPSession(await ext.context.newPage());
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${ext.extensionId}`, quotaSize: 1 });
    page = await openOptions(ext);

    await page.fill('[data-testid="paste-text"]', 'A report that will not fit: the port reopened and 1,200 containers were damaged. '.repeat(50));
    await page.click('[data-testid="paste-submit"]');
    await page.waitForSelector('[data-testid="paste-status"][data-state="failed"]');
    expect(await page.textContent('[data-testid="paste-status"]')).toContain('no more storage');

    const other = join(dir, 'other.parallax.jsonl');
    writeFileSync(other, syntheticExport(300).replaceAll('https://wire.example/', 'https://other.example/'));
    await page.setInputFiles('[data-testid="import-file-input"]', other);
    await page.waitForSelector('[data-testid="import-status"][data-state="failed"], [data-testid="job-item"][data-status="failed"]', { timeout: 60_000 });
    const shown = `${await page.locator('[data-testid="import-status"]').last().textContent()} ${await page.locator('[data-testid="job-item"]').first().textContent()}`;
    expect(shown).toContain('no more storage');
    await expectWholeCorpus(page, 50);
    expect(await corpusTotal(page)).toBe(50);
    await cdp.detach();
  });
});

/** The workers an options page starts, and its own warnings (not the CSP's, which logs a hostile file's handlers as it refuses them). */
function watchWorkers(page: Page): { workers: string[]; warnings: string[] } {
  const seen = { workers: [] as string[], warnings: [] as string[] };
  page.on('worker', (w) => seen.workers.push(new URL(w.url()).pathname));
  page.on('console', (m) => {
    if (m.text().startsWith('Parallax:')) seen.warnings.push(m.text());
  });
  return seen;
}

/** Files chosen in the options page, as its file picker hands them over: each file's state once none is being read. */
async function chooseFiles(page: Page, files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<Array<string | null>> {
  await page.setInputFiles('[data-testid="import-file-input"]', files);
  await page.waitForFunction((n) => {
    const rows = [...document.querySelectorAll('[data-testid="import-status"]')];
    return rows.length >= n && rows.every((r) => r.getAttribute('data-state') !== 'reading');
  }, files.length, { timeout: 120_000, polling: 500 });
  return page.$$eval('[data-testid="import-status"]', (rows) => rows.map((r) => r.getAttribute('data-state')));
}

describe('a folder of article files, in real Chromium', () => {
  let ext: ExtensionBrowser | undefined;
  afterAll(async () => {
    await ext?.close(true).catch(() => undefined);
  });

  it('adds 250 .txt and .html files in batches, each once and analysed', async () => {
    ext = await launchWithExtension();
    const page = await openOptions(ext);
    const { workers, warnings } = watchWorkers(page);
    const files = Array.from({ length: 250 }, (_, i) => {
      const text = `A storm struck the coast on Tuesday. It killed ${12 + i} people and destroyed about ${1000 + i} homes, officials said. Rescue teams were still searching the flooded villages, and the government said it would send more soldiers to help.`;
      return i % 2
        ? { name: `storm-${i}.html`, mimeType: 'text/html', buffer: Buffer.from(`<!doctype html><html><head><title>Storm ${i}</title></head><body><article><h1>Storm ${i}</h1><p>${text}</p><p>${'The story goes on. '.repeat(30)}</p></article></body></html>`) }
        : { name: `storm-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Storm ${i}\n\n${text}`) };
    });
    // Two files are no articles: each is answered on its own, and the others are stored. The page is read in the
    // options page itself (by the browser's parser, in an inert document): nothing in it runs there.
    files.push({ name: 'blank.html', mimeType: 'text/html', buffer: Buffer.from('<!doctype html><html><body><img src="x" onerror="window.parallaxPwned = 1"><script>window.parallaxPwned = 2</script></body></html>') });
    files.push({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('   ') });
    const states = await chooseFiles(page, files);
    expect(states.filter((s) => s === 'added')).toHaveLength(250);
    expect(states.slice(-2)).toEqual(['failed', 'failed']);
    expect(await page.evaluate(() => (window as unknown as { parallaxPwned?: number }).parallaxPwned)).toBeUndefined();
    const reports = await dbAll<StoredReport & { title: string; figures: unknown[] }>(page, 'reports');
    expect(reports).toHaveLength(250);
    expect(new Set(reports.map((r) => r.title))).toEqual(new Set(Array.from({ length: 250 }, (_, i) => `Storm ${i}`)));
    // Every report was analysed (with the concept lexicons: ordinary words are keys), by the service worker: a folder
    // this small starts no worker in the page.
    expect(workers).toEqual([]);
    expect(warnings, warnings.join('\n')).toEqual([]);
    for (const r of reports) {
      expect(r.keys.length, r.title).toBeGreaterThan(0);
      expect(r.keys.some((k) => /^c\d:/.test(k)), r.title).toBe(true);
      expect(r.figures.length, r.title).toBeGreaterThan(0);
    }
    expect(keyStatViolations(reports, await dbKeyStats(page))).toEqual([]);
    await waitForTotal(page, 250);
  });
  it(`adds a folder of ${WORKER_MIN_FILES.toLocaleString('en')} files, analysed by the options page's worker and the service worker together`, async () => {
    ext ??= await launchWithExtension();
    const page = await openOptions(ext);
    const before = (await dbAll<StoredReport>(page, 'reports')).length;
    const { workers, warnings } = watchWorkers(page);
    const files = Array.from({ length: WORKER_MIN_FILES }, (_, i) => {
      const text = `Floods hit district ${i} on Monday. At least ${7 + (i % 90)} people died and ${300 + i} families lost their homes, the regional government said. Volunteers handed out food and water in the shelters.`;
      return i % 2
        ? { name: `flood-${i}.html`, mimeType: 'text/html', buffer: Buffer.from(`<!doctype html><html lang="en"><head><title>Flood ${i}</title></head><body><article><h1>Flood ${i}</h1><p>${text}</p></article></body></html>`) }
        : { name: `flood-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Flood ${i}\n\n${text}`) };
    });
    const states = await chooseFiles(page, files);
    expect(states.filter((s) => s === 'added')).toHaveLength(files.length);
    expect(workers).toEqual(['/analysis-worker.js']);
    expect(warnings, warnings.join('\n')).toEqual([]);
    const reports = (await dbAll<StoredReport & { title: string; figures: unknown[] }>(page, 'reports')).filter((r) => r.title.startsWith('Flood '));
    expect(reports).toHaveLength(files.length);
    expect(before + files.length).toBe((await dbAll<StoredReport>(page, 'reports')).length);
    // Both lanes made the same kind of report: keys, concepts and figures for every file.
    for (const r of reports) {
      expect(r.keys.some((k) => /^c\d:/.test(k)), r.title).toBe(true);
      expect(r.figures.length, r.title).toBeGreaterThan(0);
    }
    expect(keyStatViolations(await dbAll<StoredReport>(page, 'reports'), await dbKeyStats(page))).toEqual([]);
  });
});
