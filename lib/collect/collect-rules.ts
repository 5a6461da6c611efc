/**
 * A site as the reader names it in the exclusion list: its host name, lower case, without "www.". Accepts a host
 * ("Example.com"), an address ("https://www.example.com/news/1") or a pattern ("*.example.com"); null otherwise.
 */
export function siteOf(input: string): string | null {
  const raw = input.trim().toLowerCase().replace(/^\*\./, '');
  if (!raw || raw.length > 253) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return null;
  }
  if (!/^[a-z0-9.-]+$/.test(host) && !/^\[[0-9a-f:]+\]$/.test(host)) return null;
  return host.replace(/^www\./, '').replace(/\.$/, '') || null;
}

/** The exclusion list as stored: each site once, in the order given, what is not a site left out. */
export function siteList(inputs: readonly string[]): string[] {
  return [...new Set(inputs.map(siteOf).filter((s): s is string => s !== null))];
}

/** An address on an excluded site, or one of its subdomains (excluding example.com excludes news.example.com). */
export function isExcludedSite(url: string, excluded: readonly string[]): boolean {
  const host = siteOf(url);
  if (!host) return false;
  return excluded.some((site) => host === site || host.endsWith(`.${site}`));
}

export interface CollectContext {
  /** The reader's setting. */
  collect: boolean;
  excluded: readonly string[];
  /** The page is in a private (incognito) window. */
  incognito: boolean;
  url: string;
}

/** Whether a page the reader opened is kept: collecting on, a web page, not private, not an excluded site. */
export function shouldCollect(context: CollectContext): boolean {
  if (!context.collect || context.incognito) return false;
  if (!/^https?:\/\//i.test(context.url)) return false;
  return !isExcludedSite(context.url, context.excluded);
}
