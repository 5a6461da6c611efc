import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/extension.ts';
import { addSources, allowSite, jobsSettled, openOptions, waitForTotal } from './helpers/options-page.ts';
import { optionsSite, type SiteControl } from './helpers/options-site.ts';
import { startServer, type TestServer } from './helpers/server.ts';

describe('options page: host permissions asked per site, and settings, in real Chromium', () => {
  let server: TestServer;
  let ext: ExtensionBrowser;
  let page: Page;
  const control: SiteControl = { railVersion: 1, brokenFeed: false, railRequests: [] };

  beforeAll(async () => {
    server = await startServer(optionsSite(() => server.origin, control));
    ext = await launchWithExtension();
    page = await openOptions(ext);
  });

  afterAll(async () => {
    await ext?.close(true);
    await server?.close();
  });

  it('may not read the test site at install (the content script\'s patterns are listed, but grant no fetching)', async () => {
    expect(await page.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
  });

  it('asks for the site when a source on it is added, and fetches nothing until it is allowed', async () => {
    const url = `${server.origin}/diario/porto-reabre`;
    await page.fill('[data-testid="add-source-input"]', url);
    await page.click('[data-testid="add-source-submit"]');
    // The browser's prompt is open (automation cannot answer it): the page waits for the reader.
    await page.waitForSelector('[data-testid="add-source-status"][data-state="asking"]');
    await page.waitForTimeout(1000);
    expect(server.requests).toEqual([]);
    expect(await page.locator('[data-testid="job-item"]').count()).toBe(0);

    // The reader allows the site (here through chrome://extensions, as a reader can): the same click now goes through.
    await page.reload();
    await allowSite(ext, 'http://127.0.0.1/*');
    await addSources(page, [url]);
    await jobsSettled(page);
    await waitForTotal(page, 1);
    expect(server.requests).toEqual(['/diario/porto-reabre']);
    expect(await page.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(true);
  });

  it('settings: analyse on load or on click, highlighting, the languages read, the translation target; kept across reloads', async () => {
    const stored = () => page.evaluate(async () => (await chrome.storage.local.get('settings'))['settings'] as Record<string, unknown> | undefined);
    await page.click('[data-testid="setting-analyze-click"]');
    await page.click('[data-testid="setting-highlight"]');
    await page.click('[data-testid="setting-lang-vi"]');
    await page.click('[data-testid="setting-lang-pt"]');
    await page.selectOption('[data-testid="setting-translation"]', 'en');
    await expect.poll(stored).toMatchObject({ analyzeOnLoad: false, highlight: false, readerLanguages: ['vi', 'pt'], translationTarget: 'en' });
    await page.reload();
    await page.waitForSelector('[data-testid="setting-analyze-click"]');
    expect(await page.isChecked('[data-testid="setting-analyze-click"]')).toBe(true);
    expect(await page.isChecked('[data-testid="setting-highlight"]')).toBe(false);
    expect(await page.isChecked('[data-testid="setting-lang-vi"]')).toBe(true);
    expect(await page.inputValue('[data-testid="setting-translation"]')).toBe('en');
    await page.click('[data-testid="setting-analyze-load"]');
    await expect.poll(async () => (await stored())?.['analyzeOnLoad']).toBe(true);
  });
});
