import type { Article } from '../model/article.ts';
import { LIMITS } from '../model/limits.ts';

/** A message or a field that breaks the protocol. */
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
