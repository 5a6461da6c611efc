import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Closes the browser; the profile stays unless `removeProfile`. */
  close(removeProfile?: boolean): Promise<void>;
}

/** Flags that keep Chromium off the closed network and quiet (see ../shared/TOOLCHAIN.md). */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/** Real Chromium with the built extension loaded, on a fresh (or given) profile. */
export async function launchWithExtension(
  userDataDir?: string,
  options: { headless?: boolean; args?: string[]; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [...ARGS, ...(options.args ?? []), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    viewport: { width: 1100, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir: dir,
    async close(removeProfile = true) {
      await context.close();
      if (removeProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The service worker now (it may have been restarted since launch). */
export async function currentWorker(ext: ExtensionBrowser): Promise<Worker> {
  return ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker', { timeout: 30_000 }));
}

/**
 * The id of the tab a page lives in: the newest tab whose content script answers. Without the "tabs" permission
 * (Parallax does not ask for it) the extension cannot query tabs by URL; tabs are numbered in creation order, and the
 * tests open the page under test just before they inspect it.
 */
export async function tabIdFor(ext: ExtensionBrowser, page: Page): Promise<number> {
  const worker = await currentWorker(ext);
  const ids = await worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
  const candidates = ids.filter((id) => id >= 0).sort((a, b) => a - b);
  // The tab whose content script reads this page's address; a page that is no article says no address, and then
  // the newest tab that answers stands for it.
  let newestAnswering: number | null = null;
  for (const id of candidates.reverse()) {
    const answer = await worker
      .evaluate(async (tabId) => {
        try {
          const r = (await chrome.tabs.sendMessage(tabId, { type: 'cs:page.extract', payload: {} })) as { ok: boolean; article?: { url: string } };
          return { url: r?.ok ? (r.article?.url ?? null) : null };
        } catch {
          return null;
        }
      }, id)
      .catch(() => null);
    if (answer === null) continue;
    if (answer.url === page.url()) return id;
    if (answer.url === null) newestAnswering ??= id;
  }
  if (newestAnswering !== null) return newestAnswering;
  throw new Error(`no tab with Parallax's content script for ${page.url()}`);
}

/** Opens the popup for a tab, as a page of its own (the toolbar popup is not reachable from automation). */
export async function openPopupFor(ext: ExtensionBrowser, articlePage: Page): Promise<Page> {
  const tabId = await tabIdFor(ext, articlePage);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Waits until the popup has left its loading state. */
export async function popupSettled(popup: Page): Promise<void> {
  await popup.waitForSelector('[data-testid="page"], [data-testid^="state-"]:not([data-testid="state-loading"])', { timeout: 30_000 });
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The tooltip Parallax shows in a page. It lives in a closed shadow root, out of reach of the page's scripts (and so
 * of Playwright's selectors); the DevTools protocol pierces it, as a screen reader's view of the page would.
 */
export async function tooltipIn(ext: ExtensionBrowser, page: Page): Promise<{ visible: boolean; text: string } | null> {
  const cdp = await ext.context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const stack: CdpNode[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      const attrs = node.attributes ?? [];
      const role = attrs.indexOf('role');
      if (role >= 0 && attrs[role + 1] === 'tooltip') {
        const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: node.nodeId })) as { outerHTML: string };
        const text = outerHTML.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
        return { visible: !attrs.includes('hidden'), text };
      }
      stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

/** Adds pages to the corpus as a reader does: open the page, open the popup for its tab, click "Add to corpus". */
export async function addThroughPopup(ext: ExtensionBrowser, urls: readonly string[]): Promise<string[]> {
  const statuses: string[] = [];
  for (const url of urls) {
    const page = await ext.context.newPage();
    await page.goto(url);
    const popup = await openPopupFor(ext, page);
    await popupSettled(popup);
    await popup.click('[data-testid="add-page"]');
    await popup.waitForSelector('[data-testid="save-status"]:not(:empty)');
    statuses.push(((await popup.textContent('[data-testid="save-status"]')) ?? '').trim());
    await popup.close();
    await page.close();
  }
  return statuses;
}
