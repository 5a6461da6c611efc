import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The WebExtension API of a moz-extension:// page, where code passed to page.evaluate() runs. */
type ExtensionApi = typeof chrome;

export interface FirefoxExtension {
  browser: Browser;
  /** moz-extension://UUID/ : the extension's origin, fixed by the test so that it can open the extension's pages. */
  origin: string;
  profileDir: string;
  /** Closes Firefox and deletes the temporary profile. */
  close(): Promise<void>;
}

/**
 * puppeteer's profile already turns off updates, telemetry, safe browsing and remote settings; these two probes are
 * left, and would knock on the closed network.
 */
const QUIET_PREFS: Record<string, unknown> = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox build has no browser_specific_settings.gecko.id');
  return id;
}

/**
 * Headless Firefox ESR, driven over WebDriver BiDi by puppeteer-core, with the built MV2 extension installed as a
 * temporary add-on on a fresh profile.
 *
 * Two settings make the extension's own pages reachable, and change nothing in the extension:
 * - `extensions.webextensions.uuids` gives the add-on a UUID chosen here, so its origin is known in advance;
 * - `--remote-allow-system-access`: since Firefox 153, automation may navigate only to http(s), file, blob and
 *   about:blank unless the browser is started with it (moz-extension:// is refused: "not allowed in this context").
 * The popup then runs as an ordinary extension page, and sends its messages from the extension's origin, as in use.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  const id = geckoId();
  const uuid = randomUUID();
  const profileDir = mkdtempSync(join(tmpdir(), 'parallax-firefox-'));
  const removeProfile = () => rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { ...QUIET_PREFS, 'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }) },
      defaultViewport: { width: 1100, height: 800 },
    });
  } catch (error) {
    removeProfile();
    throw error;
  }
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== id) throw new Error(`Firefox installed ${installed}, expected ${id}`);
  } catch (error) {
    await browser.close();
    removeProfile();
    throw error;
  }
  return {
    browser,
    origin: `moz-extension://${uuid}/`,
    profileDir,
    async close() {
      await browser.close();
      removeProfile();
    },
  };
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Opens one of the extension's pages (`popup.html?tabId=3`) in a new tab.
 * Firefox sends no load event over BiDi for moz-extension:// documents, so page.goto() would wait forever although
 * the page loads: the navigation is started, and the document itself is watched instead.
 */
export async function openExtensionPage(ff: FirefoxExtension, path: string, timeoutMs = 15_000): Promise<Page> {
  const url = new URL(path, ff.origin).href;
  const page = await ff.browser.newPage();
  const navigation: { refused: Error | null } = { refused: null };
  // Settles only when the page or the browser closes ("Frame detached"); a refused navigation fails at once.
  page.goto(url, { timeout: 0 }).catch((error: unknown) => {
    if (error instanceof Error && !/detached|closed/i.test(error.message)) navigation.refused = error;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (navigation.refused) throw new Error(`Firefox refused to open ${url}: ${navigation.refused.message}`);
    const loaded = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (loaded) return page;
    await sleep(50);
  }
  throw new Error(`${url} did not load within ${timeoutMs} ms`);
}

/**
 * The id of the tab showing `url`, asked of each tab's content script from an extension page (without the "tabs"
 * permission, which Parallax does not ask for, tabs do not tell their URL). Asks again for a while: the content
 * script runs at document_idle, which may come after page.goto() has returned.
 */
export async function tabIdFor(extensionPage: Page, url: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  do {
    const id = await extensionPage.evaluate(async (wanted) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        const answer = (await api.tabs.sendMessage(tab.id, { type: 'cs:page.extract', payload: {} }).catch(() => null)) as {
          ok?: boolean;
          article?: { url?: string };
        } | null;
        if (answer?.ok && answer.article?.url === wanted) return tab.id;
      }
      return null;
    }, url);
    if (id !== null) return id;
    await sleep(100);
  } while (Date.now() < deadline);
  throw new Error(`no tab whose content script reads ${url}`);
}

/** Waits until the popup has left its loading state. */
export async function popupSettled(popup: Page): Promise<void> {
  await popup.waitForSelector('[data-testid="page"], [data-testid^="state-"]:not([data-testid="state-loading"])', { timeout: 30_000 });
}

/** Clicks the popup's "Add to corpus" and returns what the popup then says ("Added.", or why not). */
export async function addToCorpus(popup: Page): Promise<string> {
  await popupSettled(popup);
  if (!(await popup.$('[data-testid="add-page"]'))) {
    const state = await popup.$eval('[data-testid^="state-"]', (e) => `${e.getAttribute('data-testid')}: ${e.textContent}`).catch(() => '?');
    throw new Error(`the popup offers no "Add to corpus" (${state})`);
  }
  await popup.click('[data-testid="add-page"]');
  const said = await popup.waitForFunction(
    () => {
      const text = document.querySelector('[data-testid="save-status"]')?.textContent?.trim() ?? '';
      return text === '' ? false : text;
    },
    { timeout: 15_000 },
  );
  return String(await said.jsonValue());
}

export interface StoredReport {
  id: number;
  url: string;
  lang: string;
  title: string;
  figures: number;
}

/**
 * The reports in the corpus, read straight from Firefox's IndexedDB in the extension's origin (not through the
 * extension's code), from any extension page.
 */
export async function storedReports(extensionPage: Page): Promise<StoredReport[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<StoredReport[]>((done, fail) => {
        const open = indexedDB.open('parallax');
        // No corpus yet: do not create one here.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => fail(new Error(`no corpus database: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          let all: IDBRequest;
          try {
            all = db.transaction('reports', 'readonly').objectStore('reports').getAll();
          } catch (error) {
            db.close();
            fail(error);
            return;
          }
          all.onerror = () => fail(all.error);
          all.onsuccess = () => {
            const rows = all.result as { id: number; url: string; lang: string; title: string; figures?: unknown[] }[];
            db.close();
            done(rows.map((r) => ({ id: r.id, url: r.url, lang: r.lang, title: r.title, figures: r.figures?.length ?? 0 })));
          };
        };
      }),
  );
}
