import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { catalogFeeds, catalogOrigins, isCatalogLanguage } from '../../../lib/catalog/catalog.ts';
import { CATALOG_LANGUAGES, CATALOG_TOPICS } from '../../../lib/model/catalog-feed.ts';
import { CATALOG_FEEDS } from '../../../lib/catalog/feeds.ts';
import { DETECTED_LANGUAGES } from '../../../lib/lang/detect-language.ts';

const FIELDS = ['country', 'lang', 'outlet', 'site', 'topics', 'url'];

function httpAddress(value: string): URL | null {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.') && !u.username && !u.password && !u.hash ? u : null;
  } catch {
    return null;
  }
}

describe('the feed catalogue', () => {
  it.each(CATALOG_FEEDS.map((f) => [f.outlet, f] as const))('%s is a well-formed entry', (_, feed) => {
    expect(Object.keys(feed).sort()).toEqual(FIELDS);
    expect(feed.outlet.trim()).toBe(feed.outlet);
    expect(feed.outlet.length).toBeGreaterThan(1);
    expect(httpAddress(feed.url), feed.url).not.toBeNull();
    // As the URL parser writes it: what the subscription stores and what the tests swap.
    expect(new URL(feed.url).href).toBe(feed.url);
    const site = httpAddress(feed.site);
    expect(site?.pathname, feed.site).toBe('/');
    expect(site?.href).toBe(feed.site);
    expect(countries.isValid(feed.country) && /^[A-Z]{2}$/.test(feed.country), feed.country).toBe(true);
    expect(feed.topics.length).toBeGreaterThan(0);
    for (const topic of feed.topics) expect(CATALOG_TOPICS).toContain(topic);
  });

  it('offers only languages Parallax knows, each with at least five feeds', () => {
    for (const lang of CATALOG_LANGUAGES) {
      expect(DETECTED_LANGUAGES.has(lang), lang).toBe(true);
      expect(catalogFeeds(lang).length, lang).toBeGreaterThanOrEqual(5);
    }
    for (const feed of CATALOG_FEEDS) expect(isCatalogLanguage(feed.lang)).toBe(true);
    expect(catalogFeeds(null)).toHaveLength(CATALOG_FEEDS.length);
  });

  it('has no address twice', () => {
    const urls = CATALOG_FEEDS.map((f) => f.url.toLowerCase());
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
  });

  it("asks for the feeds' hosts and their sites, each once", () => {
    const feeds = catalogFeeds('de').slice(0, 2);
    expect(catalogOrigins(feeds)).toEqual(['https://www.tagesschau.de/*', 'https://www.spiegel.de/*']);
    const bbc = CATALOG_FEEDS.filter((f) => f.url.startsWith('https://feeds.bbci.co.uk/'));
    expect(catalogOrigins(bbc)).toEqual(['https://feeds.bbci.co.uk/*', 'https://www.bbc.com/*']);
  });
});
