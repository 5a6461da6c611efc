/** Languages the catalogue offers feeds in: the languages Parallax reads, and Italian (detected, not yet read for figures). */
export const CATALOG_LANGUAGES = ['en', 'vi', 'zh', 'pt', 'es', 'fr', 'de', 'ru', 'it'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];

export const CATALOG_TOPICS = ['general', 'world', 'politics', 'business'] as const;
export type CatalogTopic = (typeof CATALOG_TOPICS)[number];

/** One public news feed the reader can subscribe to from the catalogue. */
export interface CatalogFeed {
  outlet: string;
  /** The feed's address (RSS, RDF or Atom). */
  url: string;
  /** The outlet's site, where the feed's items are: its pages are read too, so its permission is asked with the feed's. */
  site: string;
  lang: CatalogLanguage;
  /** ISO 3166-1 alpha-2 code of the country the outlet is based in. */
  country: string;
  topics: readonly CatalogTopic[];
}
