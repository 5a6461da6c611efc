import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFeeds } from '../../lib/catalog/catalog.ts';
import { CATALOG_LANGUAGES } from '../../lib/model/catalog-feed.ts';
import { CATALOG_FEEDS } from '../../lib/catalog/feeds.ts';
import { catalogBuild, catalogSite, localFeedPath } from './helpers/catalog-site.ts';
import { launchWithExtension, openPopupFor, popupSettled, type ExtensionBrowser } from './helpers/extension.ts';
import { addSources, allowSite, dbAll, jobsSettled, openOptions, waitForTotal } from './helpers/options-page.ts';
import { startServer, type TestServer } from './helpers/server.ts';

interface StoredSource {
  kind: string;
  key: string;
}
interface StoredReport {
  url: string;
  lang: string;
}

const CHOSEN = ['vi', 'zh'] as const;
const chosenPaths = () => CATALOG_FEEDS.flatMap((f, i) => ((CHOSEN as readonly string[]).includes(f.lang) ? [localFeedPath(i)] : []));

describe('the feed catalogue and the first run, in real Chromium with a fresh profile', () => {
  let server: TestServer;
  let buildDir: string;
  let ext: ExtensionBrowser;
  let welcome: Page;
  let options: Page;

  beforeAll(async () => {
    server = await startServer(catalogSite(() => server.origin));
    buildDir = catalogBuild(server.origin);
    ext = await launchWithExtension(undefined, { extensionDir: buildDir });
  });

  afterAll(async () => {
    await ext?.close(true);
    await server?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  it('opens the first-run page on install, with every language, and sends no request before the reader chooses', async () => {
    const isWelcome = (p: Page) => p.url() === `chrome-extension://${ext.extensionId}/welcome.html`;
    welcome = ext.context.pages().find(isWelcome) ?? (await ext.context.waitForEvent('page', { predicate: isWelcome, timeout: 30_000 }));
    await welcome.waitForSelector('[data-testid="catalog-language"]');
    const langs = await welcome.locator('[data-testid="catalog-language"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lang')));
    expect(langs).toEqual([...CATALOG_LANGUAGES]);
    expect(await welcome.isDisabled('[data-testid="catalog-subscribe"]')).toBe(true);
    // Collecting as you read is explained here and off until the reader turns it on.
    await welcome.waitForSelector('[data-testid="first-run-collect"]:not([disabled])');
    expect(await welcome.isChecked('[data-testid="first-run-collect"]')).toBe(false);
    await welcome.waitForTimeout(1500);
    expect(server.requests).toEqual([]);
  });

  it('subscribes to a language in two clicks (tick it, subscribe); two languages fill the corpus with their feeds', async () => {
    // Automation cannot click the browser's permission prompt: the site is allowed as a reader can on chrome://extensions.
    await allowSite(ext, 'http://127.0.0.1/*');
    for (const lang of CHOSEN) {
      await welcome.click(`[data-testid="catalog-language"][data-lang="${lang}"]`);
      await welcome.click('[data-testid="catalog-subscribe"]');
      await welcome.waitForSelector(`[data-testid="catalog-status"][data-state="started"][data-count="${catalogFeeds(lang).length}"]`);
    }
    options = await openOptions(ext);
    await jobsSettled(options);
    // The seeds in Vietnamese (two) and Chinese (one), each fetched as a page from the feeds' items.
    await waitForTotal(options, 3);
    const reports = await dbAll<StoredReport>(options, 'reports');
    expect(reports.map((r) => r.lang).sort()).toEqual(['vi', 'vi', 'zh']);
    const feeds = (await dbAll<StoredSource>(options, 'sources')).filter((s) => s.kind === 'feed');
    expect(feeds.map((s) => s.key).sort()).toEqual(chosenPaths().map((p) => server.origin + p).sort());
    // Only the chosen languages' feeds were read, each of them.
    const feedRequests = new Set(server.requests.filter((r) => r.startsWith('/catalog/')));
    expect([...feedRequests].sort()).toEqual(chosenPaths().sort());
    // The options page shows those languages as subscribed.
    for (const lang of CHOSEN) expect(await options.isDisabled(`[data-testid="catalog-language"][data-lang="${lang}"]`)).toBe(true);
    expect(await options.isDisabled('[data-testid="catalog-language"][data-lang="en"]')).toBe(false);
  });

  it('lists the versions from those feeds in the popup on a seed page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/seeds/004.html`);
    const popup = await openPopupFor(ext, page);
    await popupSettled(popup);
    await popup.waitForSelector('[data-testid="version-item"]', { timeout: 30_000 });
    const langs = await popup.locator('[data-testid="version-item"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lang')));
    expect(new Set(langs)).toEqual(new Set(['vi', 'zh']));
    await popup.close();
    await page.close();
  });

  it('shows the storage used and the reports per kind of source, and prunes feed reports by size and by age, never one added by hand', async () => {
    await addSources(options, [`${server.origin}/seeds/003.html`]);
    await jobsSettled(options);
    await waitForTotal(options, 4);
    await options.waitForSelector('[data-testid="kind-count"][data-kind="feed"][data-count="3"]');
    await options.waitForSelector('[data-testid="kind-count"][data-kind="url"][data-count="1"]');
    await options.waitForSelector('[data-testid="storage-used"][data-usage]:not([data-usage=""])');
    expect(Number(await options.getAttribute('[data-testid="storage-used"]', 'data-usage'))).toBeGreaterThan(0);

    await options.fill('[data-testid="prune-keep"]', '1');
    await options.click('[data-testid="prune-size"]');
    await options.waitForSelector('[data-testid="prune-status"][data-state="done"][data-deleted="2"]');
    await waitForTotal(options, 2);

    await options.fill('[data-testid="prune-days"]', '0');
    await options.click('[data-testid="prune-age"]');
    await options.waitForSelector('[data-testid="prune-status"][data-state="done"][data-deleted="1"]');
    await waitForTotal(options, 1);
    expect((await dbAll<StoredReport>(options, 'reports')).map((r) => r.url)).toEqual([`${server.origin}/seeds/003.html`]);
    await options.waitForSelector('[data-testid="kind-count"][data-kind="feed"][data-count="0"]');
  });

  it('on the options page, subscribes to single outlets: one outlet, or a language but one', async () => {
    const before = new Set(server.requests);
    const indexOf = (url: string) => CATALOG_FEEDS.findIndex((f) => f.url === url);
    const italian = catalogFeeds('it');
    const german = catalogFeeds('de');
    const url = (i: number) => server.origin + localFeedPath(i);
    await options.locator('.catalog-lang', { has: options.locator('[data-lang="it"]') }).locator('summary').click();
    await options.click(`[data-testid="catalog-feed"][data-url="${url(indexOf(italian[1]!.url))}"]`);
    await options.click('[data-testid="catalog-subscribe"]');
    await options.waitForSelector('[data-testid="catalog-status"][data-state="started"][data-count="1"]');
    await jobsSettled(options);
    await options.click('[data-testid="catalog-language"][data-lang="de"]');
    await options.locator('.catalog-lang', { has: options.locator('[data-lang="de"]') }).locator('summary').click();
    await options.click(`[data-testid="catalog-feed"][data-url="${url(indexOf(german[0]!.url))}"]`);
    await options.click('[data-testid="catalog-subscribe"]');
    await options.waitForSelector(`[data-testid="catalog-status"][data-state="started"][data-count="${german.length - 1}"]`);
    await jobsSettled(options);
    const expected = [italian[1]!, ...german.slice(1)].map((f) => localFeedPath(indexOf(f.url))).sort();
    expect(server.requests.filter((r) => r.startsWith('/catalog/') && !before.has(r)).sort()).toEqual(expected);
    // The Italian outlet shows as subscribed; the others stay open to choose.
    await options.waitForSelector(`[data-testid="catalog-feed"][data-url="${url(indexOf(italian[1]!.url))}"]:disabled`);
    expect(await options.isDisabled(`[data-testid="catalog-feed"][data-url="${url(indexOf(italian[0]!.url))}"]`)).toBe(false);
  });
});
