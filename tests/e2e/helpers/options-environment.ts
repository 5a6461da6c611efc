import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './extension.ts';
import { allowSite, openOptions } from './options-page.ts';
import { optionsSite, type SiteControl } from './options-site.ts';
import { startServer, type TestServer } from './server.ts';

export interface OptionsEnvironment {
  /** How the local site answers (the rail feed's version, a broken feed); the tests change it as they go. */
  readonly control: SiteControl;
  readonly server: TestServer;
  readonly ext: ExtensionBrowser;
  /** The options page (when opened). */
  readonly page: Page;
}

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not set up (yet)`);
  return value;
}

/**
 * For a describe block: the local test site, real Chromium with the built extension (allowed on the site when asked)
 * and its options page (unless not asked), set up before the block's tests and closed after them.
 */
export function optionsEnvironment(options: { allowSite?: boolean; openPage?: boolean } = {}): OptionsEnvironment {
  const control: SiteControl = { railVersion: 1, brokenFeed: false, railRequests: [] };
  let server: TestServer | undefined;
  let ext: ExtensionBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await startServer(optionsSite(() => server!.origin, control));
    ext = await launchWithExtension();
    if (options.allowSite) await allowSite(ext, 'http://127.0.0.1/*');
    if (options.openPage !== false) page = await openOptions(ext);
  });
  afterAll(async () => {
    await ext?.close(true);
    await server?.close();
  });
  return {
    control,
    get server() {
      return ready(server, 'the test site');
    },
    get ext() {
      return ready(ext, 'the browser');
    },
    get page() {
      return ready(page, 'the options page');
    },
  };
}
