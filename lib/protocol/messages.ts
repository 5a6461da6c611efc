import type { Article, ExtractResult } from '../model/article.ts';
import type { OptionsMessages } from './options-messages.ts';
import type { ReadingMessages } from './reading-messages.ts';
import type { MarkView, TabState } from './views.ts';

/**
 * The one message protocol. Each message has exactly one receiving side, named by its prefix:
 * "bg:" is handled by the background, "cs:" by the content script. Payloads are plain JSON.
 */
export interface BackgroundMessages extends OptionsMessages, ReadingMessages {
  /** Popup -> background: analyse the page on a tab and match it against the corpus. */
  'bg:tab.analyze': { request: { tabId: number }; response: TabState };
  /** Popup -> background: add the page on a tab to the corpus. */
  'bg:tab.save': { request: { tabId: number }; response: { ok: true; id: number; created: boolean } | { ok: false; message: string } };
  /** Content script -> background: the article on this page, read on load. */
  'bg:page.extracted': { request: { article: Article }; response: { marks: MarkView[] } };
}

export interface ContentMessages {
  /** Background -> content script: read the article on this page. */
  'cs:page.extract': { request: Record<string, never>; response: ExtractResult };
  /** Background -> content script: mark these figures in the page. */
  'cs:figures.mark': { request: { marks: MarkView[] }; response: { marked: number } };
  /** Background -> content script: remove every mark. */
  'cs:figures.clear': { request: Record<string, never>; response: { cleared: number } };
}

export type MessageMap = BackgroundMessages & ContentMessages;
export type MessageType = keyof MessageMap;
export type Request<T extends MessageType> = MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

export type Envelope<T extends MessageType = MessageType> = { [K in T]: { type: K; payload: Request<K> } }[T];

export function isBackgroundMessage(type: string): type is keyof BackgroundMessages {
  return type.startsWith('bg:');
}
