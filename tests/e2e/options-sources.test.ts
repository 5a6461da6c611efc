import { describe, expect, it } from 'vitest';
import { currentWorker } from './helpers/extension.ts';
import { addSources, dbAll, jobsSettled, waitForTotal } from './helpers/options-page.ts';
import { optionsEnvironment } from './helpers/options-environment.ts';

interface StoredReport {
  url: string;
  lang: string;
  sourceId: number;
}
interface StoredSource {
  id: number;
  kind: string;
  key: string;
  feed?: { lastResult: { status: string; newItems: number; added: number } | null; etag: string | null };
}

describe('options page: adding articles and feeds, in real Chromium', () => {
  const env = optionsEnvironment({ allowSite: true });
  const { control } = env;

  it('adds an article by its address: fetched by the extension, analysed, stored, listed', async () => {
    await addSources(env.page, [`${env.server.origin}/ledger/caldera-port-reopens`]);
    await jobsSettled(env.page);
    await waitForTotal(env.page, 1);
    const item = env.page.locator('[data-testid="corpus-item"]');
    await expect(item.first().textContent()).resolves.toContain('Caldera port reopens after storm');
    expect(await item.first().getAttribute('data-lang')).toBe('en');
    const reports = await dbAll<StoredReport>(env.page, 'reports');
    expect(reports.map((r) => r.url)).toEqual([`${env.server.origin}/ledger/caldera-port-reopens`]);
  });

  it('subscribes to an RSS feed, an Atom feed and a JSON Feed pasted together, and stores their items', async () => {
    await addSources(env.page, [`${env.server.origin}/ledger/feed.xml`, `${env.server.origin}/diario/atom.xml`, `${env.server.origin}/tincang/feed.json`]);
    await jobsSettled(env.page);
    // The English article was there already: the RSS feed brings French, Atom Portuguese, JSON Feed Vietnamese and Chinese.
    await waitForTotal(env.page, 5);
    const langs = (await dbAll<StoredReport>(env.page, 'reports')).map((r) => r.lang).sort();
    expect(langs).toEqual(['en', 'fr', 'pt', 'vi', 'zh']);
    const feeds = (await dbAll<StoredSource>(env.page, 'sources')).filter((s) => s.kind === 'feed');
    expect(feeds.map((f) => f.key).sort()).toEqual([`${env.server.origin}/diario/atom.xml`, `${env.server.origin}/ledger/feed.xml`, `${env.server.origin}/tincang/feed.json`]);
    await env.page.waitForSelector('[data-testid="source-item"][data-kind="feed"] [data-testid="feed-last-result"][data-status="ok"]');
    expect(await env.page.locator('[data-testid="source-item"][data-kind="feed"]').count()).toBe(3);
  });

  it('a page that advertises a feed subscribes to it (already subscribed: nothing twice)', async () => {
    await addSources(env.page, [`${env.server.origin}/ledger/`]);
    await jobsSettled(env.page);
    const feeds = (await dbAll<StoredSource>(env.page, 'sources')).filter((s) => s.kind === 'feed');
    expect(feeds).toHaveLength(3);
    expect(await dbAll<StoredReport>(env.page, 'reports')).toHaveLength(5);
  });

  it('a feed that changes: a refresh adds only the new item, and a 304 adds nothing', async () => {
    await addSources(env.page, [`${env.server.origin}/rail/feed.xml`]);
    await jobsSettled(env.page);
    await waitForTotal(env.page, 6);
    const rail = env.page.locator('[data-testid="source-item"]', { hasText: 'Rail Wire' });
    // Unchanged: the server answers 304 to the ETag it gave.
    await rail.locator('[data-testid="feed-refresh"]').click();
    await env.page.waitForSelector('[data-testid="source-item"]:has-text("Rail Wire") [data-testid="feed-last-result"][data-status="not-modified"]');
    expect(await dbAll<StoredReport>(env.page, 'reports')).toHaveLength(6);
    control.railVersion = 2;
    await rail.locator('[data-testid="feed-refresh"]').click();
    await waitForTotal(env.page, 7);
    await jobsSettled(env.page);
    expect(control.railRequests).toEqual([null, '"rail-1"', '"rail-1"']);
    const rows = await dbAll<StoredReport>(env.page, 'reports');
    expect(rows.filter((r) => r.url.includes('/rail/')).map((r) => r.lang).sort()).toEqual(['de', 'es']);
    await env.page.waitForSelector('[data-testid="source-item"]:has-text("Rail Wire") [data-testid="feed-last-result"][data-status="ok"]');
    expect(await rail.locator('[data-testid="feed-last-result"]').textContent()).toContain('1 new, 1 stored');
  });

  it('each feed has its alarm at its next reading; when it fires, the feed is read and new items arrive', async () => {
    const sources = await dbAll<StoredSource & { feed?: { nextRunAt: number } }>(env.page, 'sources');
    const rail = sources.find((s) => s.key === `${env.server.origin}/rail/feed.xml`)!;
    const worker = await currentWorker(env.ext);
    const alarms = await worker.evaluate(() => chrome.alarms.getAll());
    const feedAlarms = alarms.filter((a) => a.name.startsWith('parallax:feed:'));
    expect(feedAlarms.map((a) => a.name).sort()).toEqual(sources.filter((s) => s.feed).map((s) => `parallax:feed:${s.id}`).sort());
    const railAlarm = feedAlarms.find((a) => a.name === `parallax:feed:${rail.id}`)!;
    expect(Math.abs(railAlarm.scheduledTime - rail.feed!.nextRunAt)).toBeLessThan(2000);
    expect(rail.feed!.nextRunAt - Date.now()).toBeGreaterThan(55 * 60_000);
    // Time is not fast-forwarded: the feed's alarm is set to fire now, and the worker's own listener reads the feed.
    const before = control.railRequests.length;
    await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 50 }), railAlarm.name);
    await expect.poll(() => control.railRequests.length, { timeout: 30_000 }).toBeGreaterThan(before);
    await jobsSettled(env.page);
    const after = (await dbAll<StoredSource & { feed?: { nextRunAt: number } }>(env.page, 'sources')).find((s) => s.id === rail.id)!;
    expect(after.feed!.nextRunAt - Date.now()).toBeGreaterThan(55 * 60_000);
    const rescheduled = (await worker.evaluate(() => chrome.alarms.getAll())).find((a) => a.name === railAlarm.name);
    expect(rescheduled?.scheduledTime).toBeGreaterThan(Date.now() + 55 * 60_000);
  });

  it('errors are shown in the page and store nothing: 404, PDF, image, timeout, 50 MB, a feed that is not XML', async () => {
    const before = (await dbAll<StoredReport>(env.page, 'reports')).length;
    await addSources(env.page, [
      `${env.server.origin}/errors/missing`,
      `${env.server.origin}/errors/report.pdf`,
      `${env.server.origin}/errors/photo.png`,
      `${env.server.origin}/errors/huge`,
      `${env.server.origin}/errors/huge-declared`,
      `${env.server.origin}/not-xml/feed.xml`,
      `${env.server.origin}/errors/slow`,
    ]);
    await jobsSettled(env.page, 60_000);
    const errors = await env.page.locator('[data-testid="job-item"]').first().locator('[data-testid="job-error"]').evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-code'), e.textContent ?? '']),
    );
    const byTarget = (path: string) => errors.find(([, text]) => text!.includes(path));
    expect(byTarget('/errors/missing')?.[0]).toBe('http-status');
    expect(byTarget('/errors/missing')?.[1]).toContain('404');
    expect(byTarget('/errors/report.pdf')?.[0]).toBe('unsupported-type');
    expect(byTarget('/errors/photo.png')?.[0]).toBe('unsupported-type');
    expect(byTarget('/errors/huge:')?.[0] ?? byTarget('/errors/huge')?.[0]).toBe('too-large');
    expect(byTarget('/errors/huge-declared')?.[0]).toBe('too-large');
    expect(byTarget('/not-xml/feed.xml')?.[0]).toBe('not-xml');
    expect(byTarget('/errors/slow')?.[0]).toBe('timeout');
    expect(await dbAll<StoredReport>(env.page, 'reports')).toHaveLength(before);
  });

  it('a subscribed feed that stops being XML: the error is shown with the feed, its reports stay', async () => {
    await addSources(env.page, [`${env.server.origin}/broken/feed.xml`]);
    await jobsSettled(env.page);
    control.brokenFeed = true;
    const broken = env.page.locator('[data-testid="source-item"]', { hasText: 'Rail Wire' }).filter({ has: env.page.locator(`a[href="${env.server.origin}/rail/"]`) });
    expect(await broken.count()).toBeGreaterThan(0);
    const source = (await dbAll<StoredSource>(env.page, 'sources')).find((s) => s.key === `${env.server.origin}/broken/feed.xml`)!;
    await env.page.locator(`[data-testid="source-item"][data-source-id="${source.id}"] [data-testid="feed-refresh"]`).click();
    const error = env.page.locator(`[data-testid="source-item"][data-source-id="${source.id}"] [data-testid="feed-error"]`);
    await error.waitFor();
    expect(await error.textContent()).toContain('is not XML');
  });
});
