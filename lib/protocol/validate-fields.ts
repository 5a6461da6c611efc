import type { Article } from '../model/article.ts';
import { LIMITS } from '../model/limits.ts';
import { isObj, stringFields } from '../util/fields.ts';

/** A message or a field that breaks the protocol. */
export class InvalidMessage extends Error {}

export const { str, strOrNull } = stringFields((why) => new InvalidMessage(why));

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
