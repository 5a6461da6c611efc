import type { ExtractResult } from '../model/article.ts';
import { extractArticle, type ExtractOptions } from './extract-article.ts';

/**
 * Reads the page a content script runs in, once while it stays the same: the article read on load is the one the
 * popup asks for a moment later, and Readability need not run twice. The page counts as changed when its address
 * or its text does (a live blog that adds a post, a page that swaps its article); Parallax's own marks change
 * neither (they wrap text; the tooltip lives in a shadow root).
 */
export class PageReader {
  private last: { url: string; text: string; force: boolean; result: ExtractResult } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly extract: (doc: Document, options: ExtractOptions) => ExtractResult = extractArticle,
  ) {}

  read(url: string, options: { force?: boolean } = {}): ExtractResult {
    // The page's text as a string costs a walk of its text (~0.02 ms on a news page); Readability, milliseconds.
    const text = this.doc.body?.textContent ?? '';
    const force = options.force === true;
    // An article read is an article whoever asks; a refusal stands only for the same question (forced or not).
    const last = this.last;
    if (last && last.url === url && last.text === text && (last.result.ok || last.force === force)) return last.result;
    const result = this.extract(this.doc, { url, ...(force ? { force } : {}) });
    this.last = { url, text, force, result };
    return result;
  }
}
