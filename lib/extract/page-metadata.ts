/** Metadata a page states about itself, beyond what Readability reads. */
export interface PageMetadata {
  canonicalUrl: string | null;
  publishedTime: string | null;
  siteName: string | null;
  byline: string | null;
}

function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** An ISO 8601 string for a date the page gives, or null when it does not parse. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed) && !/\d{4}/.test(trimmed)) return null;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  if (year < 1900 || year > 2200) return null;
  return new Date(time).toISOString();
}

type JsonObject = Record<string, unknown>;

function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (const script of Array.from(scripts).slice(0, 20)) {
    const raw = script.textContent ?? '';
    if (raw.length > 500_000) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    while (queue.length && out.length < 100) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const obj = item as JsonObject;
        out.push(obj);
        if (Array.isArray(obj['@graph'])) queue.push(...obj['@graph']);
      }
    }
  }
  return out;
}

function stringField(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return stringField(value[0]);
  if (value && typeof value === 'object') return stringField((value as JsonObject)['name']);
  return null;
}

const ARTICLE_TYPES = /Article|Posting|Report|NewsArticle|BlogPosting/;

/** Reads canonical URL, publication time, site name and byline from meta tags, JSON-LD and `<time>`. */
export function readPageMetadata(doc: Document, pageUrl: string): PageMetadata {
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? ld.find((o) => 'datePublished' in o);
  const published =
    normalizeDate(
      metaContent(doc, [
        'meta[property="article:published_time"]',
        'meta[name="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate"]',
        'meta[name="date"]',
        'meta[name="DC.date.issued"]',
        'meta[property="og:published_time"]',
      ]),
    ) ??
    normalizeDate(stringField(article?.['datePublished'])) ??
    normalizeDate(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
  const publisher = article?.['publisher'];
  return {
    canonicalUrl:
      absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ??
      absoluteUrl(metaContent(doc, ['meta[property="og:url"]']), pageUrl),
    publishedTime: published,
    siteName: metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? stringField(publisher),
    byline: stringField(article?.['author']) ?? metaContent(doc, ['meta[name="author"]']),
  };
}
