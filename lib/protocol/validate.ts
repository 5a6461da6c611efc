import type { Envelope } from './messages.ts';
import type { OptionsMessages } from './options-messages.ts';
import { InvalidMessage, validateArticle } from './validate-fields.ts';
import { isObj, type Obj } from '../util/fields.ts';
import { isOptionsMessageType, validateOptionsMessage } from './validate-options.ts';
import type { ReadingMessages } from './reading-messages.ts';
import { isReadingMessageType, validateReadingMessage } from './validate-reading.ts';

function tabId(o: Obj): number {
  const v = o['tabId'];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new InvalidMessage('tabId must be a tab id');
  return v;
}

/**
 * A message for the background, checked before use. Unknown types, malformed or oversized payloads throw
 * InvalidMessage; only the fields the protocol defines are passed on.
 */
export function validateBackgroundMessage(raw: unknown): Envelope<'bg:tab.analyze' | 'bg:tab.save' | 'bg:page.extracted' | keyof OptionsMessages | keyof ReadingMessages> {
  if (!isObj(raw) || typeof raw['type'] !== 'string') throw new InvalidMessage('not a Parallax message');
  const payload = raw['payload'];
  if (!isObj(payload)) throw new InvalidMessage('payload must be an object');
  switch (raw['type']) {
    case 'bg:tab.analyze':
      return { type: 'bg:tab.analyze', payload: { tabId: tabId(payload) } };
    case 'bg:tab.save':
      return { type: 'bg:tab.save', payload: { tabId: tabId(payload) } };
    case 'bg:page.extracted':
      return { type: 'bg:page.extracted', payload: { article: validateArticle(payload['article']) } };
    default:
      if (isOptionsMessageType(raw['type'])) return validateOptionsMessage(raw['type'], payload);
      if (isReadingMessageType(raw['type'])) return validateReadingMessage(raw['type'], payload);
      throw new InvalidMessage(`unknown message type ${JSON.stringify(raw['type']).slice(0, 60)}`);
  }
}
