import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopupFor, popupSettled, type ExtensionBrowser } from './helpers/extension.ts';
import { pages, startServer, type TestServer } from './helpers/server.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

describe('a click on the icon reads the page, in real Chromium', () => {
  let server: TestServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer(
      pages({
        '/zh/baoyu': fixture('news--zh-short-paragraphs.html'),
        '/ferry': fixture('news--en-marked-fr.html'),
        '/search': fixture('not-article--search-results.html'),
      }),
    );
    ext = await launchWithExtension();
  });

  afterAll(async () => {
    await ext?.close(true);
    await server?.close();
  });

  it('reads a Chinese article of short paragraphs, in Chinese', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/zh/baoyu`);
    const popup = await openPopupFor(ext, page);
    await popupSettled(popup);
    expect(await popup.isVisible('[data-testid="state-not-article"]')).toBe(false);
    expect(await popup.textContent('[data-testid="page-title"]')).toContain('沿岸三千余名居民连夜转移');
    expect(await popup.textContent('[data-testid="page-lang"]')).toBe('zh');
    await popup.close();
    await page.close();
  });

  it('reads English text marked lang="fr" as English', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/ferry`);
    const popup = await openPopupFor(ext, page);
    await popupSettled(popup);
    expect(await popup.textContent('[data-testid="page-lang"]')).toBe('en');
    await popup.close();
    await page.close();
  });

  it('reads even a page the article check would skip on load, when the reader asks', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/search`);
    const popup = await openPopupFor(ext, page);
    await popupSettled(popup);
    expect(await popup.isVisible('[data-testid="state-not-article"]')).toBe(false);
    expect(await popup.textContent('[data-testid="page-title"]')).toContain('Search: weather');
    await popup.close();
    await page.close();
  });
});
