import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopupFor, popupSettled, type ExtensionBrowser } from './helpers/extension.ts';
import { openOptions, waitForTotal } from './helpers/options-page.ts';
import { pages, startServer, type TestServer } from './helpers/server.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

describe('popup: the reader\'s first result, in real Chromium', () => {
  let server: TestServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer(
      pages({
        '/en/flood': fixture('news--flood-da-nang-en.html').replace('http://127.0.0.1/news/flood-da-nang', '/en/flood'),
        '/vi/lu-lut': fixture('news--flood-da-nang-vi.html'),
      }),
    );
    ext = await launchWithExtension();
  });

  afterAll(async () => {
    await ext?.close(true);
    await server?.close();
  });

  it('shows the article, adds it to the corpus, and lists it as stored after a reload', async () => {
    const article = await ext.context.newPage();
    await article.goto(`${server.origin}/en/flood`);
    const popup = await openPopupFor(ext, article);
    await popupSettled(popup);
    expect(await popup.textContent('[data-testid="page-title"]')).toContain('Floods in central Vietnam kill 12');
    expect(await popup.textContent('[data-testid="page-lang"]')).toBe('en');
    expect(await popup.textContent('[data-testid="page-site"]')).toBe('Harbour Post');
    await popup.click('[data-testid="add-page"]');
    await popup.waitForSelector('[data-testid="save-status"]:has-text("Added")');
    await popup.reload();
    await popupSettled(popup);
    expect(await popup.textContent('[data-testid="save-status"]')).toContain('In your corpus');
    await popup.close();
    await article.close();
  });

  it('sees a report deleted or added while the service worker runs at once (its cache follows the corpus)', async () => {
    const vi = await ext.context.newPage();
    await vi.goto(`${server.origin}/vi/lu-lut`);
    let popup = await openPopupFor(ext, vi);
    await popupSettled(popup);
    await popup.waitForSelector('[data-testid="version-item"][data-lang="en"]');
    await popup.close();

    // Deleted from the options page (another context of the extension): the next look no longer lists it.
    const options = await openOptions(ext);
    await options.locator('[data-testid="corpus-item"]', { hasText: 'Floods in central Vietnam' }).locator('[data-testid="corpus-item-delete"]').click();
    await waitForTotal(options, 0);
    popup = await openPopupFor(ext, vi);
    await popupSettled(popup);
    expect(await popup.locator('[data-testid="version-item"]').count()).toBe(0);
    await popup.close();

    // Added again from its own page: listed at once.
    const en = await ext.context.newPage();
    await en.goto(`${server.origin}/en/flood`);
    popup = await openPopupFor(ext, en);
    await popupSettled(popup);
    await popup.click('[data-testid="add-page"]');
    await popup.waitForSelector('[data-testid="save-status"]:has-text("Added")');
    await popup.close();
    popup = await openPopupFor(ext, vi);
    await popupSettled(popup);
    await popup.waitForSelector('[data-testid="version-item"][data-lang="en"]', { timeout: 5_000 });
    for (const p of [popup, options, en, vi]) await p.close();
  });

  it('lists the stored English report as a version of the Vietnamese one, and keeps the corpus across a restart', async () => {
    const vi = await ext.context.newPage();
    await vi.goto(`${server.origin}/vi/lu-lut`);
    let popup = await openPopupFor(ext, vi);
    await popupSettled(popup);
    expect(await popup.textContent('[data-testid="page-lang"]')).toBe('vi');
    await popup.waitForSelector('[data-testid="version-item"][data-lang="en"]');
    const link = await popup.getAttribute('[data-testid="version-item"][data-lang="en"] a', 'href');
    expect(link).toBe(`${server.origin}/en/flood`);
    await popup.click('[data-testid="add-page"]');
    await popup.waitForSelector('[data-testid="save-status"]:has-text("Added")');

    // Restart the browser on the same profile: IndexedDB must still hold both reports.
    const profile = ext.userDataDir;
    await ext.close(false);
    ext = await launchWithExtension(profile);
    const en = await ext.context.newPage();
    await en.goto(`${server.origin}/en/flood`);
    popup = await openPopupFor(ext, en);
    await popupSettled(popup);
    await popup.waitForSelector('[data-testid="version-item"][data-lang="vi"]');
    expect(await popup.textContent('[data-testid="save-status"]')).toContain('In your corpus');
  });
});
