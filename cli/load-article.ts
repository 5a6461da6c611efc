import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../lib/model/article.ts';
import { extractArticle } from '../lib/extract/extract-article.ts';
import { parseHtml } from '../lib/extract/parse-html.ts';
import { articleFromText } from '../lib/extract/text-article.ts';
import { dateFromFileName } from '../lib/extract/name-date.ts';
import { detectLanguage } from '../lib/lang/detect-language.ts';
import { decodeFile } from './decode-file.ts';
import type { LangOption } from './lang-option.ts';

/** Files larger than this are refused: no news article is 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const HTML = new Set(['.html', '.htm', '.xhtml']);
const TEXT = new Set(['.txt', '.text', '.md', '']);

/**
 * A .txt or .html file as an article, or an Error whose message says what is wrong with it. `lang` other than auto
 * is the article's language, as the reader knows it (a sentence alone is too short to detect).
 */
export async function loadArticleFile(path: string, lang: LangOption = 'auto'): Promise<Article> {
  const article = await readArticleFile(path);
  return lang === 'auto' ? article : { ...article, lang };
}

async function readArticleFile(path: string): Promise<Article> {
  const ext = extname(path).toLowerCase();
  if (!HTML.has(ext) && !TEXT.has(ext)) throw new Error(`${path}: only .txt and .html files are read`);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new Error(`${path}: no such file`);
  if (info.size > MAX_FILE_BYTES) throw new Error(`${path}: too large (${Math.round(info.size / 1048576)} MB; the limit is 50 MB)`);
  const bytes = new Uint8Array(await readFile(path));
  let source: string;
  try {
    source = decodeFile(bytes, HTML.has(ext));
  } catch (error) {
    throw new Error(`${path} ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!source.trim()) throw new Error(`${path}: the file is empty`);
  if (!HTML.has(ext)) {
    // The CLI reads the article's language before analysis: detected here, as extractArticle is told to below.
    const article = articleFromText(source, { title: null, publishedTime: dateFromFileName(path) });
    return { ...article, lang: detectLanguage(article.text.trim(), null) };
  }
  const result = extractArticle(parseHtml(source), { url: pathToFileURL(path).href, force: true, detectLanguage });
  if (!result.ok) throw new Error(`${path}: ${result.message}`);
  const { article } = result;
  return { ...article, title: article.title || basename(path), publishedTime: article.publishedTime ?? dateFromFileName(path) };
}
