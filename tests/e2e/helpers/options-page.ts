import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension.ts';
import { keyStatsOf } from '../../../lib/db/key-stats.ts';
import type { KeyStatRecord } from '../../../lib/db/records.ts';

/** Opens the options page in a tab. */
export async function openOptions(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.waitForSelector('[data-testid="corpus-count"][data-total]');
  return page;
}

/**
 * Grants the extension access to a site the way a reader can on chrome://extensions ("Site access"), so that the
 * options page's permission request resolves at once: automation cannot click the browser's permission prompt.
 */
export async function allowSite(ext: ExtensionBrowser, pattern: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, host]) =>
      (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission: (id: string, host: string) => Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, host!),
    [ext.extensionId, pattern],
  );
  await page.close();
}

/** Adds addresses through the page's input, as a reader does. */
export async function addSources(page: Page, urls: string[]): Promise<void> {
  await page.fill('[data-testid="add-source-input"]', urls.join('\n'));
  await page.click('[data-testid="add-source-submit"]');
  await page.waitForSelector('[data-testid="add-source-status"][data-state="started"], [data-testid="add-source-status"][data-state="failed"]');
}

/**
 * Waits until every job is over, as stored and as the page shows it: the newest job in the database is in the
 * page's list, and nothing listed is still active. (Reading only the page could see the previous job's end before
 * the new job is listed.)
 */
export async function jobsSettled(page: Page, timeout = 60_000): Promise<void> {
  const started = Date.now();
  const final = new Set(['done', 'failed', 'cancelled']);
  while (Date.now() - started < timeout) {
    const jobs = await dbAll<{ id: number; status: string }>(page, 'jobs');
    const newest = Math.max(0, ...jobs.map((j) => j.id));
    const shown = await page.locator('[data-testid="job-item"]').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-job-id')), e.getAttribute('data-status') ?? '']));
    if (jobs.length && jobs.every((j) => final.has(j.status)) && shown.some(([id]) => id === newest) && shown.every(([, status]) => final.has(String(status)))) return;
    await page.waitForTimeout(100);
  }
  throw new Error('jobs did not settle in time');
}

/** The corpus count as the page shows it. */
export async function corpusTotal(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid="corpus-count"]', 'data-total'));
}

export async function waitForTotal(page: Page, total: number, timeout = 30_000): Promise<void> {
  await page.waitForSelector(`[data-testid="corpus-count"][data-total="${total}"]`, { timeout });
}

/**
 * Watches the extension's service worker through the DevTools protocol: its running status over time, and a way to
 * stop it as Chrome stops an idle worker (ServiceWorker.stopAllWorkers; chrome.runtime.reload would reinstall).
 */
export async function watchServiceWorker(page: Page, extensionId: string) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    statuses,
    stop: () => cdp.send('ServiceWorker.stopAllWorkers'),
    /** Resolves once the worker has stopped and then run again. */
    async restarted(timeout = 60_000): Promise<void> {
      const started = Date.now();
      while (Date.now() - started < timeout) {
        const stoppedAt = statuses.lastIndexOf('stopped');
        if (stoppedAt >= 0 && statuses.slice(stoppedAt).includes('running')) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the service worker did not start again (statuses: ${statuses.join(', ')})`);
    },
    detach: () => cdp.detach(),
  };
}

/**
 * Every record of a store of the extension's database, read in its own origin (the page shares it with the worker).
 * Typed arrays (in key buckets) come back as plain arrays.
 */
export async function dbAll<T>(page: Page, store: 'reports' | 'sources' | 'jobs' | 'jobChunks' | 'keyBuckets'): Promise<T[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('parallax');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      // No named helper here: page.evaluate runs this source as it is, and tsx would wrap a named one in __name().
      return rows.map((row) => (row && typeof row === 'object' ? Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Int32Array ? Array.from(v) : v])) : row));
    } finally {
      db.close();
    }
  }, store) as Promise<T[]>;
}

/** Every key's statistics and postings, from the key buckets. */
export async function dbKeyStats(page: Page): Promise<KeyStatRecord[]> {
  const rows = await dbAll<{ bucket: number; keys: string; starts: number[]; stats: number[]; ids: number[] }>(page, 'keyBuckets');
  return keyStatsOf(rows.map((r) => ({ ...r, starts: Int32Array.from(r.starts), stats: Int32Array.from(r.stats), ids: Int32Array.from(r.ids) })));
}
