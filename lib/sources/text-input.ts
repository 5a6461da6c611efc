import { articleFromText } from '../extract/text-article.ts';
import { dateFromFileName } from '../extract/name-date.ts';
import type { FileInput } from '../protocol/options-messages.ts';
import type { ArticleOutcome } from './page-article.ts';
import { sourceError } from '../model/source-error.ts';

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
 * A file as the options page sends it: a .txt file's text as it is, or the article it read from an .html file. A
 * report without a date of its own takes the day its file's name gives, if any.
 */
export function articleFromFile(file: FileInput): ArticleOutcome {
  const article = file.type === 'article' ? file.article : articleFromText(file.content, { title: null });
  if (!article.text.trim()) return { ok: false, error: sourceError('empty', file.name) };
  const publishedTime = article.publishedTime ?? dateFromFileName(file.name);
  return { ok: true, article: { ...article, title: article.title || file.name, publishedTime } };
}
