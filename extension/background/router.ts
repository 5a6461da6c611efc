import { browser, type Browser } from 'wxt/browser';
import { InvalidMessage, validateBackgroundMessage } from '../../lib/protocol/validate.ts';
import { analyzeTab, pageExtracted, saveTab } from './tab-analysis.ts';

type Sender = Browser.runtime.MessageSender;

function fromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

function fromContentScript(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && !fromExtensionPage(sender);
}

/** Routes each message to its service. UI messages are accepted from the extension's own pages only. */
async function route(raw: unknown, sender: Sender): Promise<unknown> {
  const message = validateBackgroundMessage(raw);
  switch (message.type) {
    case 'bg:tab.analyze':
      if (!fromExtensionPage(sender)) throw new InvalidMessage('not from an extension page');
      return analyzeTab(message.payload.tabId);
    case 'bg:tab.save':
      if (!fromExtensionPage(sender)) throw new InvalidMessage('not from an extension page');
      return saveTab(message.payload.tabId);
    case 'bg:page.extracted':
      if (!fromContentScript(sender)) throw new InvalidMessage('not from a content script');
      return pageExtracted(sender.tab.id, message.payload.article);
  }
}

/** Registers the listener synchronously, as the service worker's first act. */
export function registerRouter(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    if (typeof raw !== 'object' || raw === null || !String((raw as { type?: unknown }).type).startsWith('bg:')) return false;
    route(raw, sender).then(
      (result) => sendResponse(result),
      (error: unknown) => sendResponse({ status: 'error', ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
}
