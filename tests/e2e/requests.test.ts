import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { launchWithExtension, openPopupFor, popupSettled, type ExtensionBrowser } from './helpers/extension.ts';
import { newsIndex, useLocalIndex, type IndexMode } from './helpers/news-index.ts';
import { addSources, allowSite, jobsSettled, openOptions } from './helpers/options-page.ts';
import { optionsSite, type SiteControl } from './helpers/options-site.ts';
import { startRecordingProxy, type RecordingProxy } from './helpers/proxy.ts';
import { startServer, type TestServer } from './helpers/server.ts';

/**
 * Chromium's own services (updates, time, accounts), which it calls whatever extension is loaded: the proxy sees
 * them, and the requests the extension makes are told apart by their context (its service worker or its pages).
 */
const BROWSER_OWN = /^(https?:\/\/)?([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com)(:\d+)?(\/|$)/;

describe('the requests the extension makes, in real Chromium', () => {
  let proxy: RecordingProxy;
  /** The page the reader reads, a feed's site, an article's site, the news index, the sites the index finds. */
  const servers: Record<'reading' | 'feeds' | 'articles' | 'index' | 'found', TestServer> = {} as never;
  let ext: ExtensionBrowser;
  let options: Page;
  /** From before the browser started. */
  let sinceLaunch: () => ReturnType<ReturnType<typeof mark>>;
  const control: SiteControl = { railVersion: 1, brokenFeed: false, railRequests: [] };
  const index: { mode: IndexMode; queries: URLSearchParams[] } = { mode: 'found', queries: [] };
  /** Every http(s) request from the extension's service worker or its pages, in order. */
  const fromExtension: string[] = [];

  const isExtensions = (request: Request): boolean => {
    const prefix = `chrome-extension://${ext.extensionId}/`;
    const worker = request.serviceWorker();
    if (worker) return worker.url().startsWith(prefix);
    try {
      return request.frame().url().startsWith(prefix);
    } catch {
      return false;
    }
  };
  /** What happened from here on: the extension's requests by origin, what each server and the proxy saw. */
  const mark = () => {
    const from = { extension: fromExtension.length, proxy: proxy.seen.length, servers: Object.fromEntries(Object.entries(servers).map(([k, s]) => [k, s.requests.length])) };
    return () => ({
      origins: [...new Set(fromExtension.slice(from.extension).map((u) => new URL(u).origin))].sort(),
      requests: fromExtension.slice(from.extension),
      servers: Object.fromEntries(Object.entries(servers).map(([k, s]) => [k, s.requests.slice(from.servers[k])])) as Record<keyof typeof servers, string[]>,
      leftTheMachine: proxy.seen.slice(from.proxy).filter((u) => !BROWSER_OWN.test(u)),
    });
  };

  beforeAll(async () => {
    proxy = await startRecordingProxy();
    for (const name of ['reading', 'feeds', 'articles', 'found'] as const) {
      servers[name] = await startServer(optionsSite(() => servers[name].origin, control));
    }
    servers.index = await startServer(newsIndex(index, () => servers.found.origin));
    sinceLaunch = mark();
    ext = await launchWithExtension(undefined, { args: [proxy.arg] });
    ext.context.on('request', (request) => {
      if (/^https?:/.test(request.url()) && isExtensions(request)) fromExtension.push(request.url());
    });
  });

  afterAll(async () => {
    await ext?.close(true);
    for (const server of Object.values(servers)) await server?.close();
    await proxy?.close();
  });

  it('from a fresh start, with no action (the options page and a popup opened, an article read): none', async () => {
    await new Promise((r) => setTimeout(r, 4000));
    options = await openOptions(ext);
    const article = await ext.context.newPage();
    await article.goto(`${servers.reading.origin}/ledger/caldera-port-reopens`);
    const popup = await openPopupFor(ext, article);
    await popupSettled(popup);
    await popup.close();
    await new Promise((r) => setTimeout(r, 2000));
    const seen = sinceLaunch();
    expect(seen.requests).toEqual([]);
    expect(seen.leftTheMachine).toEqual([]);
    // The article's own server saw the tab load it, and nothing from the extension.
    expect(seen.servers.reading.filter((p) => p !== '/favicon.ico')).toEqual(['/ledger/caldera-port-reopens']);
    for (const name of ['feeds', 'articles', 'index', 'found'] as const) expect(seen.servers[name], name).toEqual([]);
    await allowSite(ext, 'http://127.0.0.1/*');
  });

  it('subscribing to a feed: only the feed\'s site (the feed, then the items it names)', async () => {
    const since = mark();
    await addSources(options, [`${servers.feeds.origin}/ledger/feed.xml`]);
    await jobsSettled(options);
    const seen = since();
    expect(seen.origins).toEqual([servers.feeds.origin]);
    expect(seen.servers.feeds[0]).toBe('/ledger/feed.xml');
    expect(seen.servers.feeds.length).toBeGreaterThan(1);
    for (const name of ['reading', 'articles', 'index', 'found'] as const) expect(seen.servers[name], name).toEqual([]);
    expect(seen.leftTheMachine).toEqual([]);
  });

  it('adding an article by address: only that address', async () => {
    const since = mark();
    await addSources(options, [`${servers.articles.origin}/rail/huelga`]);
    await jobsSettled(options);
    const seen = since();
    expect(seen.requests).toEqual([`${servers.articles.origin}/rail/huelga`]);
    expect(seen.servers.articles).toEqual(['/rail/huelga']);
    for (const name of ['reading', 'feeds', 'index', 'found'] as const) expect(seen.servers[name], name).toEqual([]);
    expect(seen.leftTheMachine).toEqual([]);
  });

  it('finding coverage: one request to the index, then the pages it named, nothing else', async () => {
    await useLocalIndex(ext, `${servers.index.origin}/api/v2/doc/doc`, ['fr', 'pt', 'vi', 'zh']);
    const article = await ext.context.newPage();
    await article.goto(`${servers.reading.origin}/rail/bahnstreik`);
    const popup = await openPopupFor(ext, article);
    await popupSettled(popup);
    const since = mark();
    await popup.click('[data-testid="find-coverage"]');
    await popup.waitForSelector('[data-testid="coverage"][data-state="done"]');
    const seen = since();
    expect(seen.origins).toEqual([servers.index.origin, servers.found.origin].sort());
    expect(seen.servers.index).toHaveLength(1);
    expect(seen.servers.found.sort()).toEqual(['/courrier/port-caldera', '/diario/porto-reabre', '/tincang/cang-caldera', '/xinwen/gangkou']);
    for (const name of ['reading', 'feeds', 'articles'] as const) expect(seen.servers[name], name).toEqual([]);
    expect(seen.leftTheMachine).toEqual([]);
    await popup.close();
  });
});
