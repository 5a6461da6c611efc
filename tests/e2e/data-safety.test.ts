import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopupFor, popupSettled, type ExtensionBrowser } from './helpers/extension.ts';
import { syntheticExport } from './helpers/options-export-file.ts';
import { addSources, allowSite, dbAll, dbKeyStats, jobsSettled, openOptions, waitForTotal } from './helpers/options-page.ts';
import { optionsSite, SITE_DIR, siteFile, type SiteControl } from './helpers/options-site.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { keyStatViolations } from '../support/corpus-invariants.ts';

interface StoredReport {
  id: number;
  url: string;
  contentHash: string;
  keys: string[];
  sourceId: number | null;
}

interface StoredJob {
  id: number;
  kind: string;
  status: string;
  counts: { added: number; updated: number; unchanged: number; failed: number };
}

/**
 * The corpus is whole: each address and each text stored once, every source once, each key's document frequency
 * equal to a recount of the reports, the kept report count equal to the reports, nothing left staged.
 */
async function expectConsistentCorpus(page: Page): Promise<StoredReport[]> {
  const reports = await dbAll<StoredReport>(page, 'reports');
  expect(new Set(reports.map((r) => r.url)).size).toBe(reports.length);
  expect(new Set(reports.map((r) => r.contentHash)).size).toBe(reports.length);
  // Key statistics are a recount: each key's frequency and postings are the reports that hold it.
  expect(keyStatViolations(reports, await dbKeyStats(page))).toEqual([]);
  const meta = await page.evaluate(async () => {
    const open = indexedDB.open('parallax');
    const db: IDBDatabase = await new Promise((resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = () => reject(open.error))));
    const req = db.transaction('meta').objectStore('meta').get('reportCount');
    const row = await new Promise<{ value: number } | undefined>((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
    db.close();
    return row?.value ?? null;
  });
  expect(meta).toBe(reports.length);
  const sources = await dbAll<{ id: number; key: string }>(page, 'sources');
  expect(new Set(sources.map((s) => s.key)).size).toBe(sources.length);
  const sourceIds = new Set(sources.map((s) => s.id));
  for (const r of reports) if (r.sourceId !== null) expect(sourceIds.has(r.sourceId)).toBe(true);
  expect(await dbAll(page, 'jobChunks')).toEqual([]);
  return reports;
}

const ARTICLES = ['/ledger/caldera-port-reopens', '/courrier/port-caldera', '/tincang/cang-caldera'];
const EXPORTED = 200;

describe('the same sources added at once from several tabs and pages: each stored once (real Chromium)', () => {
  let server: TestServer;
  let ext: ExtensionBrowser;
  const control: SiteControl = { railVersion: 1, brokenFeed: false, railRequests: [] };
  const files = mkdtempSync(join(tmpdir(), 'parallax-races-'));

  beforeAll(async () => {
    server = await startServer(optionsSite(() => server.origin, control));
    ext = await launchWithExtension();
  });

  afterAll(async () => {
    await ext?.close(true);
    await server?.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('each article open in two tabs, "Add to corpus" clicked in all popups at once: one report per article', async () => {
    const popups: Array<{ path: string; popup: Page }> = [];
    // Each popup is opened right after its tab, so that it targets that tab (see tabIdFor).
    for (const path of ARTICLES) {
      for (let copy = 0; copy < 2; copy++) {
        const tab = await ext.context.newPage();
        await tab.goto(server.origin + path);
        const popup = await openPopupFor(ext, tab);
        await popupSettled(popup);
        popups.push({ path, popup });
      }
    }
    await Promise.all(popups.map(({ popup }) => popup.click('[data-testid="add-page"]')));
    const statuses = await Promise.all(
      popups.map(async ({ path, popup }) => {
        await popup.waitForSelector('[data-testid="save-status"]:not(:empty)');
        return [path, ((await popup.textContent('[data-testid="save-status"]')) ?? '').trim()];
      }),
    );
    for (const path of ARTICLES) {
      expect(statuses.filter(([p]) => p === path).map(([, s]) => s).sort()).toEqual(['Added.', 'Updated.']);
    }
    const options = await openOptions(ext);
    const reports = await expectConsistentCorpus(options);
    expect(reports).toHaveLength(ARTICLES.length);
    expect(reports.map((r) => new URL(r.url).pathname).sort()).toEqual([...ARTICLES].sort());
    await options.close();
  });

  it('the same text pasted, the same files imported and the same address added from two options pages at once', async () => {
    const [a, b] = [await openOptions(ext), await openOptions(ext)];
    const before = (await dbAll<StoredReport>(a, 'reports')).length;
    await allowSite(ext, 'http://127.0.0.1/*');

    // Pasted text, without an address (stored under its text) and with one; each round on freshly loaded pages.
    const note = readFileSync(resolve(SITE_DIR, 'text--harbour-note-en.txt'), 'utf8');
    const paste = async (page: Page, text: string, url: string) => {
      await page.reload();
      await page.waitForSelector('[data-testid="corpus-count"][data-total]');
      await page.fill('[data-testid="paste-url"]', url);
      await page.fill('[data-testid="paste-text"]', text);
      await page.click('[data-testid="paste-submit"]');
      await page.waitForSelector('[data-testid="paste-status"][data-state="saved"], [data-testid="paste-status"][data-state="failed"]');
      return ((await page.textContent('[data-testid="paste-status"]')) ?? '').trim();
    };
    expect((await Promise.all([paste(a, note, ''), paste(b, note, '')])).sort()).toEqual(['Added.', 'Updated.']);
    const revised = 'Port authority: the count stands. '.repeat(3) + note;
    const url = 'https://notes.example/caldera-count';
    expect((await Promise.all([paste(a, revised, url), paste(b, revised, url)])).sort()).toEqual(['Added.', 'Updated.']);

    // The same .txt, .html and export files chosen in both pages at once.
    const file = (name: string, content: string) => {
      const path = join(files, name);
      writeFileSync(path, content);
      return path;
    };
    const chosen = [
      file('note-pt.txt', 'Porto de Caldera: 1.300 contêineres danificados\n\nA capitania do porto de Caldera informou que cerca de 1.300 contêineres foram danificados pela tempestade Idris. Trinta e sete dos 64 berços voltaram a operar.'),
      file('bahnstreik.html', siteFile('news--rail-strike-de.html', server.origin)),
      file('colleague.parallax.jsonl', syntheticExport(EXPORTED, 200)),
    ];
    await Promise.all([a, b].map((page) => page.setInputFiles('[data-testid="import-file-input"]', chosen)));
    for (const page of [a, b]) {
      await page.waitForFunction((n) => {
        const rows = [...document.querySelectorAll('[data-testid="import-status"]')];
        return rows.length === n && rows.every((r) => r.getAttribute('data-state') !== 'reading');
      }, chosen.length);
    }
    const states = await Promise.all([a, b].map((page) => page.locator('[data-testid="import-status"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))));
    for (const i of [0, 1]) expect(states.map((s) => s[i]).sort()).toEqual(['added', 'updated']);
    for (const s of states) expect(s[2]).toBe('importing');

    // The same article added by address from both pages at once.
    await Promise.all([a, b].map((page) => addSources(page, [`${server.origin}/diario/porto-reabre`])));
    await jobsSettled(a);
    await jobsSettled(b);

    const jobs = await dbAll<StoredJob>(a, 'jobs');
    const imports = jobs.filter((j) => j.kind === 'import');
    expect(imports.map((j) => j.status)).toEqual(['done', 'done']);
    expect(imports.map((j) => j.counts.added).sort((x, y) => x - y)).toEqual([0, EXPORTED]);
    expect(imports.map((j) => j.counts.unchanged).sort((x, y) => x - y)).toEqual([0, EXPORTED]);
    const adds = jobs.filter((j) => j.kind === 'add');
    expect(adds.map((j) => j.status)).toEqual(['done', 'done']);
    expect(adds.map((j) => j.counts.added + j.counts.updated + j.counts.unchanged)).toEqual([1, 1]);

    const reports = await expectConsistentCorpus(a);
    // Two pasted texts, a .txt, an .html, the export, one article by address.
    expect(reports).toHaveLength(before + 2 + 2 + EXPORTED + 1);
    // Both pages show the count the store keeps.
    for (const page of [a, b]) {
      await page.reload();
      await waitForTotal(page, reports.length);
    }
  });
});
