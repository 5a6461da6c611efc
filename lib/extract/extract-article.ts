import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ExtractResult } from '../model/article.ts';
import { primaryTag } from '../lang/detect-language-hint.ts';
import { blockText } from './block-text.ts';
import { readPageMetadata } from './page-metadata.ts';

export interface ExtractOptions {
  /** The page's own URL (the canonical link wins when the page gives one). */
  url: string;
  /** Pages with more elements than this are refused rather than parsed (Readability's own limit). */
  maxElements?: number;
  /** Skip the readerable check (a source the reader added by hand is an article by their say-so). */
  force?: boolean;
  /**
   * Detects the language of the text (lib/lang/detect-language.ts). Left out in the content script, which must stay
   * light: the page's lang attribute stands in, and the background detects again from the text.
   */
  detectLanguage?: (text: string, hint: string | null) => string;
}

const DEFAULT_MAX_ELEMENTS = 150_000;
const EXCERPT_LENGTH = 280;

function excerptOf(text: string): string {
  const first = text.split('\n\n').find((p) => p.length > 40) ?? text;
  return first.length > EXCERPT_LENGTH ? first.slice(0, EXCERPT_LENGTH - 1).trimEnd() + '…' : first;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Elements in the document; getElementsByTagName is the cheap way in browsers, linkedom only answers the other. */
function elementCount(doc: Document): number {
  return doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
}

/**
 * A Document in, an article out. Works on a live page (content script) and on parsed HTML (linkedom in a worker or
 * Node). The document is never changed: Readability runs on a clone.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  try {
    if (!doc.body || !doc.body.textContent?.trim()) {
      return { ok: false, reason: 'empty', message: 'The page has no text.' };
    }
    if (elementCount(doc) > maxElements) {
      return { ok: false, reason: 'too-large', message: `The page is too large to read (over ${maxElements} elements).` };
    }
    if (!options.force && !isProbablyReaderable(doc)) {
      return { ok: false, reason: 'not-article', message: 'This page does not look like an article.' };
    }
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability<Node>(clone, { maxElemsToParse: maxElements, serializer: (node) => node }).parse();
    const text = parsed?.content ? blockText(parsed.content) : '';
    if (!parsed || !text.trim()) {
      return { ok: false, reason: 'not-article', message: 'No article text could be found on this page.' };
    }
    const meta = readPageMetadata(doc, options.url);
    const detect = options.detectLanguage ?? ((_text: string, hint: string | null) => primaryTag(hint) ?? 'und');
    const url = meta.canonicalUrl ?? options.url;
    return {
      ok: true,
      article: {
        url,
        title: (parsed.title ?? doc.title ?? '').trim() || text.slice(0, 80),
        byline: parsed.byline?.trim() || meta.byline,
        siteName: parsed.siteName?.trim() || meta.siteName || hostOf(url),
        publishedTime: meta.publishedTime ?? (parsed.publishedTime ? parsed.publishedTime : null),
        lang: detect(text, doc.documentElement?.getAttribute('lang') ?? parsed.lang ?? null),
        text,
        excerpt: parsed.excerpt && parsed.excerpt.trim().length >= 40 ? parsed.excerpt.trim() : excerptOf(text),
      },
    };
  } catch (error) {
    return {
      ok: false,
      reason: 'failed',
      message: `The page could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
