import { browser } from 'wxt/browser';
import type { BackgroundMessages, ContentMessages, Request, Response } from '../lib/protocol/messages.ts';

/** Sends a message to the background and returns its typed answer. */
export async function sendToBackground<T extends keyof BackgroundMessages>(type: T, payload: Request<T>): Promise<Response<T>> {
  return (await browser.runtime.sendMessage({ type, payload })) as Response<T>;
}

/** Sends a message to the content script of a tab. Rejects when the tab has none (browser pages, the web store). */
export async function sendToTab<T extends keyof ContentMessages>(tabId: number, type: T, payload: Request<T>): Promise<Response<T>> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as Response<T>;
}
