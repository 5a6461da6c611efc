import { isObj, type Obj } from '../util/fields.ts';
import { absoluteHttpUrl, feedDate, htmlToText, oneLine } from './feed-text.ts';
import { MAX_FEED_ITEMS, type FeedItem, type ParsedFeed } from './feed-types.ts';

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

function authorOf(item: Obj): string | null {
  const authors = Array.isArray(item['authors']) ? item['authors'] : [item['author']];
  const names = authors.filter(isObj).map((a) => str(a['name'])).filter((n): n is string => n !== null);
  return names.length ? oneLine(names.join(', ')) : null;
}

/** Whether a parsed JSON value is a JSON Feed (any 1.x version). */
export function isJsonFeed(value: unknown): value is Obj {
  return isObj(value) && typeof value['version'] === 'string' && value['version'].startsWith('https://jsonfeed.org/version/');
}

/** JSON Feed 1.0 and 1.1. */
export function parseJsonFeed(feed: Obj, feedUrl: string): ParsedFeed {
  const siteUrl = absoluteHttpUrl(str(feed['home_page_url']), feedUrl);
  const rawItems = Array.isArray(feed['items']) ? feed['items'] : [];
  const items: FeedItem[] = [];
  for (const raw of rawItems.slice(0, MAX_FEED_ITEMS)) {
    if (!isObj(raw)) continue;
    const url = absoluteHttpUrl(str(raw['url']) ?? str(raw['external_url']), siteUrl ?? feedUrl);
    const title = oneLine(str(raw['title']));
    const publishedTime = feedDate(str(raw['date_published']) ?? str(raw['date_modified']));
    const html = str(raw['content_html']);
    const text = html ? htmlToText(html) : (str(raw['content_text']) ?? str(raw['summary']) ?? '').trim();
    const id = typeof raw['id'] === 'number' ? String(raw['id']) : str(raw['id']);
    items.push({ id: id ?? url ?? `${title}|${publishedTime ?? ''}`, url, title, publishedTime, author: authorOf(raw), text });
  }
  return { format: 'json', title: oneLine(str(feed['title'])), siteUrl, lang: str(feed['language']), items };
}
