import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { parseHtml } from '../../../lib/extract/parse-html.ts';
import { detectLanguage } from '../../../lib/lang/detect-language.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/pages');
const page = (name: string) => parseHtml(readFileSync(resolve(FIXTURES, name), 'utf8'));

describe('extractArticle', () => {
  it('reads a news article: canonical url, title, byline, site, date, language, paragraphs', () => {
    const result = extractArticle(page('news--flood-da-nang-en.html'), { url: 'http://127.0.0.1:8080/flood?ref=home', detectLanguage });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.article;
    expect(a.url).toBe('http://127.0.0.1/news/flood-da-nang');
    expect(a.title).toContain('Floods in central Vietnam kill 12');
    expect(a.siteName).toBe('Harbour Post');
    expect(a.byline).toContain('Lena Marsh');
    expect(a.publishedTime).toBe('2026-10-28T07:30:00.000Z');
    expect(a.lang).toBe('en');
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(paragraphs.some((p) => p.startsWith('Rescue teams used boats'))).toBe(true);
    expect(a.text).not.toMatch(/All rights reserved|Home \| World/);
    expect(a.excerpt.length).toBeGreaterThan(40);
  });

  it('reads JSON-LD datePublished and author, and falls back to the page URL without a canonical link', () => {
    const result = extractArticle(page('news--flood-da-nang-vi.html'), { url: 'http://127.0.0.1:8080/vi/lu-lut', detectLanguage });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.url).toBe('http://127.0.0.1:8080/vi/lu-lut');
    expect(result.article.publishedTime).toBe('2026-10-28T02:00:00.000Z');
    expect(result.article.lang).toBe('vi');
    expect(result.article.siteName).toBe('Tin Sông Hàn');
  });

  it('dates a page that states no date by the day its address files it under, and only then', () => {
    const html = readFileSync(resolve(FIXTURES, 'news--flood-da-nang-en.html'), 'utf8');
    // The same page without its date and canonical link: the address it was read at gives the day.
    const undated = html.replace(/<meta[^>]*published_time[^>]*>/gi, '').replace(/<link[^>]*canonical[^>]*>/gi, '').replace(/"datePublished"\s*:\s*"[^"]*",?/g, '').replace(/<time[^>]*>/gi, '');
    const read = (doc: string, url: string) => {
      const result = extractArticle(parseHtml(doc), { url, detectLanguage });
      if (!result.ok) throw new Error(result.message);
      return result.article.publishedTime;
    };
    expect(read(undated, 'https://news.example/world/2026/10/27/flood-da-nang')).toBe('2026-10-27T00:00:00.000Z');
    expect(read(undated, 'https://news.example/world/flood-da-nang')).toBeNull();
    // A date the page states stands over its address's.
    expect(read(html, 'https://news.example/world/2026/10/27/flood-da-nang')).toBe('2026-10-28T07:30:00.000Z');
  });

  it('says plainly that a page is not an article', () => {
    const result = extractArticle(page('not-article--search-results.html'), { url: 'http://127.0.0.1/search' });
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('reads broken HTML (unclosed tags) as an article', () => {
    const result = extractArticle(page('broken--unclosed-tags.html'), { url: 'http://127.0.0.1/crane', force: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('Haiphong');
    expect(result.article.text).toContain('Shipping lines said delays');
  });

  it('never changes the document it reads', () => {
    const doc = page('news--flood-da-nang-en.html');
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: 'http://127.0.0.1/x' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('refuses an empty body with a clear message', () => {
    const result = extractArticle(parseHtml('<html><body>   </body></html>'), { url: 'http://127.0.0.1/empty' });
    expect(result).toMatchObject({ ok: false, reason: 'empty' });
    if (!result.ok) expect(result.message).toMatch(/no text/i);
  });

  it('refuses a huge page by its element count, quickly', () => {
    const html = `<html><body><article>${'<p><span>word</span> <b>x</b></p>'.repeat(60_000)}</article></body></html>`;
    const doc = parseHtml(html);
    const t0 = performance.now();
    const result = extractArticle(doc, { url: 'http://127.0.0.1/huge' });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('reads a 20 MB page of few elements without failing', () => {
    const para = 'The harbour authority said 3 cranes were damaged and 14 inspected. '.repeat(1500);
    const html = `<html lang="en"><body><article><h1>Big</h1>${`<p>${para}</p>`.repeat(200)}</article></body></html>`;
    expect(html.length).toBeGreaterThan(20_000_000);
    const result = extractArticle(parseHtml(html), { url: 'http://127.0.0.1/big' });
    expect(result.ok).toBe(true);
  });

  it('turns an exception inside Readability into a clear failure', () => {
    const doc = page('news--flood-da-nang-en.html');
    (doc as unknown as { cloneNode: () => never }).cloneNode = () => {
      throw new Error('boom');
    };
    const result = extractArticle(doc, { url: 'http://127.0.0.1/x' });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    if (!result.ok) expect(result.message).toContain('boom');
  });
});
