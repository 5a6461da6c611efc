import { absoluteHttpUrl, oneLine } from './feed-text.ts';
import type { FeedFormat } from '../model/source.ts';
import type { FeedLink } from './feed-types.ts';

const FEED_TYPES: Record<string, FeedFormat> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/x-rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  'application/json': 'json',
};

/**
 * The feeds a page advertises with `<link rel="alternate" type="...">`, main feeds before comment feeds, without
 * duplicates. Only http(s) URLs; relative ones are resolved against the page.
 */
export function discoverFeeds(doc: Document, pageUrl: string): FeedLink[] {
  const found: FeedLink[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(doc.querySelectorAll('link[href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate')) continue;
    const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0]!.trim();
    const format = FEED_TYPES[type];
    if (!format) continue;
    // application/json alternates are often oEmbed or API links; only those titled as feeds count.
    const title = oneLine(link.getAttribute('title')) || null;
    if (type === 'application/json' && !/feed/i.test(title ?? '')) continue;
    const url = absoluteHttpUrl(link.getAttribute('href'), pageUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    found.push({ url, title, format });
  }
  const isComments = (f: FeedLink) => /comment/i.test(`${f.title ?? ''} ${f.url}`);
  return [...found.filter((f) => !isComments(f)), ...found.filter(isComments)];
}
