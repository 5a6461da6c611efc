/** What extraction makes of a page or a text: plain data, safe to send as JSON. */
export interface Article {
  /** Canonical URL where the page gives one; otherwise the page's URL; '' for pasted text without one. */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, or null when the page does not say. */
  publishedTime: string | null;
  /** BCP 47 tag ("vi", "zh", "pt", "en", ...) or "und". */
  lang: string;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  excerpt: string;
}

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: 'not-article' | 'empty' | 'too-large' | 'failed'; message: string };
