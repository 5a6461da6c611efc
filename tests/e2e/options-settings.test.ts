import { describe, expect, it } from 'vitest';
import { addSources, allowSite, jobsSettled, waitForTotal } from './helpers/options-page.ts';
import { optionsEnvironment } from './helpers/options-environment.ts';

describe('options page: host permissions asked per site, and settings, in real Chromium', () => {
  const env = optionsEnvironment();

  it('may not read the test site at install (the content script\'s patterns are listed, but grant no fetching)', async () => {
    expect(await env.page.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
  });

  it('asks for the site when a source on it is added, and fetches nothing until it is allowed', async () => {
    const url = `${env.server.origin}/diario/porto-reabre`;
    await env.page.fill('[data-testid="add-source-input"]', url);
    await env.page.click('[data-testid="add-source-submit"]');
    // The browser's prompt is open (automation cannot answer it): the page waits for the reader.
    await env.page.waitForSelector('[data-testid="add-source-status"][data-state="asking"]');
    await env.page.waitForTimeout(1000);
    expect(env.server.requests).toEqual([]);
    expect(await env.page.locator('[data-testid="job-item"]').count()).toBe(0);

    // The reader allows the site (here through chrome://extensions, as a reader can): the same click now goes through.
    await env.page.reload();
    await allowSite(env.ext, 'http://127.0.0.1/*');
    await addSources(env.page, [url]);
    await jobsSettled(env.page);
    await waitForTotal(env.page, 1);
    expect(env.server.requests).toEqual(['/diario/porto-reabre']);
    expect(await env.page.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(true);
  });

  it('settings: analyse on load or on click, highlighting, the languages read, the translation target; kept across reloads', async () => {
    const stored = () => env.page.evaluate(async () => (await chrome.storage.local.get('settings'))['settings'] as Record<string, unknown> | undefined);
    await env.page.click('[data-testid="setting-analyze-click"]');
    await env.page.click('[data-testid="setting-highlight"]');
    await env.page.click('[data-testid="setting-lang-vi"]');
    await env.page.click('[data-testid="setting-lang-pt"]');
    await env.page.selectOption('[data-testid="setting-translation"]', 'en');
    await expect.poll(stored).toMatchObject({ analyzeOnLoad: false, highlight: false, readerLanguages: ['vi', 'pt'], translationTarget: 'en' });
    await env.page.reload();
    await env.page.waitForSelector('[data-testid="setting-analyze-click"]');
    expect(await env.page.isChecked('[data-testid="setting-analyze-click"]')).toBe(true);
    expect(await env.page.isChecked('[data-testid="setting-highlight"]')).toBe(false);
    expect(await env.page.isChecked('[data-testid="setting-lang-vi"]')).toBe(true);
    expect(await env.page.inputValue('[data-testid="setting-translation"]')).toBe('en');
    await env.page.click('[data-testid="setting-analyze-load"]');
    await expect.poll(async () => (await stored())?.['analyzeOnLoad']).toBe(true);
  });
});
