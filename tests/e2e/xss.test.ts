import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ReportRecord } from '../../lib/model/report.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditExtensionPage, CLEAN, piercedDom, recordViolations } from './helpers/dom-audit.ts';
import { addThroughPopup, currentWorker, launchWithExtension, openPopupFor, popupSettled, tooltipIn, type ExtensionBrowser } from './helpers/extension.ts';
import { BEACON, beaconTags, exportWithAddress, hostileExport, hostileFileName, hostileHtmlFile, hostilePage, hostileRecord, payloads, XSS_FLAG } from './helpers/hostile-content.ts';
import { dbAll, dbKeyStats, jobsSettled, openOptions } from './helpers/options-page.ts';
import { addKeyChanges, bucketOf, bucketRows, changedKeyStat, type KeyChanges } from '../../lib/db/key-stats.ts';
import { pages, startServer, type TestServer } from './helpers/server.ts';
import { seedPages, type SeedPage } from './helpers/seed-pages.ts';

interface StoredReport {
  id: number;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string;
  excerpt: string;
  text: string;
  figures: Array<{ quote: string; concept: string; value: number; attribution: string | null }>;
}

const HOSTILE_PATH = '/hostile/kursk';

/**
 * Writes reports straight into the extension's database with the kept count, then their key statistics and postings
 * (worked out here with the store's own functions), as an older version or another path might have left them.
 */
async function writeReports(page: Page, records: ReportRecord[]): Promise<void> {
  const ids = await page.evaluate(async (rows) => {
    const open = indexedDB.open('parallax');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['reports', 'meta'], 'readwrite');
    const get = <T>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
    const added: number[] = [];
    for (const { id: _id, ...row } of rows) added.push((await get(tx.objectStore('reports').add({ ...row, sourceId: null }))) as number);
    const count = await get<{ value: number } | undefined>(tx.objectStore('meta').get('reportCount'));
    await get(tx.objectStore('meta').put({ key: 'reportCount', value: (count?.value ?? 0) + rows.length }));
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    return added;
  }, records);
  const changes: KeyChanges = new Map();
  records.forEach((r, i) => addKeyChanges(changes, ids[i]!, [], r.keys));
  const stats = new Map((await dbKeyStats(page)).map((s) => [s.key, s]));
  for (const [key, c] of changes) {
    const next = changedKeyStat(key, stats.get(key), c.added, c.removed);
    if (next) stats.set(key, next);
  }
  const touched = new Set([...changes.keys()].map(bucketOf));
  const rows = bucketRows(stats.values())
    .filter((r) => touched.has(r.bucket))
    .map((r) => ({ bucket: r.bucket, keys: r.keys, starts: Array.from(r.starts), stats: Array.from(r.stats), ids: Array.from(r.ids) }));
  await page.evaluate(async (buckets) => {
    const open = indexedDB.open('parallax');
    const db: IDBDatabase = await new Promise((resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = () => reject(open.error))));
    const tx = db.transaction('keyBuckets', 'readwrite');
    for (const b of buckets) tx.objectStore('keyBuckets').put({ ...b, starts: Int32Array.from(b.starts), stats: Int32Array.from(b.stats), ids: Int32Array.from(b.ids) });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, rows);
}

