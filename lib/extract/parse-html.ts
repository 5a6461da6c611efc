import { DOMParser } from 'linkedom';

/** Parses fetched HTML where there is no DOM (service worker, Node). Scripts are never run. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
