import { isObj } from '../../lib/util/fields.ts';
import type { ContentMessages, Envelope, Request, Response } from '../../lib/protocol/messages.ts';

/** The content script's services, one per message. */
export type ContentServices = { [K in keyof ContentMessages]: (payload: Request<K>) => Response<K> };

/** A message for the content script with the payload the protocol gives it, or null for anything else. */
export function validateContentMessage(raw: unknown): Envelope<keyof ContentMessages> | null {
  if (!isObj(raw)) return null;
  switch (raw['type']) {
    case 'cs:page.extract':
    case 'cs:figures.clear':
      return { type: raw['type'], payload: {} };
    case 'cs:figures.mark': {
      const marks = isObj(raw['payload']) ? raw['payload']['marks'] : undefined;
      // The highlighter checks each mark against the page.
      return Array.isArray(marks) ? { type: 'cs:figures.mark', payload: { marks } } : null;
    }
    default:
      return null;
  }
}

/** Validates a message from the background and hands it to its service; undefined for what is not one. */
export function createContentHandler(services: ContentServices) {
  return function handle(raw: unknown): unknown {
    const message = validateContentMessage(raw);
    if (!message) return undefined;
    const service = services[message.type] as (payload: unknown) => unknown;
    return service(message.payload);
  };
}
