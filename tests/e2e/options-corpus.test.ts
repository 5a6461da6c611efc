import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchWithExtension } from './helpers/extension.ts';
import { syntheticExport } from './helpers/options-export-file.ts';
import { addSources, corpusTotal, dbAll, jobsSettled, openOptions, waitForTotal } from './helpers/options-page.ts';
import { SITE_DIR } from './helpers/options-site.ts';
import { optionsEnvironment } from './helpers/options-environment.ts';

interface StoredReport {
  id: number;
  url: string;
  title: string;
  lang: string;
  contentHash: string;
  text: string;
  figures: unknown[];
  keys: string[];
  sourceId: number | null;
  analysisVersion: number;
}

const files = mkdtempSync(join(tmpdir(), 'parallax-files-'));
function file(name: string, content: string | Buffer): string {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

/** The corpus as compared across profiles: no local ids or times. */
function comparable(reports: StoredReport[]) {
  return reports
    .map(({ url, title, lang, contentHash, text, figures, keys, analysisVersion }) => ({ url, title, lang, contentHash, text, figures, keys, analysisVersion }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

async function importFiles(page: Page, paths: string[]): Promise<void> {
  await page.setInputFiles('[data-testid="import-file-input"]', paths);
  await page.waitForFunction((n) => {
    const rows = [...document.querySelectorAll('[data-testid="import-status"]')];
    return rows.length >= n && rows.slice(-n).every((r) => r.getAttribute('data-state') !== 'reading');
  }, paths.length);
}

describe('options page: pasting, importing, exporting, browsing and deleting, in real Chromium', () => {
  const env = optionsEnvironment({ allowSite: true });

  it('pastes a text with its title, address and date', async () => {
    await env.page.fill('[data-testid="paste-title"]', 'Harbour master revises the count');
    await env.page.fill('[data-testid="paste-url"]', 'https://notes.example/caldera-revised');
    await env.page.fill('[data-testid="paste-date"]', '2024-04-13');
    await env.page.fill('[data-testid="paste-text"]', readFileSync(resolve(SITE_DIR, 'text--harbour-note-en.txt'), 'utf8'));
    await env.page.click('[data-testid="paste-submit"]');
    await env.page.waitForSelector('[data-testid="paste-status"][data-state="saved"]');
    await waitForTotal(env.page, 1);
    const [report] = await dbAll<StoredReport & { publishedTime: string; siteName: string }>(env.page, 'reports');
    expect(report).toMatchObject({ title: 'Harbour master revises the count', url: 'https://notes.example/caldera-revised', publishedTime: '2024-04-13T00:00:00.000Z', lang: 'en', siteName: 'notes.example' });
  });

  it('imports a .txt and an .html file, dated by their own date or their name; refuses a file in an unknown encoding and a file of another type', async () => {
    await importFiles(env.page, [
      file('caldera_2024-04-14.txt', 'Porto de Caldera: 1.300 contêineres danificados\n\nA capitania do porto de Caldera informou que cerca de 1.300 contêineres foram danificados pela tempestade Idris. Trinta e sete dos 64 berços voltaram a operar.'),
      file('bahn-2024-04-01.html', readFileSync(resolve(SITE_DIR, 'news--rail-strike-de.html'))),
      file('latin1.txt', Buffer.from([...Buffer.from('S'), 0xe3, ...Buffer.from('o Paulo: o porto reabriu ap'), 0xf3, ...Buffer.from('s a tempestade.')])),
      file('slides.pptx', 'PK\u0003\u0004 not an article'),
    ]);
    const states = await env.page.locator('[data-testid="import-status"]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-state'), e.textContent ?? '']));
    expect(states.map(([s]) => s)).toEqual(['added', 'added', 'failed', 'failed']);
    expect(states[2]![1]).toContain('not in UTF-8');
    expect(states[3]![1]).toContain('only .txt, .html and Parallax export files');
    await waitForTotal(env.page, 3);
    const reports = await dbAll<StoredReport & { publishedTime: string | null }>(env.page, 'reports');
    expect(reports.map((r) => r.lang).sort()).toEqual(['de', 'en', 'pt']);
    // A text file takes the day its name gives; a page keeps the date it declares over its name's.
    expect(reports.find((r) => r.lang === 'pt')?.publishedTime).toBe('2024-04-14T00:00:00.000Z');
    expect(reports.find((r) => r.lang === 'de')?.publishedTime).toBe('2024-04-15T04:00:00.000Z');
  });

  it('searches by text, filters by language, site and source, and shows a report with its figures', async () => {
    await addSources(env.page, [`${env.server.origin}/ledger/feed.xml`, `${env.server.origin}/xinwen/gangkou`]);
    await jobsSettled(env.page);
    await waitForTotal(env.page, 6);
    await env.page.fill('[data-testid="corpus-search"]', 'Güterverkehr');
    await env.page.waitForSelector('[data-testid="corpus-count"][data-shown="1"]');
    expect(await env.page.locator('[data-testid="corpus-item"]').getAttribute('data-lang')).toBe('de');
    await env.page.fill('[data-testid="corpus-search"]', '集装箱');
    await env.page.waitForSelector('[data-testid="corpus-count"][data-shown="1"]');
    await env.page.fill('[data-testid="corpus-search"]', '');
    await env.page.waitForSelector('[data-testid="corpus-count"][data-shown="6"]');
    await env.page.selectOption('[data-testid="corpus-filter-lang"]', 'fr');
    await env.page.waitForSelector('[data-testid="corpus-count"][data-shown="1"]');
    await env.page.selectOption('[data-testid="corpus-filter-lang"]', '');
    const feedId = await env.page.locator('[data-testid="source-item"][data-kind="feed"]').getAttribute('data-source-id');
    await env.page.selectOption('[data-testid="corpus-filter-source"]', feedId!);
    await env.page.waitForSelector('[data-testid="corpus-count"][data-shown="2"]');
    await env.page.selectOption('[data-testid="corpus-filter-source"]', '');
    await env.page.selectOption('[data-testid="corpus-filter-site"]', 'The Harbour Ledger');
    await env.page.waitForSelector('[data-testid="corpus-count"][data-shown="1"]');
    await env.page.selectOption('[data-testid="corpus-filter-site"]', '');
    await env.page.waitForSelector('[data-testid="corpus-count"][data-shown="6"]');

    await env.page.locator('[data-testid="corpus-item"][data-lang="en"]', { hasText: 'Caldera port reopens' }).locator('[data-testid="corpus-item-title"]').click();
    const detail = env.page.locator('[data-testid="corpus-detail"]');
    await detail.waitFor();
    expect(await detail.textContent()).toContain('The Harbour Ledger');
    const stored = (await dbAll<StoredReport>(env.page, 'reports')).find((r) => r.title.startsWith('Caldera port reopens'))!;
    expect(await detail.locator('[data-testid="corpus-figure"]').count()).toBe(stored.figures.length);
  });

  it('never writes corpus text as HTML, and links only http(s) addresses', async () => {
    await env.page.fill('[data-testid="paste-title"]', '<img src=x onerror="document.title=\'pwned\'"><b>bold</b>');
    await env.page.fill('[data-testid="paste-url"]', '');
    await env.page.fill('[data-testid="paste-text"]', 'A text whose title tries to be markup. <script>document.title="pwned"</script> It stays text.');
    await env.page.click('[data-testid="paste-submit"]');
    await waitForTotal(env.page, 7);
    const row = env.page.locator('[data-testid="corpus-item"]', { hasText: '<img src=x' });
    expect(await row.locator('[data-testid="corpus-item-title"]').textContent()).toBe('<img src=x onerror="document.title=\'pwned\'"><b>bold</b>');
    expect(await env.page.locator('.corpus img, .corpus b, .corpus script').count()).toBe(0);
    expect(await env.page.title()).not.toBe('pwned');
    const hrefs = await env.page.locator('.corpus a[href]').evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((h) => /^https?:\/\//.test(h))).toBe(true);
  });

  let exported = '';

  it('exports the whole corpus, and a selection', async () => {
    const [download] = await Promise.all([env.page.waitForEvent('download'), env.page.click('[data-testid="corpus-export-all"]')]);
    expect(download.suggestedFilename()).toMatch(/^parallax-corpus-\d{4}-\d{2}-\d{2}\.parallax\.jsonl$/);
    exported = readFileSync((await download.path())!, 'utf8');
    const lines = exported.trim().split('\n').map((l) => JSON.parse(l) as { type?: string; reports?: number });
    expect(lines.filter((l) => l.type === 'report')).toHaveLength(7);
    expect(lines.at(-1)).toEqual({ type: 'end', reports: 7 });
    await env.page.waitForSelector('[data-testid="export-status"][data-state="done"]');

    await env.page.selectOption('[data-testid="corpus-filter-lang"]', 'en');
    await env.page.click('[data-testid="corpus-select-all"]');
    const [partial] = await Promise.all([env.page.waitForEvent('download'), env.page.click('[data-testid="corpus-export-selected"]')]);
    const selection = readFileSync((await partial.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type?: string; lang?: string });
    const en = (await dbAll<StoredReport>(env.page, 'reports')).filter((r) => r.lang === 'en').length;
    expect(selection.filter((l) => l.type === 'report').map((l) => l.lang)).toEqual(Array(en).fill('en'));
    await env.page.click('[data-testid="corpus-select-all"]');
    await env.page.selectOption('[data-testid="corpus-filter-lang"]', '');
  });

  it('a colleague imports the export into a fresh profile and gets the same corpus; importing again adds nothing', async () => {
    const original = comparable(await dbAll<StoredReport>(env.page, 'reports'));
    const path = file('corpus.parallax.jsonl', exported);
    const colleague = await launchWithExtension();
    try {
      const other = await openOptions(colleague);
      await importFiles(other, [path]);
      await jobsSettled(other);
      await waitForTotal(other, original.length);
      expect(comparable(await dbAll<StoredReport>(other, 'reports'))).toEqual(original);
      await importFiles(other, [path]);
      await jobsSettled(other);
      expect(await other.locator('[data-testid="job-item"]').first().getAttribute('data-status')).toBe('done');
      expect(await other.locator('[data-testid="job-item"]').first().locator('[data-testid="job-counts"]').textContent()).toContain(`${original.length} already in the corpus`);
      expect(comparable(await dbAll<StoredReport>(other, 'reports'))).toEqual(original);
    } finally {
      await colleague.close(true);
    }
  });

  it('a malformed export is refused with its line, and stores nothing', async () => {
    const before = await corpusTotal(env.page);
    const lines = syntheticExport(40).split('\n');
    lines[30] = lines[30]!.slice(0, 50);
    await importFiles(env.page, [file('damaged.parallax.jsonl', lines.join('\n'))]);
    await jobsSettled(env.page);
    const job = env.page.locator('[data-testid="job-item"]').first();
    expect(await job.getAttribute('data-status')).toBe('failed');
    expect(await job.locator('[data-testid="job-error"]').textContent()).toContain('damaged at line 31');
    expect(await corpusTotal(env.page)).toBe(before);
    expect(await dbAll(env.page, 'jobChunks')).toEqual([]);
    const future = syntheticExport(2).replace('"version":1', '"version":9');
    await importFiles(env.page, [file('future.parallax.jsonl', future)]);
    await jobsSettled(env.page);
    expect(await env.page.locator('[data-testid="job-item"]').first().locator('[data-testid="job-error"]').textContent()).toContain('newer Parallax');
    expect(await corpusTotal(env.page)).toBe(before);
  });

  it('deletes one report, a source with all its reports, and everything (after confirming)', async () => {
    const start = await corpusTotal(env.page);
    await env.page.locator('[data-testid="corpus-item"]', { hasText: '<img src=x' }).locator('[data-testid="corpus-item-delete"]').click();
    await waitForTotal(env.page, start - 1);

    const feed = env.page.locator('[data-testid="source-item"][data-kind="feed"]');
    const feedReports = Number((await feed.locator('[data-testid="source-count"]').textContent())!.match(/\d+/)![0]);
    await feed.locator('[data-testid="source-delete"]').click();
    await env.page.click('[data-testid="confirm-no"]');
    expect(await corpusTotal(env.page)).toBe(start - 1);
    await feed.locator('[data-testid="source-delete"]').click();
    await env.page.click('[data-testid="confirm-yes"]');
    await waitForTotal(env.page, start - 1 - feedReports);
    expect(await env.page.locator('[data-testid="source-item"][data-kind="feed"]').count()).toBe(0);

    await env.page.click('[data-testid="corpus-delete-all"]');
    expect(await env.page.textContent('[data-testid="confirm-dialog"]')).toContain(`Delete all ${start - 1 - feedReports} reports`);
    await env.page.click('[data-testid="confirm-yes"]');
    await waitForTotal(env.page, 0);
    expect(await dbAll(env.page, 'reports')).toEqual([]);
    expect(await dbAll(env.page, 'keyBuckets')).toEqual([]);
    await env.page.waitForSelector('[data-testid="corpus-empty"]');
  });
});
