import { absoluteHttpUrl, feedDate, htmlToText, oneLine } from './feed-text.ts';
import { MAX_FEED_ITEMS, type FeedItem, type ParsedFeed } from './feed-types.ts';
import { childrenNamed } from './xml-nodes.ts';

/** The element names of Atom, bare or with the conventional prefix. */
function atom(name: string): string[] {
  return [name, `atom:${name}`];
}

function first(parent: Element, name: string): Element | null {
  return childrenNamed(parent, ...atom(name))[0] ?? null;
}

/** Text of an Atom text construct: type="html" is escaped HTML, "xhtml" is markup, "text" is text. */
function textConstruct(el: Element | null): string {
  if (!el) return '';
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return htmlToText(el.textContent ?? '');
  if (type === 'xhtml' || type === 'application/xhtml+xml') return htmlToText(el.innerHTML ?? el.textContent ?? '');
  return (el.textContent ?? '').trim();
}

function baseOf(el: Element, inherited: string): string {
  return absoluteHttpUrl(el.getAttribute('xml:base'), inherited) ?? inherited;
}

function alternateLink(parent: Element, base: string): string | null {
  let fallback: string | null = null;
  for (const link of childrenNamed(parent, ...atom('link'))) {
    const rel = link.getAttribute('rel') ?? 'alternate';
    const href = absoluteHttpUrl(link.getAttribute('href'), base);
    if (!href) continue;
    if (rel === 'alternate' && (link.getAttribute('type') ?? 'text/html').includes('html')) return href;
    if (rel === 'alternate') fallback ??= href;
  }
  return fallback;
}

/** Atom 1.0 (RFC 4287). */
export function parseAtom(root: Element, feedUrl: string): ParsedFeed {
  const feedBase = baseOf(root, feedUrl);
  const items: FeedItem[] = [];
  for (const entry of childrenNamed(root, ...atom('entry')).slice(0, MAX_FEED_ITEMS)) {
    const base = baseOf(entry, feedBase);
    const url = alternateLink(entry, base);
    const title = oneLine(textConstruct(first(entry, 'title')));
    const publishedTime = feedDate(first(entry, 'published')?.textContent ?? first(entry, 'updated')?.textContent);
    const author = first(entry, 'author');
    const content = textConstruct(first(entry, 'content')) || textConstruct(first(entry, 'summary'));
    items.push({
      id: first(entry, 'id')?.textContent?.trim() || url || `${title}|${publishedTime ?? ''}`,
      url,
      title,
      publishedTime,
      author: author ? oneLine(first(author, 'name')?.textContent) || null : null,
      text: content,
    });
  }
  return {
    format: 'atom',
    title: oneLine(textConstruct(first(root, 'title'))),
    siteUrl: alternateLink(root, feedBase),
    lang: root.getAttribute('xml:lang'),
    items,
  };
}
