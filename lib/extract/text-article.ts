import type { Article } from '../model/article.ts';
import { primaryTag } from '../lang/detect-language-hint.ts';
import { LIMITS } from '../model/limits.ts';
import { normalizeDate } from './page-metadata.ts';

export interface TextMeta {
  title?: string | null;
  url?: string | null;
  publishedTime?: string | null;
  siteName?: string | null;
  /** The language the text is said to be in; analysis detects it from the text (lib/analysis/analyze-article.ts). */
  langHint?: string | null;
}

/**
 * Plain text in, an article out. The text is kept exactly as given (minus a byte-order mark), so that figure offsets
 * index into the original; without a given title, the first non-empty line is the title.
 */
export function articleFromText(input: string, meta: TextMeta = {}): Article {
  const text = input.replace(/^\uFEFF/, '');
  // A line without letters (an image placeholder, a rule) is no title.
  const firstLine = text.split(/\r?\n/).find((line) => /\p{L}/u.test(line))?.trim() ?? '';
  const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max - 1) + '…' : s);
  // A given title (a feed item's) may be any length: it is kept within what messages and imports accept.
  const title = cut(meta.title?.trim() ?? '', LIMITS.title) || cut(firstLine, 300);
  const body = text.trim();
  const excerptSource = body.slice(firstLine.length).trim() || body;
  return {
    url: meta.url?.trim() ?? '',
    title,
    byline: null,
    siteName: meta.siteName ?? null,
    publishedTime: normalizeDate(meta.publishedTime ?? null),
    // The hint only: every path analyses the article next, and analysis detects the language from the text.
    lang: primaryTag(meta.langHint ?? null) ?? 'und',
    text,
    excerpt: excerptSource.length > 280 ? excerptSource.slice(0, 279).trimEnd() + '…' : excerptSource,
  };
}
