import { blockText } from '../extract/block-text.ts';
import { normalizeDate } from '../extract/page-metadata.ts';
import { parseHtml } from '../extract/parse-html.ts';

const MAX_CONTENT_CHARS = 1_000_000;

/** Plain text of HTML a feed carries (escaped or in CDATA): parsed, never run, never inserted anywhere. */
export function htmlToText(html: string): string {
  const source = html.length > MAX_CONTENT_CHARS ? html.slice(0, MAX_CONTENT_CHARS) : html;
  if (!/[<&]/.test(source)) return source.replace(/[ \t]+/g, ' ').trim();
  const doc = parseHtml(`<!doctype html><html><body>${source}</body></html>`);
  return doc.body ? blockText(doc.body) : '';
}

/** One-line text (titles, names): whitespace folded. */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** An absolute http(s) URL for a link a feed gives (relative ones resolved against the feed), or null. */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A feed's date (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed) as ISO 8601, or null. */
export function feedDate(value: string | null | undefined): string | null {
  return normalizeDate(value ? value.trim() : null);
}
