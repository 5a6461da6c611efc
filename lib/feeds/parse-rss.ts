import { absoluteHttpUrl, feedDate, htmlToText, oneLine } from './feed-text.ts';
import { MAX_FEED_ITEMS, type FeedItem, type ParsedFeed } from './feed-types.ts';
import { childText, childrenNamed } from './xml-nodes.ts';

function itemLink(item: Element, base: string): string | null {
  const link = absoluteHttpUrl(childText(item, 'link'), base);
  if (link) return link;
  // A guid is a link only when it says so (isPermaLink defaults to true).
  for (const guid of childrenNamed(item, 'guid')) {
    if ((guid.getAttribute('isPermaLink') ?? 'true').toLowerCase() !== 'false') {
      const url = absoluteHttpUrl(guid.textContent, base);
      if (url) return url;
    }
  }
  for (const atomLink of childrenNamed(item, 'atom:link')) {
    const rel = atomLink.getAttribute('rel') ?? 'alternate';
    if (rel === 'alternate') return absoluteHttpUrl(atomLink.getAttribute('href'), base);
  }
  return null;
}

/** RSS 2.0 (and 0.9x, and RSS 1.0/RDF, whose items sit beside the channel rather than in it). */
export function parseRss(root: Element, feedUrl: string): ParsedFeed {
  const channel = childrenNamed(root, 'channel')[0] ?? root;
  const siteUrl = absoluteHttpUrl(childText(channel, 'link'), feedUrl);
  const base = siteUrl ?? feedUrl;
  const itemElements = [...childrenNamed(channel, 'item'), ...(channel === root ? [] : childrenNamed(root, 'item'))];
  const items: FeedItem[] = [];
  for (const item of itemElements.slice(0, MAX_FEED_ITEMS)) {
    const url = itemLink(item, base);
    const title = oneLine(htmlToText(childText(item, 'title') ?? ''));
    const publishedTime = feedDate(childText(item, 'pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'atom:published', 'atom:updated'));
    const guid = childText(item, 'guid');
    const content = childText(item, 'content:encoded', 'description', 'atom:content', 'atom:summary');
    items.push({
      id: guid ?? url ?? `${title}|${publishedTime ?? ''}`,
      url,
      title,
      publishedTime,
      author: oneLine(childText(item, 'dc:creator', 'author')) || null,
      text: content ? htmlToText(content) : '',
    });
  }
  return {
    format: 'rss',
    title: oneLine(childText(channel, 'title')),
    siteUrl,
    lang: childText(channel, 'language', 'dc:language'),
    items,
  };
}
