import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addToCorpus,
  launchFirefoxWithExtension,
  openExtensionPage,
  popupSettled,
  storedReports,
  tabIdFor,
  type FirefoxExtension,
} from './helpers/firefox.ts';
import { seedPages, type SeedPage } from './helpers/seed-pages.ts';
import { pages, startServer, type TestServer } from './helpers/server.ts';

/** What the popup said after "Add to corpus", per seed. */
interface Added {
  seed: SeedPage;
  status: string;
}

describe('the built extension in headless Firefox ESR (MV2, WebDriver BiDi)', () => {
  let server: TestServer;
  let ff: FirefoxExtension | undefined;
  let seeds: SeedPage[];
  // An extension page kept open, the test's window into the extension's origin (tabs, IndexedDB): the popup with no
  // tab of its own to read.
  let harness: Page;
  const added: Added[] = [];

  beforeAll(async () => {
    seeds = seedPages();
    server = await startServer(pages(Object.fromEntries(seeds.map((s) => [s.path, s.html]))));
    ff = await launchFirefoxWithExtension();
    harness = await openExtensionPage(ff, 'popup.html');
    // Each seed report, added as a reader would: its page in a tab, the popup for that tab, "Add to corpus".
    for (const seed of seeds) {
      const article = await ff.browser.newPage();
      await article.goto(server.origin + seed.path);
      const tabId = await tabIdFor(harness, server.origin + seed.path);
      const popup = await openExtensionPage(ff, `popup.html?tabId=${tabId}`);
      added.push({ seed, status: await addToCorpus(popup) });
      await popup.close();
      await article.close();
    }
  });

  afterAll(async () => {
    const profileDir = ff?.profileDir;
    await ff?.close();
    await server?.close();
    if (profileDir !== undefined && existsSync(profileDir)) throw new Error(`the temporary profile ${profileDir} was left behind`);
  });

  it('stores each report added from the popup in the corpus, in Firefox IndexedDB', async () => {
    expect(added.map((a) => a.status)).toEqual(seeds.map(() => 'Added.'));
    const reports = await storedReports(harness);
    expect(reports.map((r) => r.url).sort()).toEqual(seeds.map((s) => server.origin + s.path).sort());
    for (const seed of seeds) {
      const report = reports.find((r) => r.url === server.origin + seed.path)!;
      expect(report.lang).toBe(seed.lang);
      expect(report.title.length).toBeGreaterThan(0);
      expect(report.figures).toBeGreaterThan(0);
    }

    // On disk, in the profile: Firefox's own IndexedDB storage for the extension's origin.
    const host = new URL(ff!.origin).host;
    const origins = readdirSync(join(ff!.profileDir, 'storage', 'default'));
    const own = origins.find((o) => o.startsWith(`moz-extension+++${host}`));
    expect(own).toBeDefined();
    expect(readdirSync(join(ff!.profileDir, 'storage', 'default', own!, 'idb')).some((f) => f.endsWith('.sqlite'))).toBe(true);

    // The popup reads the corpus back: the Vietnamese report is stored, and has versions in other languages.
    const vi = seeds.find((s) => s.id === '001')!;
    const article = await ff!.browser.newPage();
    await article.goto(server.origin + vi.path);
    const popup = await openExtensionPage(ff!, `popup.html?tabId=${await tabIdFor(harness, server.origin + vi.path)}`);
    await popupSettled(popup);
    await popup.waitForSelector('[data-testid="version-item"][data-lang="en"]', { timeout: 15_000 });
    const langs = await popup.$$eval('[data-testid="version-item"]', (els) => els.map((e) => e.getAttribute('data-lang')));
    expect(langs).toEqual(expect.arrayContaining(['zh', 'en']));
    expect(await popup.$eval('[data-testid="save-status"]', (e) => e.textContent)).toBe('In your corpus.');
    await popup.close();
    await article.close();
  });

  it('marks the disputed figures of a report as the page loads, and leaves its text as it was', async () => {
    const en = seeds.find((s) => s.id === '004')!;
    const article = await ff!.browser.newPage();
    await article.goto(server.origin + en.path);
    // Nothing but the content script, asking the background on load, puts these marks in the page.
    await article.waitForSelector('[data-parallax-figure]', { timeout: 30_000 });
    const marked = await article.$$eval('[data-parallax-figure]', (els) => els.map((e) => e.textContent ?? ''));
    expect(marked.join(' ')).toMatch(/14,000/);
    const text = await article.evaluate(() => document.body.innerText);
    expect(text).toContain('roughly 14,000 soldiers');
    // The toolbar button counts the disputed figures (browserAction in Firefox's MV2 build).
    const tabId = await tabIdFor(harness, server.origin + en.path);
    const badge = await harness.evaluate(
      (id) => (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: { tabId: number }): Promise<string> } } }).browser.browserAction.getBadgeText({ tabId: id }),
      tabId,
    );
    expect(Number(badge)).toBeGreaterThanOrEqual(1);
    await article.close();
  });
  it("analyses a large folder's files in the options page's worker, and the background stores them", async () => {
    // The worker a large folder starts (extension/options/file-batches.ts), asked directly: Firefox does not let
    // automation choose files in an extension page.
    const text = `A storm struck the coast on Tuesday. It killed 41 people and destroyed about 2,300 homes, officials said. Rescue teams were still searching the flooded villages, and the government said it would send more soldiers to help. ${'The story goes on. '.repeat(20)}`;
    const out = await harness.evaluate(async (content) => {
      const ext = (globalThis as unknown as { browser: { runtime: { getURL(p: string): string; sendMessage(m: unknown): Promise<unknown> } } }).browser;
      const worker = new Worker(ext.runtime.getURL('/analysis-worker.js'));
      const answer = new Promise<{ ok: boolean; results: Array<{ ok: boolean; report?: { keys: string[]; figures: unknown[] }; error?: { code: string } }> }>((resolve, reject) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.onerror = (e) => reject(new Error(e.message));
      });
      worker.postMessage({ type: 'lexicons', readerLanguages: [], ui: 'en' });
      worker.postMessage({ type: 'analyse', id: 1, files: [{ name: 'storm-ff.txt', type: 'text', content: `Storm in Firefox\n\n${content}` }, { name: 'empty.txt', type: 'text', content: ' ' }] });
      const analysed = await answer;
      worker.terminate();
      const report = analysed.results[0]?.report;
      const stored = report ? await ext.runtime.sendMessage({ type: 'bg:files.store', payload: { files: [{ name: 'storm-ff.txt', report }] } }) : null;
      return { analysed, stored };
    }, text);
    expect(out.analysed.ok).toBe(true);
    const [report, empty] = out.analysed.results;
    expect(report?.report?.keys.some((k) => /^c\d:/.test(k))).toBe(true);
    expect(report?.report?.figures.length).toBeGreaterThan(0);
    expect(empty).toEqual({ ok: false, error: { code: 'empty', params: ['empty.txt'] } });
    expect(out.stored).toMatchObject({ ok: true, results: [{ ok: true, created: true }] });
    const stored = (await storedReports(harness)).find((r) => r.title === 'Storm in Firefox');
    expect(stored?.figures).toBe(report?.report?.figures.length);
  });
});
