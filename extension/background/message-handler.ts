import type { BackgroundMessages, Request, Response } from '../../lib/protocol/messages.ts';
import { InvalidMessage } from '../../lib/protocol/validate-fields.ts';
import { validateBackgroundMessage } from '../../lib/protocol/validate.ts';
import { OPTIONS_FROM } from '../../lib/protocol/validate-options.ts';
import { READING_FROM } from '../../lib/protocol/validate-reading.ts';

/** Who sent a message, as the browser reports it. */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

/** The services behind the background, one per message. */
export type BackgroundServices = {
  [K in keyof BackgroundMessages]: (payload: Request<K>, sender: { tabId: number | null }) => Promise<Response<K>>;
};

/** Which side may send each message: the extension's own pages, or content scripts. */
const FROM: Record<keyof BackgroundMessages, 'page' | 'content'> = {
  'bg:tab.analyze': 'page',
  'bg:tab.save': 'page',
  'bg:page.extracted': 'content',
  ...OPTIONS_FROM,
  ...READING_FROM,
};

/**
 * Validates a message, checks that it comes from the side allowed to send it, and hands it to its service.
 * No browser API here: the router passes the extension's id and origin in.
 */
export function createMessageHandler(services: BackgroundServices, self: { id: string; origin: string }) {
  const fromPage = (s: SenderInfo) => s.id === self.id && !!s.url?.startsWith(self.origin);
  const fromContent = (s: SenderInfo) => s.id === self.id && typeof s.tab?.id === 'number' && !fromPage(s);

  return async function handle(raw: unknown, sender: SenderInfo): Promise<unknown> {
    const message = validateBackgroundMessage(raw);
    const side = FROM[message.type];
    if (side === 'page' && !fromPage(sender)) throw new InvalidMessage(`${message.type} is accepted from extension pages only`);
    if (side === 'content' && !fromContent(sender)) throw new InvalidMessage(`${message.type} is accepted from content scripts only`);
    const service = services[message.type] as (p: unknown, s: { tabId: number | null }) => Promise<unknown>;
    return service(message.payload, { tabId: sender.tab?.id ?? null });
  };
}
