import { originPatterns } from '../sources/url-list.ts';
import { CATALOG_LANGUAGES, type CatalogFeed, type CatalogLanguage } from '../model/catalog-feed.ts';
import { CATALOG_FEEDS } from './feeds.ts';

export function isCatalogLanguage(tag: string): tag is CatalogLanguage {
  return (CATALOG_LANGUAGES as readonly string[]).includes(tag);
}

/** The catalogue's feeds, all or in one language, in the catalogue's order. */
export function catalogFeeds(lang: CatalogLanguage | null = null, feeds: readonly CatalogFeed[] = CATALOG_FEEDS): CatalogFeed[] {
  return feeds.filter((f) => lang === null || f.lang === lang);
}

/** The host permissions a subscription to these feeds needs: the feeds' sites and their items' sites, asked at once. */
export function catalogOrigins(feeds: readonly CatalogFeed[]): string[] {
  return originPatterns(feeds.flatMap((f) => [f.url, f.site]));
}
