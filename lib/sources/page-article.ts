import { extractArticle } from '../extract/extract-article.ts';
import type { Article } from '../model/article.ts';
import { sourceError, type SourceError } from './source-error.ts';

export type ArticleOutcome = { ok: true; article: Article } | { ok: false; error: SourceError };

/**
 * A saved page's article (a saved page is an article by the reader's say-so), from the page parsed: by linkedom in
 * the service worker, by the browser's own parser in the options page. Apart from text-input.ts, so that the options
 * page does not bundle linkedom.
 */
export function articleFromPage(name: string, doc: Document): ArticleOutcome {
  const result = extractArticle(doc, { url: '', force: true });
  if (!result.ok) return { ok: false, error: sourceError(result.reason === 'empty' ? 'empty' : 'not-article', name) };
  return { ok: true, article: { ...result.article, title: result.article.title || name } };
}
