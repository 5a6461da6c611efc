// The first-run page as a reader sees it after installing: the feed catalogue with two languages ticked and one
// language's outlets open. Saves docs/screenshots/first-run.png. Needs a build (`npx wxt build`) and, for the
// Chinese and Vietnamese names, fonts-noto-cjk.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/helpers/extension.ts';

const OUT = resolve(import.meta.dirname, '../docs/screenshots/first-run.png');

const ext = await launchWithExtension(undefined, { headless: !process.env['DISPLAY'] });
try {
  const isWelcome = (p: Page) => p.url() === `chrome-extension://${ext.extensionId}/welcome.html`;
  const page = ext.context.pages().find(isWelcome) ?? (await ext.context.waitForEvent('page', { predicate: isWelcome, timeout: 30_000 }));
  await page.setViewportSize({ width: 820, height: 900 });
  await page.waitForSelector('[data-testid="catalog-language"]');
  for (const lang of ['vi', 'zh']) await page.click(`[data-testid="catalog-language"][data-lang="${lang}"]`);
  await page.locator('.catalog-lang', { has: page.locator('[data-lang="zh"]') }).locator('summary').click();
  await page.screenshot({ path: OUT, fullPage: true });
  console.log(`saved ${OUT}`);
} finally {
  await ext.close(true);
}
