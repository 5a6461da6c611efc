import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserBundle } from '../../bench/browser-bundle.ts';
import { launchWithExtension, type ExtensionBrowser } from './helpers/extension.ts';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
}, 60_000);
afterAll(async () => {
  await ext?.close(true);
});

describe("key statistics' main and delta rows in Chromium's IndexedDB", () => {
  // Unit tests run on fake-indexeddb, which commits a transaction only when asked: Chromium commits one that is left
  // without requests, so a write that lost its transaction on the way fails only here.
  it('keeps main and delta rows a recount of the reports through batches, updates, deletes and merges', async () => {
    const code = await browserBundle(resolve(import.meta.dirname, 'pages/key-levels.ts'));
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=0`);
    await page.evaluate(code);
    const result = await page.evaluate((n) => (globalThis as unknown as { parallaxKeyLevels: (n: number) => Promise<{ errors: string[]; maxId: number; levels: number[] }> }).parallaxKeyLevels(n), 120);
    expect(result.errors).toEqual([]);
    // The run went through merges (ids past 20 + 25 + 25) and ended with reports in both kinds of rows.
    expect(result.maxId).toBeGreaterThan(70);
    expect(result.levels[0]).toBeGreaterThan(0);
    expect(result.levels[1]).toBeGreaterThan(0);
    await page.close();
  }, 120_000);
});
