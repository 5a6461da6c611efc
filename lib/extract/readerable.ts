import { isProbablyReaderable } from '@mozilla/readability';

/** Readability's defaults: paragraphs of 140+ characters, a total score of 20 (sum of sqrt(length - 140)). */
const MIN_LENGTH = 140;
const MIN_SCORE = 20;
/**
 * A Han, kana or Hangul character carries about as much as three Latin letters (a word and its space): scripts
 * written without spaces say in 50 characters what Latin script says in 140, and their news paragraphs are short.
 */
const DENSE_RATIO = 3;
/** The body text looked at to tell the script: enough for a page's first paragraphs, cheap in a content script. */
const SAMPLE = 3000;
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LETTER = /\p{L}/gu;

/** True when most letters of the text are of a script written without spaces (Chinese, Japanese, Korean). */
export function isDenseScript(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(LETTER)?.length ?? 0;
  const dense = sample.match(DENSE)?.length ?? 0;
  return letters > 0 && dense / letters > 0.5;
}

/**
 * The cheap "is this an article?" check before reading a page on load: Readability's, with its paragraph length and
 * score scaled for scripts without spaces (Readability alone refuses a Chinese article of short paragraphs).
 */
export function looksLikeArticle(doc: Document): boolean {
  if (!isDenseScript(doc.body?.textContent ?? '')) return isProbablyReaderable(doc);
  return isProbablyReaderable(doc, {
    minContentLength: Math.round(MIN_LENGTH / DENSE_RATIO),
    minScore: Math.round(MIN_SCORE / Math.sqrt(DENSE_RATIO)),
  });
}
