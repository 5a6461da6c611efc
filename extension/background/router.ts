import { browser } from 'wxt/browser';
import { isBackgroundMessage } from '../../lib/protocol/messages.ts';
import { ensureConceptLexicons } from './concept-lexicons.ts';
import { createMessageHandler, type BackgroundServices } from './message-handler.ts';
import { optionsServices } from './options-services.ts';
import { analyzeTab, pageExtracted, saveTab } from './tab-analysis.ts';
import { readingServices } from './reading-services.ts';

const services: BackgroundServices = {
  'bg:tab.analyze': ({ tabId }) => analyzeTab(tabId),
  'bg:tab.save': ({ tabId }) => saveTab(tabId),
  'bg:page.extracted': ({ article }, { tabId }) => pageExtracted(tabId ?? -1, article),
  ...optionsServices,
  ...readingServices,
};

/** Registers the listener synchronously, as the service worker's first act. */
export function registerRouter(): void {
  const handle = createMessageHandler(services, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (typeof raw !== 'object' || raw === null || !isBackgroundMessage(String((raw as { type?: unknown }).type))) return false;
    // Analysis reads ordinary words through the lexicons: every message waits for them (a no-op once loaded).
    ensureConceptLexicons()
      .then(() => handle(raw, sender))
      .then(sendResponse, (error: unknown) =>
      sendResponse({ status: 'error', ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
}
