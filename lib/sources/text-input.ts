import { extractArticle } from '../extract/extract-article.ts';
import { parseHtml } from '../extract/parse-html.ts';
import { articleFromText } from '../extract/text-article.ts';
import type { Article } from '../model/article.ts';
import { sourceError, type SourceError } from './source-error.ts';

export type ArticleOutcome = { ok: true; article: Article } | { ok: false; error: SourceError };

/** Text the reader pasted, with the title, address and date they gave (each optional). */
export function articleFromPaste(input: { text: string; title: string | null; url: string | null; publishedTime: string | null }): ArticleOutcome {
  if (!input.text.trim()) return { ok: false, error: sourceError('empty', 'text') };
  const article = articleFromText(input.text, { title: input.title, url: input.url, publishedTime: input.publishedTime });
  let siteName: string | null = null;
  if (input.url) {
    try {
      siteName = new URL(input.url).hostname.replace(/^www\./, '');
    } catch {
      siteName = null;
    }
  }
  return { ok: true, article: { ...article, siteName } };
}

/** A .txt or .html file, decoded: the text as it is, or the page's article (a saved page is an article by the reader's say-so). */
export function articleFromFile(name: string, type: 'text' | 'html', content: string): ArticleOutcome {
  if (!content.trim()) return { ok: false, error: sourceError('empty', name) };
  if (type === 'text') {
    const article = articleFromText(content, { title: null });
    return { ok: true, article: { ...article, title: article.title || name } };
  }
  const result = extractArticle(parseHtml(content), { url: '', force: true });
  if (!result.ok) return { ok: false, error: sourceError(result.reason === 'empty' ? 'empty' : 'not-article', name) };
  return { ok: true, article: { ...result.article, title: result.article.title || name } };
}
