import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopupFor, popupSettled } from './helpers/extension.ts';
import { newsIndex, useLocalIndex, type IndexMode } from './helpers/news-index.ts';
import { optionsEnvironment } from './helpers/options-environment.ts';
import { dbAll } from './helpers/options-page.ts';
import { startServer, type TestServer } from './helpers/server.ts';

describe('find coverage now, in real Chromium against a local news index', () => {
  const env = optionsEnvironment({ allowSite: true });
  let index: TestServer;
  const state: { mode: IndexMode; queries: URLSearchParams[] } = { mode: 'found', queries: [] };
  const reportUrls = async () => (await dbAll<{ url: string }>(env.page, 'reports')).map((r) => r.url.slice(env.server.origin.length)).sort();

  const popupOn = async (path: string) => {
    const article = await env.ext.context.newPage();
    await article.goto(`${env.server.origin}${path}`);
    const popup = await openPopupFor(env.ext, article);
    await popupSettled(popup);
    return popup;
  };
  const findAndWait = async (popup: Page) => {
    await popup.click('[data-testid="find-coverage"]');
    await popup.waitForSelector('[data-testid="coverage"][data-state="done"], [data-testid="coverage"][data-state="problem"]', { timeout: 60_000 });
    const problem = popup.locator('[data-testid="coverage-problem"]');
    return (await problem.count()) ? problem.getAttribute('data-problem') : null;
  };

  beforeAll(async () => {
    index = await startServer(newsIndex(state, () => env.server.origin));
    await useLocalIndex(env.ext, `${index.origin}/api/v2/doc/doc`, ['fr', 'pt', 'vi', 'zh']);
  });

  afterAll(async () => {
    await index?.close();
  });

  it('an article with no versions: one search, the pages found fetched, stored and listed as versions', async () => {
    const popup = await popupOn('/ledger/caldera-port-reopens');
    expect(await popup.locator('[data-testid="version-item"]').count()).toBe(0);
    expect(await findAndWait(popup)).toBeNull();
    // One request to the index, with the article's names, the reader's languages and days around its date.
    expect(state.queries).toHaveLength(1);
    const sent = Object.fromEntries(state.queries[0]!);
    expect(sent).toMatchObject({ mode: 'ArtList', format: 'json', maxrecords: '15', startdatetime: '20240409073000', enddatetime: '20240415073000' });
    expect(sent['query']).toMatch(/^Caldera Idris .*\(sourcelang:french OR sourcelang:portuguese OR sourcelang:vietnamese OR sourcelang:chinese\)$/);
    expect(await reportUrls()).toEqual(['/courrier/port-caldera', '/diario/porto-reabre', '/tincang/cang-caldera', '/xinwen/gangkou']);
    await popup.waitForSelector('[data-testid="version-item"][data-lang="fr"]');
    const langs = await popup.locator('[data-testid="version-item"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lang')).sort());
    expect(langs).toEqual(['fr', 'pt', 'vi', 'zh']);
    expect(await popup.textContent('[data-testid="coverage-status"]')).toContain('4');
    await popup.close();
  });

  it('rate-limited (the plain-text answer, then a 429), nothing found, cancelled, offline: a plain message, nothing stored', async () => {
    const before = await reportUrls();
    const popup = await popupOn('/rail/bahnstreik');
    const cases: Array<[IndexMode | 'offline', string]> = [['throttled', 'rate-limited'], ['too-many', 'rate-limited'], ['nothing', 'nothing-found']];
    for (const [mode, problem] of cases) {
      state.mode = mode as IndexMode;
      expect(await findAndWait(popup), mode).toBe(problem);
      expect((await popup.textContent('[data-testid="coverage-problem"]'))?.length).toBeGreaterThan(10);
    }
    // A search that does not answer: cancelled from the popup.
    state.mode = 'silent';
    await popup.click('[data-testid="find-coverage"]');
    await popup.click('[data-testid="coverage-cancel"]');
    await popup.waitForSelector('[data-testid="coverage-problem"][data-problem="cancelled"]');
    await index.close();
    expect(await findAndWait(popup)).toBe('offline');
    expect(await popup.textContent('[data-testid="coverage-problem"]')).toContain('offline');
    // Stored: the German article itself (collecting is off, nothing else).
    expect(await reportUrls()).toEqual(before);
    await popup.close();
  });
});
