import { siteOf } from '../collect/collect-rules.ts';
import type { Envelope } from './messages.ts';
import type { ReadingMessages } from './reading-messages.ts';
import { SITE_CHARS } from '../model/limits.ts';
import type { Obj } from '../util/fields.ts';
import { InvalidMessage, str } from './validate-fields.ts';

type ReadingType = keyof ReadingMessages;

/** Every reading message comes from the extension's own pages (the popup). */
export const READING_FROM: Record<ReadingType, 'page'> = {
  'bg:coverage.search': 'page',
  'bg:coverage.cancel': 'page',
  'bg:collect.exclude': 'page',
};

export function isReadingMessageType(type: string): type is ReadingType {
  return Object.hasOwn(READING_FROM, type);
}

function tabId(p: Obj): number {
  const v = p['tabId'];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new InvalidMessage('tabId must be a tab id');
  return v;
}

export function validateReadingMessage(type: ReadingType, p: Obj): Envelope<ReadingType> {
  switch (type) {
    case 'bg:coverage.search':
    case 'bg:coverage.cancel':
      return { type, payload: { tabId: tabId(p) } };
    case 'bg:collect.exclude': {
      const site = siteOf(str(p, 'site', SITE_CHARS));
      if (!site) throw new InvalidMessage('site must be a host name');
      return { type, payload: { site } };
    }
  }
}
