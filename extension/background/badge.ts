import { browser } from 'wxt/browser';

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarButton(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** Shows on the toolbar icon how many figures of the tab's page are in dispute. */
export async function setDisputeBadge(tabId: number, disputed: number): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  try {
    await button.setBadgeText({ tabId, text: disputed > 0 ? String(disputed) : '' });
    if (disputed > 0) await button.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  } catch {
    // The tab may have closed meanwhile; nothing to show then.
  }
}
