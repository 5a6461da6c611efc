import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopupFor, popupSettled } from './helpers/extension.ts';
import { optionsEnvironment } from './helpers/options-environment.ts';
import { addSources, dbAll, jobsSettled } from './helpers/options-page.ts';
import { optionsSite } from './helpers/options-site.ts';
import { startServer, type TestServer } from './helpers/server.ts';

/** Every stored report's path (by host, when not the main site) and the kind of source that brought it. */
async function corpusKinds(options: Page, main: string): Promise<Record<string, string>> {
  const [reports, sources] = await Promise.all([dbAll<{ url: string; sourceId: number }>(options, 'reports'), dbAll<{ id: number; kind: string }>(options, 'sources')]);
  const kinds = new Map(sources.map((s) => [s.id, s.kind]));
  return Object.fromEntries(reports.map((r) => [r.url.startsWith(main) ? r.url.slice(main.length) : r.url.replace(/:\d+/, ''), kinds.get(r.sourceId) ?? '?']));
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() - started > timeout) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('collect as you read, in real Chromium', () => {
  const env = optionsEnvironment({ allowSite: true });
  let other: TestServer;
  const open = async (url: string) => {
    const page = await env.ext.context.newPage();
    await page.goto(url);
    return page;
  };
  const kinds = () => corpusKinds(env.page, env.server.origin);

  beforeAll(async () => {
    // Another site: the same pages under "localhost", a host of its own for the exclusion.
    other = await startServer(optionsSite(() => other.origin.replace('127.0.0.1', 'localhost'), env.control));
  });

  afterAll(async () => {
    await other?.close();
  });

  it('is off until the reader turns it on; then opening three article pages stores three collected reports', async () => {
    const before = await open(`${env.server.origin}/ledger/caldera-port-reopens`);
    await openPopupFor(env.ext, before).then(async (p) => (await popupSettled(p), p.close()));
    expect(await kinds()).toEqual({});

    expect(await env.page.isChecked('[data-testid="setting-collect"]')).toBe(false);
    await env.page.click('[data-testid="setting-collect"]');
    for (const path of ['/ledger/caldera-port-reopens', '/courrier/port-caldera', '/diario/porto-reabre']) await open(`${env.server.origin}${path}`);
    expect(await until(kinds, (k) => Object.keys(k).length === 3, 'three pages collected')).toEqual({
      '/ledger/caldera-port-reopens': 'collected',
      '/courrier/port-caldera': 'collected',
      '/diario/porto-reabre': 'collected',
    });
  });

  it('"Don\'t collect this site" in the popup forgets the site\'s pages, and its next pages are not stored', async () => {
    const local = `${other.origin.replace('127.0.0.1', 'localhost')}`;
    const page = await open(`${local}/tincang/cang-caldera`);
    await until(kinds, (k) => Object.keys(k).length === 4, 'the localhost page collected');
    const popup = await openPopupFor(env.ext, page);
    await popupSettled(popup);
    await popup.click('[data-testid="collect-exclude-site"]');
    await popup.waitForSelector('[data-testid="collect-excluded"]');
    await until(kinds, (k) => Object.keys(k).length === 3, 'the localhost page forgotten');
    await popup.close();

    // Another page of the excluded site is read (the popup shows it) and not stored; the list shows the site.
    const next = await open(`${local}/rail/huelga`);
    const popup2 = await openPopupFor(env.ext, next);
    await popupSettled(popup2);
    expect(await popup2.locator('[data-testid="collect-exclude-site"]').count()).toBe(0);
    await popup2.close();
    await new Promise((r) => setTimeout(r, 1500));
    expect(Object.keys(await kinds())).toHaveLength(3);
    await env.page.reload();
    await env.page.waitForSelector('[data-testid="setting-collect-excluded"]');
    expect(await env.page.inputValue('[data-testid="setting-collect-excluded"]')).toBe('localhost');
  });

  it('the cap evicts the oldest collected reports, never those added by address or by hand', async () => {
    await env.page.fill('[data-testid="setting-collect-cap"]', '3');
    await env.page.press('[data-testid="setting-collect-cap"]', 'Tab');
    // By address: a report of the "url" source.
    await addSources(env.page, [`${env.server.origin}/xinwen/gangkou`]);
    await jobsSettled(env.page);
    // By hand: the page is collected on load, then added from the toolbar, which makes it the reader's.
    const es = await open(`${env.server.origin}/rail/huelga`);
    await until(kinds, (k) => k['/rail/huelga'] === 'collected', 'the Spanish page collected');
    const popup = await openPopupFor(env.ext, es);
    await popupSettled(popup);
    await popup.click('[data-testid="add-page"]');
    await popup.waitForSelector('[data-testid="save-status"]:not(:empty)');
    await popup.close();
    // Two more collected pages: five collected in all over time, the cap keeps the newest three.
    await open(`${env.server.origin}/rail/bahnstreik`);
    await until(kinds, (k) => !!k['/rail/bahnstreik'], 'the German page collected');
    await open(`${env.server.origin}/tincang/cang-caldera`);
    const final = await until(kinds, (k) => Object.keys(k).length === 5 && !!k['/tincang/cang-caldera'], 'the cap applied');
    expect(final).toEqual({
      '/xinwen/gangkou': 'url',
      '/rail/huelga': 'page',
      '/diario/porto-reabre': 'collected',
      '/rail/bahnstreik': 'collected',
      '/tincang/cang-caldera': 'collected',
    });
  });
});
