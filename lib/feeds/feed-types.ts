import type { FeedFormat } from '../model/source.ts';

/** One entry of a feed, whatever the format. */
export interface FeedItem {
  /** Stable identity across refreshes: the guid or id, else the link, else title and date. */
  id: string;
  /** The item's page (absolute http(s)), or null when the feed gives none. */
  url: string | null;
  title: string;
  /** ISO 8601, or null. */
  publishedTime: string | null;
  author: string | null;
  /** The content the feed carries, as plain text (often only a summary). */
  text: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  /** The site the feed belongs to, when it says. */
  siteUrl: string | null;
  lang: string | null;
  items: FeedItem[];
}

export type FeedParseResult =
  | { ok: true; feed: ParsedFeed }
  | { ok: false; code: 'not-xml' | 'not-feed' | 'empty'; message: string };

/** A feed a page advertises with `<link rel="alternate">`. */
export interface FeedLink {
  url: string;
  title: string | null;
  format: FeedFormat | null;
}

/** A feed is cut to its newest entries: no real feed has more, and a hostile one may. */
export const MAX_FEED_ITEMS = 500;
