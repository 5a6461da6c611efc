import type { Article } from '../model/article.ts';
import type { Envelope } from './messages.ts';
import type { OptionsMessages } from './options-messages.ts';
import { isOptionsMessageType, validateOptionsMessage } from './validate-options.ts';
import type { ReadingMessages } from './reading-messages.ts';
import { isReadingMessageType, validateReadingMessage } from './validate-reading.ts';

/** Limits on what a page may send: no news article is larger, and a hostile page may try. */
export const LIMITS = {
  text: 2_000_000,
  title: 2_000,
  url: 4_096,
  short: 500,
  excerpt: 2_000,
} as const;

export class InvalidMessage extends Error {}

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string field, at most `max` long. */
export function str(o: Obj, key: string, max: number): string {
  const v = o[key];
  if (typeof v !== 'string') throw new InvalidMessage(`${key} must be a string`);
  if (v.length > max) throw new InvalidMessage(`${key} is too long (${v.length} > ${max})`);
  return v;
}

export function strOrNull(o: Obj, key: string, max: number): string | null {
  return o[key] === null || o[key] === undefined ? null : str(o, key, max);
}

function tabId(o: Obj): number {
  const v = o['tabId'];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new InvalidMessage('tabId must be a tab id');
  return v;
}

/** An article from an untrusted side, checked field by field; only known fields survive. */
export function validateArticle(raw: unknown): Article {
  if (!isObj(raw)) throw new InvalidMessage('article must be an object');
  const url = str(raw, 'url', LIMITS.url);
  if (url && !/^https?:\/\//i.test(url)) throw new InvalidMessage('article url must be http(s)');
  return {
    url,
    title: str(raw, 'title', LIMITS.title),
    byline: strOrNull(raw, 'byline', LIMITS.short),
    siteName: strOrNull(raw, 'siteName', LIMITS.short),
    publishedTime: strOrNull(raw, 'publishedTime', 64),
    lang: str(raw, 'lang', 35),
    text: str(raw, 'text', LIMITS.text),
    excerpt: str(raw, 'excerpt', LIMITS.excerpt),
  };
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
