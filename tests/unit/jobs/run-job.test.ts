import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { createJob, nextRunnableJob, requestCancel } from '../../../lib/db/jobs-store.ts';
import type { JobTask } from '../../../lib/model/job.ts';
import { runJob } from '../../../lib/jobs/run-job.ts';
import { type RunDeps } from '../../../lib/jobs/job-deps.ts';
import { dropDb, freshDb } from '../../support/corpus-helpers.ts';
import { fakeFetch, ORIGIN, site, type Route } from '../sources/fake-fetch.ts';
import { LIMITS } from '../../../lib/model/limits.ts';
import { validateSourceRecord } from '../../../lib/transfer/validate-record.ts';

const open: CorpusDb[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await dropDb(d).catch(() => undefined);
});
async function db(): Promise<CorpusDb> {
  const d = await freshDb();
  open.push(d);
  return d;
}

const html = (name: string): Route => ({ body: site(name), headers: { 'content-type': 'text/html; charset=utf-8' } });
const PAGES: Record<string, Route> = {
  [`${ORIGIN}/ledger/caldera-port-reopens`]: html('news--caldera-port-en.html'),
  [`${ORIGIN}/courrier/port-caldera`]: html('news--caldera-port-fr.html'),
  [`${ORIGIN}/diario/porto-reabre`]: html('news--caldera-port-pt.html'),
  [`${ORIGIN}/tincang/cang-caldera`]: html('news--caldera-port-vi.html'),
  [`${ORIGIN}/xinwen/gangkou`]: html('news--caldera-port-zh.html'),
  [`${ORIGIN}/rail/bahnstreik`]: html('news--rail-strike-de.html'),
  [`${ORIGIN}/rail/huelga`]: html('news--rail-strike-es.html'),
  [`${ORIGIN}/ledger/`]: html('home--harbour-ledger.html'),
  [`${ORIGIN}/ledger/feed.xml`]: { body: site('feed--ledger.rss.xml'), headers: { 'content-type': 'application/rss+xml' } },
  [`${ORIGIN}/diario/atom.xml`]: { body: site('feed--diario.atom.xml'), headers: { 'content-type': 'application/atom+xml' } },
  [`${ORIGIN}/tincang/feed.json`]: { body: site('feed--tincang.json'), headers: { 'content-type': 'application/feed+json' } },
};

let clock = 1_000_000;
function deps(target: CorpusDb, routes: Record<string, Route | ((h: Record<string, string>) => Route)>, over: Partial<RunDeps> = {}): RunDeps {
  return { db: target, fetch: fakeFetch(routes), canFetch: async () => true, now: () => (clock += 1000), timeoutMs: 500, ...over };
}

async function addJob(target: CorpusDb, tasks: JobTask[]): Promise<number> {
  return createJob(target, { kind: 'add', label: 'test', tasks }, clock);
}

