import { browser } from 'wxt/browser';

/** On install, opens the first-run page (the feed catalogue). Opening it fetches nothing. */
export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
