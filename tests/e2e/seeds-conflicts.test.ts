import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addThroughPopup, launchWithExtension, openPopupFor, popupSettled, tooltipIn, type ExtensionBrowser } from './helpers/extension.ts';
import { pages, startServer, type TestServer } from './helpers/server.ts';
import { seedPages, type SeedPage } from './helpers/seed-pages.ts';

describe('the seed story across languages: versions, conflicts, highlights (real Chromium)', () => {
  let server: TestServer;
  let ext: ExtensionBrowser;
  let seeds: SeedPage[];

  beforeAll(async () => {
    seeds = seedPages();
    server = await startServer(pages(Object.fromEntries(seeds.map((s) => [s.path, s.html]))));
    ext = await launchWithExtension();
    expect(await addThroughPopup(ext, seeds.map((s) => server.origin + s.path))).toEqual(seeds.map(() => 'Added.'));
  });

  afterAll(async () => {
    await ext?.close(true);
    await server?.close();
  });

  it('lists the Chinese, Portuguese and English versions of the Vietnamese report, and its conflicts', async () => {
    const vi = seeds.find((s) => s.id === '001')!;
    const page = await ext.context.newPage();
    await page.goto(server.origin + vi.path);
    const popup = await openPopupFor(ext, page);
    await popupSettled(popup);
    for (const lang of ['zh', 'pt', 'en']) await popup.waitForSelector(`[data-testid="version-item"][data-lang="${lang}"]`);
    // Other languages come first.
    const langs = await popup.$$eval('[data-testid="version-item"]', (els) => els.map((e) => e.getAttribute('data-lang')));
    expect(langs.indexOf('vi') === -1 || langs.indexOf('vi') > langs.indexOf('en')).toBe(true);
    const relation = (lang: string) => popup.getAttribute(`[data-testid="version-item"][data-lang="${lang}"]`, 'data-relation');
    expect(await relation('zh')).toBe('same_story');
    expect(await relation('en')).toBe('same_story');
    expect(await relation('pt')).toBe('related');

    const conflicts = await popup.$$('[data-testid="conflict-item"]');
    expect(conflicts.length).toBeGreaterThanOrEqual(2);
    const values = await popup.$$eval('[data-testid="conflict-item"] [data-testid="figure-member"]', (els) =>
      els.map((e) => Number(e.getAttribute('data-value'))),
    );
    expect(values).toEqual(expect.arrayContaining([14000, 12000, 6000]));
    // The settlements figures agree: never shown as a conflict.
    const conflictText = (await popup.textContent('body')) ?? '';
    expect(await popup.$$eval('[data-testid="conflict-item"]', (els) => els.map((e) => e.textContent ?? '').join(' '))).not.toMatch(/37/);
    expect(conflictText).toContain('14');
  });

  it('marks the disputed figures in the page, with a tooltip on hover and focus', async () => {
    const en = seeds.find((s) => s.id === '004')!;
    const page = await ext.context.newPage();
    await page.goto(server.origin + en.path);
    await page.waitForSelector('[data-parallax-figure]', { timeout: 30_000 });
    const marked = await page.$$eval('[data-parallax-figure]', (els) => els.map((e) => e.textContent));
    expect(marked.join(' ')).toMatch(/14,000/);
    // The page's own links are untouched, and its text reads the same.
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('roughly 14,000 soldiers');

    await page.hover('[data-parallax-figure]');
    const tooltip = await page.evaluate(() => {
      const host = document.querySelector('parallax-tooltip');
      return host ? { inPage: !!host, shadowOpen: host.shadowRoot !== null } : null;
    });
    expect(tooltip).toEqual({ inPage: true, shadowOpen: false });
    await expect.poll(async () => (await tooltipIn(ext, page))?.visible).toBe(true);
    expect((await tooltipIn(ext, page))?.text).toMatch(/15,000|12,000|600/);

    // Keyboard: Escape hides it, focusing a mark shows it.
    await page.mouse.move(0, 0);
    await expect.poll(async () => (await tooltipIn(ext, page))?.visible).toBe(false);
    await page.focus('[data-parallax-figure][tabindex="0"]');
    await expect.poll(async () => (await tooltipIn(ext, page))?.visible).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await tooltipIn(ext, page))?.visible).toBe(false);

    // The badge counts the figures in dispute on this page.
    const worker = ext.context.serviceWorkers()[0]!;
    const badge = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true });
      return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
    });
    expect(Number(badge)).toBeGreaterThanOrEqual(1);
  });
});
