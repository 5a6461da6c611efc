// Demo: serves the shared seed reports as news pages on 127.0.0.1, adds them to the corpus through the popup of the
// built extension in real Chromium, then shows the popup for the Vietnamese report and a tooltip in the page.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { addThroughPopup, launchWithExtension, openPopupFor, popupSettled } from '../tests/e2e/helpers/extension.ts';
import { pages, startServer } from '../tests/e2e/helpers/server.ts';
import { seedPages } from '../tests/e2e/helpers/seed-pages.ts';

const OUT = resolve(import.meta.dirname, '../artifacts');
mkdirSync(OUT, { recursive: true });

const seeds = seedPages();
const server = await startServer(pages(Object.fromEntries(seeds.map((s) => [s.path, s.html]))));
const ext = await launchWithExtension(undefined, { headless: !process.env['DISPLAY'] });
try {
  console.log(`Serving ${seeds.length} seed reports on ${server.origin}; extension ${ext.extensionId}\n`);
  const statuses = await addThroughPopup(ext, seeds.map((s) => server.origin + s.path));
  seeds.forEach((seed, i) => console.log(`added ${seed.id} (${seed.lang}): ${statuses[i]}`));

  const focus = seeds.find((s) => s.id === '001') ?? seeds[0]!;
  const page = await ext.context.newPage();
  await page.goto(server.origin + focus.path);
  const popup = await openPopupFor(ext, page);
  await popupSettled(popup);
  await popup.setViewportSize({ width: 460, height: 1100 });
  await popup.screenshot({ path: resolve(OUT, 'popup.png') });
  await popup.screenshot({ path: resolve(OUT, 'popup-full.png'), fullPage: true });

  console.log(`\nPopup for ${focus.id} (${focus.lang}):`);
  console.log(`  ${await popup.textContent('[data-testid="page-title"]')}`);
  for (const item of await popup.$$('[data-testid="version-item"]')) {
    console.log(`  version [${await item.getAttribute('data-lang')}] ${(await item.textContent())?.replace(/\s+/g, ' ').trim()}`);
  }
  for (const item of await popup.$$('[data-testid="conflict-item"]')) {
    console.log(`  in dispute: ${(await item.textContent())?.replace(/\s+/g, ' ').trim().slice(0, 300)}`);
  }
  const mark = await page.$('[data-parallax-figure]');
  if (mark) {
    await mark.hover();
    await page.waitForTimeout(200);
    await page.screenshot({ path: resolve(OUT, 'tooltip.png') });
    console.log(`\nMarked in the page: ${(await page.$$('[data-parallax-figure]')).length} figure pieces; tooltip screenshot saved.`);
  } else {
    await page.screenshot({ path: resolve(OUT, 'page.png') });
  }
  console.log(`\nScreenshots in ${OUT}`);
} finally {
  await ext.close(true);
  await server.close();
}