describe('hostile corpus data is shown as text and runs nowhere (real Chromium)', () => {
  let server: TestServer;
  let ext: ExtensionBrowser;
  let seeds: SeedPage[];
  let options: Page;
  let reports: StoredReport[] = [];
  let imported: StoredReport[] = [];
  const hits: string[] = [];
  const files = mkdtempSync(join(tmpdir(), 'parallax-xss-'));
  const p = (where: string) => payloads(server.origin, where);
  /** Reports that came from hostile input: the page, the .html file, the export's two. */
  const hostile = () => reports.filter((r) => r.text.includes('Quillfeather'));
  const byTag = (tag: string) => hostile().find((r) => r.text.includes(`where=${tag}-text-`))!;

  /** Nothing any payload does has happened: no beacon request, no flag in the service worker. */
  async function expectNothingRan(): Promise<void> {
    expect(hits).toEqual([]);
    expect(await (await currentWorker(ext)).evaluate((name) => (self as unknown as Record<string, unknown>)[name], XSS_FLAG)).toBeUndefined();
  }

  async function expectCleanExtensionPage(page: Page): Promise<void> {
    const { hrefs, ...audit } = await auditExtensionPage(page, XSS_FLAG);
    expect(audit).toEqual(CLEAN);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  }

  beforeAll(async () => {
    seeds = seedPages();
    server = await startServer(
      (_req, res, url) => {
        if (url.pathname !== BEACON) return false;
        hits.push(url.search);
        res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
        return true;
      },
      (_req, res, url) => {
        if (url.pathname !== HOSTILE_PATH) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostilePage(server.origin));
        return true;
      },
      pages(Object.fromEntries(seeds.map((s) => [s.path, s.html]))),
    );
    ext = await launchWithExtension();
    await recordViolations(ext.context);
    const urls = [...seeds.map((s) => server.origin + s.path), server.origin + HOSTILE_PATH];
    expect(await addThroughPopup(ext, urls)).toEqual(urls.map(() => 'Added.'));

    const file = (name: string, content: string) => {
      const path = join(files, name);
      writeFileSync(path, content);
      return path;
    };
    options = await openOptions(ext);
    const chosen = [
      file(hostileFileName(server.origin, 'file-name', '.html'), hostileHtmlFile(server.origin)),
      file(hostileFileName(server.origin, 'export-name', '.parallax.jsonl'), hostileExport(server.origin)),
      file('javascript-address.parallax.jsonl', exportWithAddress(server.origin, 'javascript')),
      file('data-address.parallax.jsonl', exportWithAddress(server.origin, 'data')),
    ];
    await options.setInputFiles('[data-testid="import-file-input"]', chosen);
    await options.waitForFunction((n) => {
      const rows = [...document.querySelectorAll('[data-testid="import-status"]')];
      return rows.length === n && rows.every((r) => r.getAttribute('data-state') !== 'reading');
    }, chosen.length);
    await jobsSettled(options);
    imported = await dbAll<StoredReport>(options, 'reports');
    // A corpus written before addresses were checked (or by hand): links to javascript: and data: must not be made.
    await writeReports(options, [
      hostileRecord(server.origin, '13,000', { url: p('oldjs-url').jsUrl }, 'oldjs'),
      hostileRecord(server.origin, '22,000', { url: p('olddata-url').dataUrl }, 'olddata'),
    ]);
    reports = await dbAll<StoredReport>(options, 'reports');
  });

  afterAll(async () => {
    await ext?.close(true);
    await server?.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('stores hostile fields as given, and no address but http(s)', async () => {
    expect(hostile()).toHaveLength(6);
    expect(imported).toHaveLength(seeds.length + 4);
    for (const r of imported) expect(r.url).toMatch(/^(https?:\/\/|text:)/);

    // The served page: its canonical link (javascript:) and og:url (data:) are ignored; its own address is kept.
    const page = byTag('page');
    expect(page.url).toBe(server.origin + HOSTILE_PATH);
    expect(page.title).toContain(p('page-title').img);
    expect(page.siteName).toBe(p('page-site').markup);
    expect(page.byline).toBe(p('page-byline').markup);
    expect(page.text).toContain(p('page-text').markup);
    // The saved page: its markup is read as a document, never run; its text keeps the escaped payload as text.
    const saved = byTag('file');
    expect(saved.url).toMatch(/^text:/);
    expect(saved.siteName).toBe(p('file-site').markup);
    expect(saved.text).toContain(p('file-text').markup);
    // The export's reports keep their fields (the address as given: it is http, markup and all).
    const exported = byTag('export');
    expect(exported.title).toBe(p('export-title').markup);
    expect(exported.url).toContain('https://hostile.example/kursk/');
    expect(exported.figures.find((f) => f.concept === 'troops_sent')?.quote).toContain(p('export-quote').markup);
    expect(byTag('lang').lang).toBe(`<svg onload=${XSS_FLAG}=1>`);

    // The exports with a javascript: or a data: address are refused whole, and say why.
    const rows = await options.locator('[data-testid="job-item"]').evaluateAll((els) =>
      els.map((e) => ({ status: e.getAttribute('data-status'), text: e.textContent ?? '' })),
    );
    const refused = rows.filter((r) => r.text.includes('-address.parallax.jsonl'));
    expect(refused.map((r) => r.status)).toEqual(['failed', 'failed']);
    for (const r of refused) expect(r.text).toContain('"url" must be an http(s) URL');
    await expectNothingRan();
  });

  it('the popup of the hostile page shows its title, site, versions and quotes as text', async () => {
    const article = await ext.context.newPage();
    await article.goto(server.origin + HOSTILE_PATH);
    const popup = await openPopupFor(ext, article);
    await popupSettled(popup);
    const own = byTag('page');
    expect(await popup.textContent('[data-testid="page-title"]')).toBe(own.title);
    expect(await popup.textContent('[data-testid="page-site"]')).toBe(own.siteName);
    const others = [byTag('file'), byTag('export'), byTag('lang')];
    await popup.waitForSelector('[data-testid="conflict-item"]');
    const titles = await popup.locator('.version-title').allTextContents();
    for (const r of others) expect(titles).toContain(r.title);
    const quotes = await popup.locator('.member-quote').allTextContents();
    expect(quotes).toContain(byTag('export').figures.find((f) => f.concept === 'troops_sent')!.quote);
    expect(await popup.locator('.lang-chip').allTextContents()).toContain(byTag('lang').lang);
    await expectCleanExtensionPage(popup);
    await popup.close();
    await article.close();
    await expectNothingRan();
  });

  it('the popup of a seed report lists the hostile versions and figures as text', async () => {
    const en = seeds.find((s) => s.id === '004')!;
    const article = await ext.context.newPage();
    await article.goto(server.origin + en.path);
    const popup = await openPopupFor(ext, article);
    await popupSettled(popup);
    await popup.waitForSelector('[data-testid="conflict-item"]');
    const titles = await popup.locator('.version-title').evaluateAll((els) => els.map((e) => [e.tagName.toLowerCase(), e.textContent ?? '']));
    for (const r of hostile()) expect(titles).toContainEqual([/^https?:/.test(r.url) ? 'a' : 'span', r.title]);
    const values = await popup.$$eval('[data-testid="conflict-item"][data-concept="troops_sent"] [data-testid="figure-member"]', (els) => els.map((e) => Number(e.getAttribute('data-value'))));
    expect(values).toEqual(expect.arrayContaining([14000, 19000, 21000, 17000]));
    const meta = (await popup.locator('.member-meta').allTextContents()).join('\n');
    expect(meta).toContain(byTag('export').siteName!);
    expect(meta).toContain(p('export-attribution').img);
    await expectCleanExtensionPage(popup);
    await popup.close();
    await article.close();
    await expectNothingRan();
  });

  it('the corpus browser lists, finds and opens each hostile report as text; sources, files and jobs too', async () => {
    await options.reload();
    await options.waitForSelector('[data-testid="corpus-count"][data-total]');
    await options.fill('[data-testid="corpus-search"]', 'Quillfeather');
    await options.waitForSelector('[data-testid="corpus-count"][data-shown="6"]');
    for (const r of hostile()) {
      const row = options.locator(`[data-testid="corpus-item"][data-id="${r.id}"]`);
      const title = row.locator('[data-testid="corpus-item-title"]');
      expect(await title.textContent()).toBe(r.title || r.url);
      await title.click();
      const detail = options.locator('[data-testid="corpus-detail"]');
      await detail.locator('h3', { hasText: r.title }).waitFor();
      expect(await detail.locator('h3').textContent()).toBe(r.title);
      const text = (await detail.textContent()) ?? '';
      for (const field of [r.siteName, r.byline, r.excerpt]) if (field) expect(text).toContain(field);
      // Only an http(s) address is a link (an imported text has none; an older corpus may hold javascript: or data:).
      const linked = /^https?:/.test(r.url) ? 1 : 0;
      expect(await row.locator('a').count()).toBe(linked);
      expect(await detail.locator('a').count()).toBe(linked);
      const shown = await detail.locator('[data-testid="corpus-figure"] q').allTextContents();
      expect(shown).toEqual(r.figures.map((f) => f.quote));
      await expectCleanExtensionPage(options);
    }
    // Where the hostile file names and the export's source show.
    const sources = await options.locator('[data-testid="source-title"]').allTextContents();
    expect(sources).toContain(p('export-source').markup);
    expect(sources).toContain(hostileFileName(server.origin, 'file-name', '.html'));
    expect(await options.locator('.job-label').allTextContents()).toContain(hostileFileName(server.origin, 'export-name', '.parallax.jsonl'));
    // The confirmation that names a source (a translated message with the title substituted) shows it as text.
    await options.locator('[data-testid="source-item"]', { hasText: p('export-source').markup }).locator('[data-testid="source-delete"]').click();
    expect(await options.textContent('[data-testid="confirm-dialog"]')).toContain(`"${p('export-source').markup}"`);
    await expectCleanExtensionPage(options);
    await options.click('[data-testid="confirm-no"]');
    await expectCleanExtensionPage(options);
    await expectNothingRan();
  });

  it("the tooltip in a seed page shows hostile sources and quotes as text, and the page holds nothing else of the corpus", async () => {
    const en = seeds.find((s) => s.id === '004')!;
    const page = await ext.context.newPage();
    await page.goto(server.origin + en.path);
    const mark = page.locator('[data-parallax-figure][tabindex="0"]', { hasText: '14,000' });
    await mark.waitFor({ timeout: 30_000 });
    await mark.hover();
    await expect.poll(async () => (await tooltipIn(ext, page))?.visible).toBe(true);

    const { strings, tooltipHtml } = await piercedDom(ext, page);
    // Hostile sources and quotes are in the tooltip (it lists the first few others), as text: no element made of them.
    expect(beaconTags(tooltipHtml ?? '').size).toBeGreaterThan(0);
    expect([...(tooltipHtml ?? '').matchAll(/<([a-z][\w-]*)/gi)].map((m) => m[1]!.toLowerCase()).filter((tag) => !['div', 'p', 'ul', 'li', 'span', 'q'].includes(tag))).toEqual([]);
    const all = strings.join('\n');
    // Only what the tooltip says about this page's figures: other reports' values, sources, whom they cite, quotes.
    const found = beaconTags(all);
    expect([...found].filter((tag) => !/-(quote|site|attribution)$/.test(tag))).toEqual([]);
    // No title, address, byline or excerpt of another stored report, in text or attributes.
    const own = reports.find((r) => r.url === server.origin + en.path)!;
    for (const r of reports) {
      if (r.id === own.id) continue;
      for (const field of [r.title, r.url, r.byline, r.excerpt]) if (field && !own.text.includes(field)) expect(all).not.toContain(field);
    }
    expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], XSS_FLAG)).toBeUndefined();
    await page.close();
    await expectNothingRan();
  });
});
