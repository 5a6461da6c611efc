import { DOMParser } from 'linkedom';
import type { FeedParseResult } from './feed-types.ts';
import { parseAtom } from './parse-atom.ts';
import { isJsonFeed, parseJsonFeed } from './parse-json-feed.ts';
import { parseRss } from './parse-rss.ts';

/**
 * A feed's text in, its items out: RSS 2.0 (and 1.0), Atom or JSON Feed, told by content, not by the declared type
 * (servers often send feeds as text/xml or text/html). XML is parsed leniently, as feed readers do; what is not
 * XML at all, or XML of another kind (an HTML page, a sitemap), is refused with a reason.
 */
export function parseFeed(body: string, feedUrl: string): FeedParseResult {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (!text) return { ok: false, code: 'empty', message: 'The feed is empty.' };
  if (text.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, code: 'not-feed', message: 'The answer is neither XML nor a valid JSON Feed.' };
    }
    if (!isJsonFeed(json)) return { ok: false, code: 'not-feed', message: 'The JSON is not a JSON Feed.' };
    return { ok: true, feed: parseJsonFeed(json, feedUrl) };
  }
  if (!text.startsWith('<')) return { ok: false, code: 'not-xml', message: 'The answer is not XML.' };
  const doc = new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
  const root = doc.documentElement;
  if (!root) return { ok: false, code: 'not-xml', message: 'The answer is not XML.' };
  const name = root.tagName.toLowerCase();
  if (name === 'rss' || name === 'rdf:rdf' || name === 'rdf') return { ok: true, feed: parseRss(root, feedUrl) };
  if (name === 'feed' || name === 'atom:feed') return { ok: true, feed: parseAtom(root, feedUrl) };
  if (name === 'html') return { ok: false, code: 'not-feed', message: 'The answer is a web page, not a feed.' };
  return { ok: false, code: 'not-feed', message: `The XML is not a feed (its root is <${name.slice(0, 40)}>).` };
}
