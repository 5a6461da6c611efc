import { DOMParser } from 'linkedom';

/**
 * Parses fetched HTML where there is no DOM (service worker, Node). Scripts are never run. linkedom builds a broken
 * tree for markup without an <html> element, so such fragments are wrapped first.
 */
export function parseHtml(html: string): Document {
  const source = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<html>${html}</html>`;
  return new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
}