describe('add by URL', () => {
  it('fetches, reads, analyses and stores each article; errors are reported per URL and store nothing', async () => {
    const target = await db();
    const routes = { ...PAGES, [`${ORIGIN}/missing`]: { status: 404 }, [`${ORIGIN}/paper.pdf`]: { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' } };
    const jobId = await addJob(target, [
      { type: 'url', url: `${ORIGIN}/ledger/caldera-port-reopens` },
      { type: 'url', url: `${ORIGIN}/missing` },
      { type: 'url', url: `${ORIGIN}/paper.pdf` },
      { type: 'url', url: `${ORIGIN}/xinwen/gangkou` },
      { type: 'url', url: 'https://offline.example/x' },
    ]);
    const job = await runJob(jobId, deps(target, routes));
    expect(job).toMatchObject({ status: 'done', cursor: 5, counts: { added: 2, failed: 3 } });
    expect(job!.errors.map((e) => [e.target, e.error.code, e.error.params[0]])).toEqual([
      [`${ORIGIN}/missing`, 'http-status', '404'],
      [`${ORIGIN}/paper.pdf`, 'unsupported-type', 'application/pdf'],
      ['https://offline.example/x', 'network', 'https://offline.example/x'],
    ]);
    const reports = await target.reports.orderBy('lang').toArray();
    expect(reports.map((r) => [r.lang, r.url])).toEqual([
      ['en', `${ORIGIN}/ledger/caldera-port-reopens`],
      ['zh', `${ORIGIN}/xinwen/gangkou`],
    ]);
    expect((await target.sources.toArray()).map((s) => s.kind)).toEqual(['url']);
  });

  it('adding the same URL twice stores it once', async () => {
    const target = await db();
    const url = `${ORIGIN}/diario/porto-reabre`;
    await runJob(await addJob(target, [{ type: 'url', url }]), deps(target, PAGES));
    const again = await runJob(await addJob(target, [{ type: 'url', url }]), deps(target, PAGES));
    expect(again?.counts).toMatchObject({ added: 0, unchanged: 1 });
    expect(await target.reports.count()).toBe(1);
  });

  it('without the host permission nothing is fetched, and the error names the origin to allow', async () => {
    const target = await db();
    const routes = fakeFetch(PAGES);
    const job = await runJob(await addJob(target, [{ type: 'url', url: `${ORIGIN}/diario/porto-reabre` }]), {
      ...deps(target, {}),
      fetch: routes,
      canFetch: async () => false,
    });
    expect(job?.errors[0]?.error).toEqual({ code: 'permission', params: ['https://site.example/*'] });
    expect(routes.calls).toHaveLength(0);
  });
});

describe('feeds', () => {
  it.each([
    ['RSS', `${ORIGIN}/ledger/feed.xml`, ['en', 'fr']],
    ['Atom', `${ORIGIN}/diario/atom.xml`, ['pt']],
    ['JSON Feed', `${ORIGIN}/tincang/feed.json`, ['vi', 'zh']],
    ['a page that advertises an RSS feed', `${ORIGIN}/ledger/`, ['en', 'fr']],
  ])('subscribing to %s stores each item page', async (_name, url, langs) => {
    const target = await db();
    const job = await runJob(await addJob(target, [{ type: 'url', url }]), deps(target, PAGES));
    expect(job).toMatchObject({ status: 'done', counts: { subscribed: 1, added: langs.length, failed: 0 } });
    expect((await target.reports.orderBy('lang').toArray()).map((r) => r.lang)).toEqual(langs);
    const [feed] = await target.sources.where('kind').equals('feed').toArray();
    expect(feed!.feed).toMatchObject({ failures: 0, lastResult: { status: 'ok', newItems: langs.length, added: langs.length } });
    expect(feed!.feed!.seen).toHaveLength(langs.length);
  });

  it('a feed that names itself at great length is kept under the name an export can bring back', async () => {
    const target = await db();
    const long = 'Ledger '.repeat(1000);
    const rss = site('feed--ledger.rss.xml').replace(/<title>[^<]*<\/title>/, `<title>${long}</title>`);
    const routes = { ...PAGES, [`${ORIGIN}/ledger/feed.xml`]: { body: rss, headers: { 'content-type': 'application/rss+xml' } } };
    const job = await runJob(await addJob(target, [{ type: 'url', url: `${ORIGIN}/ledger/feed.xml` }]), deps(target, routes));
    expect(job).toMatchObject({ status: 'done', counts: { subscribed: 1 } });
    const [feed] = await target.sources.where('kind').equals('feed').toArray();
    expect(feed!.title.length).toBe(LIMITS.title);
    expect(long.startsWith(feed!.title)).toBe(true);
    // What the import checks a source against.
    expect(() => validateSourceRecord({ ref: 1, kind: feed!.kind, key: feed!.key, title: feed!.title })).not.toThrow();
  });

  it('a refresh adds only new items, sends the validators, and a 304 adds nothing', async () => {
    const target = await db();
    const feedUrl = `${ORIGIN}/rail/feed.xml`;
    let version = 1;
    const served: string[] = [];
    const routes = {
      ...PAGES,
      [feedUrl]: (h: Record<string, string>): Route => {
        const etag = `"rail-${version}"`;
        served.push(h['if-none-match'] ?? '-');
        if (h['if-none-match'] === etag) return { status: 304 };
        return { body: site(`feed--rail-${version}.rss.xml`), headers: { 'content-type': 'application/rss+xml', etag } };
      },
    };
    await runJob(await addJob(target, [{ type: 'url', url: feedUrl }]), deps(target, routes));
    const sourceId = (await target.sources.where('key').equals(feedUrl).first())!.id!;
    expect(await target.reports.count()).toBe(1);

    const refresh = () => createJob(target, { kind: 'refresh', label: 'feeds', tasks: [{ type: 'feed', sourceId }] }, clock);
    const unchanged = await runJob(await refresh(), deps(target, routes));
    expect(unchanged?.counts).toMatchObject({ added: 0, failed: 0 });
    expect((await target.sources.get(sourceId))!.feed!.lastResult).toMatchObject({ status: 'not-modified' });

    version = 2;
    const updated = await runJob(await refresh(), deps(target, routes));
    expect(updated?.counts).toMatchObject({ added: 1, failed: 0 });
    expect((await target.reports.orderBy('lang').toArray()).map((r) => r.lang)).toEqual(['de', 'es']);
    expect(served).toEqual(['-', '"rail-1"', '"rail-1"']);

    const third = await runJob(await refresh(), deps(target, routes));
    expect(third?.counts.added).toBe(0);
    expect(await target.reports.count()).toBe(2);
  });

  it('a feed that stops being XML fails, backs off, and keeps what it had', async () => {
    const target = await db();
    const feedUrl = `${ORIGIN}/rail/feed.xml`;
    let broken = false;
    const routes = {
      ...PAGES,
      [feedUrl]: (): Route => (broken ? { body: site('feed--not-xml.txt'), headers: { 'content-type': 'text/plain' } } : { body: site('feed--rail-1.rss.xml'), headers: { 'content-type': 'application/rss+xml' } }),
    };
    await runJob(await addJob(target, [{ type: 'url', url: feedUrl }]), deps(target, routes));
    const sourceId = (await target.sources.where('key').equals(feedUrl).first())!.id!;
    broken = true;
    const before = (await target.sources.get(sourceId))!.feed!;
    const job = await runJob(await createJob(target, { kind: 'refresh', label: 'f', tasks: [{ type: 'feed', sourceId }, { type: 'feed', sourceId }] }, clock), deps(target, routes, { concurrency: 1 }));
    const after = (await target.sources.get(sourceId))!.feed!;
    expect(job?.errors[0]).toMatchObject({ error: { code: 'not-xml' }, sourceId });
    expect(after.failures).toBe(2);
    expect(after.lastResult).toMatchObject({ status: 'error', error: { code: 'not-xml' } });
    expect(after.nextRunAt - after.lastRunAt!).toBe(4 * 60 * 60_000);
    expect(after.seen).toEqual(before.seen);
    expect(await target.reports.count()).toBe(1);
  });

  it('an item whose page fails for good is not tried again; one that may recover is', async () => {
    const target = await db();
    const feedUrl = `${ORIGIN}/tincang/feed.json`;
    const routes: Record<string, Route> = { ...PAGES, [`${ORIGIN}/tincang/cang-caldera`]: { status: 404 }, [`${ORIGIN}/xinwen/gangkou`]: { status: 503 } };
    const first = await runJob(await addJob(target, [{ type: 'url', url: feedUrl }]), deps(target, routes));
    expect(first?.counts).toMatchObject({ added: 0, failed: 2 });
    const source = (await target.sources.where('key').equals(feedUrl).first())!;
    expect(source.feed!.seen).toEqual(['tincang-caldera']);
    // The feed changes (new etag), and the site recovers.
    const fixed = await runJob(await createJob(target, { kind: 'refresh', label: 'f', tasks: [{ type: 'feed', sourceId: source.id! }] }, clock), deps(target, PAGES));
    expect(fixed?.counts).toMatchObject({ added: 1 });
    expect((await target.reports.toArray()).map((r) => r.lang)).toEqual(['zh']);
  });
});

describe('resuming and cancelling', () => {
  it('a job whose worker died mid-way resumes from its cursor: every article once, none lost', async () => {
    const name = `resume-${Math.random()}`;
    const first = new CorpusDb(name);
    await first.open();
    const urls = Object.keys(PAGES).filter((u) => !u.endsWith('.xml') && !u.endsWith('.json') && !u.endsWith('/ledger/'));
    const jobId = await addJob(first, urls.map((url) => ({ type: 'url', url })));
    let batches = 0;
    // The worker "dies" after two batches: its connection goes, mid-run.
    await expect(
      runJob(jobId, deps(first, PAGES, { concurrency: 2, onProgress: () => (++batches === 2 ? first.close() : undefined) })),
    ).rejects.toThrow();
    const second = new CorpusDb(name);
    open.push(second);
    await second.open();
    const stalled = await nextRunnableJob(second);
    expect(stalled).toMatchObject({ id: jobId, status: 'running', cursor: 4 });
    expect(await second.reports.count()).toBe(4);
    const done = await runJob(jobId, deps(second, PAGES, { concurrency: 2 }));
    expect(done).toMatchObject({ status: 'done', cursor: urls.length, counts: { added: urls.length } });
    expect(await second.reports.count()).toBe(urls.length);
    expect(new Set((await second.reports.toArray()).map((r) => r.url)).size).toBe(urls.length);
  });

  it('a cancelled job stops after its current batch and keeps what it stored', async () => {
    const target = await db();
    const urls = Object.keys(PAGES).filter((u) => u.includes('/rail/') || u.includes('/xinwen/') || u.includes('/diario/porto'));
    const jobId = await addJob(target, urls.map((url) => ({ type: 'url', url })));
    const job = await runJob(jobId, deps(target, PAGES, { concurrency: 1, onProgress: () => void requestCancel(target, jobId, clock) }));
    expect(job?.status).toBe('cancelled');
    expect(job!.cursor).toBeGreaterThanOrEqual(1);
    expect(job!.cursor).toBeLessThan(urls.length);
    expect(await target.reports.count()).toBe(job!.counts.added);
  });

  it('a queued job cancelled before it starts does nothing', async () => {
    const target = await db();
    const jobId = await addJob(target, [{ type: 'url', url: `${ORIGIN}/rail/huelga` }]);
    await requestCancel(target, jobId, clock);
    expect(await runJob(jobId, deps(target, PAGES))).toBeUndefined();
    expect(await target.reports.count()).toBe(0);
  });
});

describe('feeds and permissions, deletions', () => {
  it('an item on a site not yet allowed is retried on the next refresh once allowed, even if the feed has not changed', async () => {
    const target = await db();
    const feedUrl = `${ORIGIN}/tincang/feed.json`;
    const routes = { ...PAGES, [feedUrl]: (h: Record<string, string>): Route => (h['if-none-match'] === '"v1"' ? { status: 304 } : { body: site('feed--tincang.json'), headers: { 'content-type': 'application/feed+json', etag: '"v1"' } }) };
    // Only the Vietnamese page's path is allowed at first.
    const first = await runJob(await addJob(target, [{ type: 'url', url: feedUrl }]), deps(target, routes, { canFetch: async (u) => !u.includes('/xinwen/') }));
    expect(first?.errors.map((e) => e.error.code)).toEqual(['permission']);
    expect(first?.errors[0]?.sourceId).not.toBeNull();
    const sourceId = first!.errors[0]!.sourceId!;
    const refresh = await runJob(await createJob(target, { kind: 'refresh', label: 'f', tasks: [{ type: 'feed', sourceId }] }, clock), deps(target, routes));
    expect(refresh?.counts).toMatchObject({ added: 1, failed: 0 });
    expect((await target.reports.toArray()).map((r) => r.lang).sort()).toEqual(['vi', 'zh']);
  });

  it('an item fetched while its feed was deleted is not stored, and does not bring the feed back', async () => {
    const target = await db();
    const feedUrl = `${ORIGIN}/ledger/feed.xml`;
    await runJob(await addJob(target, [{ type: 'url', url: feedUrl }]), deps(target, PAGES));
    const source = (await target.sources.where('key').equals(feedUrl).first())!;
    await target.reports.clear();
    const jobId = await createJob(target, {
      kind: 'refresh', label: 'f',
      tasks: [{ type: 'item', sourceId: source.id!, itemId: 'x', url: `${ORIGIN}/rail/huelga`, title: 'x', publishedTime: null, text: '' }],
    }, clock);
    const slowDelete: Route = { ...PAGES[`${ORIGIN}/rail/huelga`]!, delayMs: 100 };
    setTimeout(() => void target.sources.delete(source.id!), 20);
    await runJob(jobId, deps(target, { ...PAGES, [`${ORIGIN}/rail/huelga`]: slowDelete }));
    expect(await target.reports.count()).toBe(0);
    expect(await target.sources.where('key').equals(feedUrl).count()).toBe(0);
  });
});
