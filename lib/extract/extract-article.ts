import { Readability } from '@mozilla/readability';
import type { ExtractResult } from '../model/article.ts';
import { primaryTag } from '../lang/detect-language-hint.ts';
import { LIMITS } from '../model/limits.ts';
import { blockText } from './block-text.ts';
import { dateFromUrl } from './name-date.ts';
import { normalizeDate, readPageMetadata } from './page-metadata.ts';
import { looksLikeArticle } from './readerable.ts';

export interface ExtractOptions {
  /** The page's own URL (the canonical link wins when the page gives one). */
  url: string;
  /** Pages with more elements than this are refused rather than parsed (Readability's own limit). */
  maxElements?: number;
  /** Pages whose elements nest deeper than this are refused: Readability's time grows faster than the square of it. */
  maxDepth?: number;
  /**
   * Skip the readerable check: a source the reader added by hand, or a page the reader asked for by clicking the
   * icon, is an article by their say-so.
   */
  force?: boolean;
  /**
   * Detects the language of the text (lib/lang/detect-language.ts). Left out in the content script, which must stay
   * light: the page's lang attribute stands in, and the background detects again from the text.
   */
  detectLanguage?: (text: string, hint: string | null) => string;
}

const DEFAULT_MAX_ELEMENTS = 150_000;
/** Real pages nest a few dozen levels (browsers' parsers stop at 512); 512 nested divs take Readability seconds. */
const DEFAULT_MAX_DEPTH = 256;
const EXCERPT_LENGTH = 280;

/** A field cut to `max` characters, marked as cut: what a page states about itself may be any length. */
function clip(value: string, max: number): string {
  return value.length > max ? value.slice(0, max - 1).trimEnd() + '…' : value;
}

function clipOrNull(value: string | null | undefined, max: number): string | null {
  return value ? clip(value, max) : null;
}

function excerptOf(text: string): string {
  return clip(text.split('\n\n').find((p) => p.length > 40) ?? text, EXCERPT_LENGTH);
}

/** Whether elements under `root` nest more than `max` levels deep: one walk, no recursion. */
function nestedDeeperThan(root: Element, max: number): boolean {
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    const child: Element | null = node.firstElementChild;
    if (child) {
      if (++depth > max) return true;
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) return false;
    node = node.nextElementSibling;
  }
  return false;
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
    const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    if (nestedDeeperThan(doc.documentElement, maxDepth)) {
      return { ok: false, reason: 'too-large', message: `The page is nested too deeply to read (over ${maxDepth} levels).` };
    }
    if (!options.force && !looksLikeArticle(doc)) {
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
    // A canonical URL too long to send is no better than the page's own.
    const url = meta.canonicalUrl && meta.canonicalUrl.length <= LIMITS.url ? meta.canonicalUrl : options.url;
    // Fields within the message protocol's limits: the background refuses an article with a longer one.
    return {
      ok: true,
      article: {
        url,
        title: clip((parsed.title ?? doc.title ?? '').trim() || text.slice(0, 80), LIMITS.title),
        byline: clipOrNull(parsed.byline?.trim() || meta.byline, LIMITS.short),
        siteName: clipOrNull(parsed.siteName?.trim() || meta.siteName || hostOf(url), LIMITS.short),
        // Readability passes on JSON-LD's datePublished as written ("yesterday", anything): only a date is kept. A
        // page that states none is dated by its address, where news sites file it (/2011/03/20/).
        publishedTime: meta.publishedTime ?? normalizeDate(parsed.publishedTime) ?? dateFromUrl(url) ?? dateFromUrl(options.url),
        lang: detect(text, doc.documentElement?.getAttribute('lang') ?? parsed.lang ?? null),
        text,
        excerpt: parsed.excerpt && parsed.excerpt.trim().length >= 40 ? clip(parsed.excerpt.trim(), EXCERPT_LENGTH) : excerptOf(text),
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
