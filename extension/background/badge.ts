import { browser } from 'wxt/browser';

/** Shows on the toolbar icon how many figures of the tab's page are in dispute. */
export async function setDisputeBadge(tabId: number, disputed: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: disputed > 0 ? String(disputed) : '' });
    if (disputed > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  } catch {
    // The tab may have closed meanwhile; nothing to show then.
  }
}
