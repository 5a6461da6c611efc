import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopupFor, popupSettled, type ExtensionBrowser } from './helpers/extension.ts';
import { pages, startServer, type TestServer } from './helpers/server.ts';
import { CURFEW_ES, CURFEW_FR, MUSEUM_FR, newsPageHtml } from './pages/curfew-reports.ts';

describe('concept lexicons in the service worker, in real Chromium', () => {
  let server: TestServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer(
      pages({ '/es/toque-de-queda': newsPageHtml(CURFEW_ES), '/fr/couvre-feu': newsPageHtml(CURFEW_FR), '/fr/musee': newsPageHtml(MUSEUM_FR) }),
    );
    ext = await launchWithExtension();
  }, 60_000);

  afterAll(async () => {
    await ext?.close(true);
    await server?.close();
  });

  it('lists the French report of the same event on the Spanish page, its shared words named in English', async () => {
    // The French reports go into the corpus from their own pages, as a reader adds them.
    for (const path of ['/fr/couvre-feu', '/fr/musee']) {
      const page = await ext.context.newPage();
      await page.goto(server.origin + path);
      const popup = await openPopupFor(ext, page);
      await popupSettled(popup);
      expect(await popup.textContent('[data-testid="page-lang"]')).toBe('fr');
      await popup.click('[data-testid="add-page"]');
      await popup.waitForSelector('[data-testid="save-status"]:has-text("Added")');
      await popup.close();
      await page.close();
    }

    const es = await ext.context.newPage();
    await es.goto(`${server.origin}/es/toque-de-queda`);
    const popup = await openPopupFor(ext, es);
    await popupSettled(popup);
    expect(await popup.textContent('[data-testid="page-lang"]')).toBe('es');
    const version = popup.locator('[data-testid="version-item"][data-lang="fr"]');
    await version.first().waitFor();
    // The same event, and not the museum report of the same day.
    expect(await version.count()).toBe(1);
    expect(await version.locator('a').getAttribute('href')).toBe(`${server.origin}/fr/couvre-feu`);
    // Shared: the town's name, and ordinary words in the interface's language ("toque de queda" = "couvre-feu").
    const shared = (await version.locator('.version-shared').textContent()) ?? '';
    expect(shared).toContain('Quintalba');
    expect(shared).toMatch(/\bcurfew\b/);
    await popup.close();
    await es.close();
  }, 120_000);
});
