import { isHttpUrl } from './fetch-resource.ts';

export interface UrlList {
  urls: string[];
  /** Lines that are not http(s) URLs, as typed. */
  invalid: string[];
}

/**
 * URLs pasted one per line (or separated by spaces), de-duplicated in order. A bare "example.com/x" gets https://.
 * Anything else is reported back, not guessed at.
 */
export function parseUrlList(input: string): UrlList {
  const urls: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const token of input.split(/\s+/)) {
    const raw = token.trim();
    if (!raw) continue;
    const candidate = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : /^[\w-]+(\.[\w-]+)+(:\d+)?(\/|$)/.test(raw) ? `https://${raw}` : raw;
    if (!isHttpUrl(candidate) || candidate.length > 4096) {
      invalid.push(raw.slice(0, 200));
      continue;
    }
    const url = new URL(candidate);
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    urls.push(url.href);
  }
  return { urls, invalid };
}

/** The host-permission pattern that covers a URL ("https://example.com/*"); ports are not part of patterns. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** The distinct origin patterns for a list of URLs, for one permission request. */
export function originPatterns(urls: readonly string[]): string[] {
  return [...new Set(urls.map(originPattern).filter((p): p is string => p !== null))];
}
