import { isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../extract/extract-article.ts';
import { parseHtml } from '../extract/parse-html.ts';
import { articleFromText } from '../extract/text-article.ts';
import { discoverFeeds } from '../feeds/discover-feeds.ts';
import type { FeedLink, ParsedFeed } from '../feeds/feed-types.ts';
import { parseFeed } from '../feeds/parse-feed.ts';
import type { Article } from '../model/article.ts';
import { decodeText } from './decode-text.ts';
import type { FetchedResource } from './fetch-resource.ts';
import { sourceError, type SourceError } from '../model/source-error.ts';

/** What a fetched URL turned out to be. */
export type ResourceReading =
  | { kind: 'article'; article: Article; feeds: FeedLink[] }
  | { kind: 'feed'; feed: ParsedFeed }
  /** A page that is no article but advertises feeds: subscribe to the first. */
  | { kind: 'feed-page'; feeds: FeedLink[] }
  | { kind: 'error'; error: SourceError };

function asFeed(text: string, url: string): ResourceReading {
  const parsed = parseFeed(text, url);
  if (parsed.ok) return { kind: 'feed', feed: parsed.feed };
  return { kind: 'error', error: sourceError(parsed.code === 'not-xml' ? 'not-xml' : parsed.code === 'empty' ? 'empty' : 'not-feed', url) };
}

/**
 * Reads a fetched resource as an article or a feed. `expect` says what the caller wants: 'any' for a URL the reader
 * typed (a feed, an article, or a page advertising a feed), 'article' for a feed item's page, 'feed' for a feed.
 */
export function readResource(resource: FetchedResource, expect: 'any' | 'article' | 'feed'): ResourceReading {
  const decoded = decodeText(resource.bytes, { charset: resource.charset });
  if (!decoded.ok) return { kind: 'error', error: decoded.error };
  const text = decoded.text;
  if (!text.trim()) return { kind: 'error', error: sourceError('empty', resource.url) };
  const { kind, url } = resource;
  if (expect === 'feed') return asFeed(text, url);
  if (kind === 'feed' || kind === 'xml' || kind === 'json') {
    if (expect === 'article') return { kind: 'error', error: sourceError('not-article', url) };
    const reading = asFeed(text, url);
    // Generic XML or JSON that is no feed is nothing Parallax reads.
    if (reading.kind === 'error' && kind !== 'feed') return { kind: 'error', error: sourceError('unsupported-type', resource.mime || kind) };
    return reading;
  }
  if (kind === 'text') {
    const article = articleFromText(text, { url });
    return article.text.trim() ? { kind: 'article', article, feeds: [] } : { kind: 'error', error: sourceError('empty', url) };
  }
  const doc = parseHtml(text);
  const feeds = discoverFeeds(doc, url);
  if (expect === 'any' && feeds.length && !isProbablyReaderable(doc)) return { kind: 'feed-page', feeds };
  // A URL the reader added is an article by their say-so; a feed item is too.
  const result = extractArticle(doc, { url, force: true });
  if (!result.ok) return { kind: 'error', error: sourceError(result.reason === 'empty' ? 'empty' : 'not-article', url) };
  return { kind: 'article', article: result.article, feeds };
}
