import { extractArticle } from '../extract/extract-article.ts';
import type { Article } from '../model/article.ts';
import { sourceError, type SourceError } from '../model/source-error.ts';

export type ArticleOutcome = { ok: true; article: Article } | { ok: false; error: SourceError };

/** A saved page's article (a saved page is an article by the reader's say-so), from the page parsed. */
export function articleFromPage(name: string, doc: Document): ArticleOutcome {
  const result = extractArticle(doc, { url: '', force: true });
  if (!result.ok) return { ok: false, error: sourceError(result.reason === 'empty' ? 'empty' : 'not-article', name) };
  return { ok: true, article: { ...result.article, title: result.article.title || name } };
}
