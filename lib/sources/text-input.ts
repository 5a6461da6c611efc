import { parseHtml } from '../extract/parse-html.ts';
import { articleFromText } from '../extract/text-article.ts';
import type { FileInput } from '../protocol/options-messages.ts';
import { articleFromPage, type ArticleOutcome } from './page-article.ts';
import { sourceError } from './source-error.ts';

export type { ArticleOutcome };

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

/**
 * A .txt or .html file, decoded: the text as it is, or the page's article (a saved page is an article by the reader's
 * say-so), or the article the options page already read from the page.
 */
export function articleFromFile(file: FileInput): ArticleOutcome {
  if (file.type === 'article') {
    if (!file.article.text.trim()) return { ok: false, error: sourceError('empty', file.name) };
    return { ok: true, article: { ...file.article, title: file.article.title || file.name } };
  }
  if (!file.content.trim()) return { ok: false, error: sourceError('empty', file.name) };
  if (file.type === 'text') {
    const article = articleFromText(file.content, { title: null });
    return { ok: true, article: { ...article, title: article.title || file.name } };
  }
  return articleFromPage(file.name, parseHtml(file.content));
}

