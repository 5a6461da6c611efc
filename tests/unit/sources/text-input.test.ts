import { analyzeArticle } from '../../../lib/analysis/analyze-article.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/extract/parse-html.ts';
import { articleFromPage } from '../../../lib/sources/page-article.ts';
import { articleFromFile, articleFromPaste } from '../../../lib/sources/text-input.ts';
import { SITE } from './fake-fetch.ts';

describe('pasted text and files', () => {
  it('a paste keeps the title, address and date the reader gave, and the site from the address', () => {
    const out = articleFromPaste({ text: readFileSync(resolve(SITE, 'text--harbour-note-en.txt'), 'utf8'), title: 'Revised', url: 'https://www.notes.example/a', publishedTime: '2024-04-13T00:00:00Z' });
    expect(out.ok && out.article).toMatchObject({ title: 'Revised', url: 'https://www.notes.example/a', siteName: 'notes.example', publishedTime: '2024-04-13T00:00:00.000Z' });
    // The language is the analysis's to detect, from the text.
    expect(out.ok && analyzeArticle(out.article).lang).toBe('en');
  });

  it('an empty paste is an error', () => {
    expect(articleFromPaste({ text: ' \n ', title: null, url: null, publishedTime: null })).toEqual({ ok: false, error: { code: 'empty', params: ['text'] } });
  });

  it('a saved page is read as an article; a text file as it is', () => {
    const html = articleFromPage('bahn.html', parseHtml(readFileSync(resolve(SITE, 'news--rail-strike-de.html'), 'utf8')));
    expect(html.ok && html.article).toMatchObject({ lang: 'de', title: 'Bahnstreik legt Güterverkehr im Norden lahm', url: '' });
    const text = articleFromFile({ name: 'note.txt', type: 'text', content: 'Caldera\n\nThe port reopened.' });
    expect(text.ok && text.article.title).toBe('Caldera');
    expect(articleFromPage('x.html', parseHtml('<html><body></body></html>'))).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(articleFromFile({ name: 'blank.txt', type: 'text', content: ' \n ' })).toMatchObject({ ok: false, error: { code: 'empty', params: ['blank.txt'] } });
  });

  it('a file without a date of its own is dated by the day its name gives', () => {
    const text = articleFromFile({ name: 'es_libia_2011-03-20.txt', type: 'text', content: 'Zona de exclusión\n\nLa ONU vota.' });
    expect(text.ok && text.article.publishedTime).toBe('2011-03-20T00:00:00.000Z');
    expect(articleFromFile({ name: 'note.txt', type: 'text', content: 'Caldera\n\nThe port reopened.' })).toMatchObject({ ok: true, article: { publishedTime: null } });
    const page = { url: '', title: 'Port', byline: null, siteName: null, publishedTime: '2011-03-21T09:00:00.000Z', lang: 'en', text: 'The port reopened.', excerpt: '' };
    // A page's own date stands over its file's name.
    expect(articleFromFile({ name: '2011-03-20.html', type: 'article', article: page })).toMatchObject({ ok: true, article: { publishedTime: '2011-03-21T09:00:00.000Z' } });
    expect(articleFromFile({ name: '2011-03-20.html', type: 'article', article: { ...page, publishedTime: null } })).toMatchObject({ ok: true, article: { publishedTime: '2011-03-20T00:00:00.000Z' } });
  });

  it('a page the options page read is stored as its article, under its file name when it has no title', () => {
    const article = { url: '', title: '', byline: null, siteName: null, publishedTime: null, lang: 'en', text: 'The port reopened.', excerpt: '' };
    expect(articleFromFile({ name: 'port.html', type: 'article', article })).toEqual({ ok: true, article: { ...article, title: 'port.html' } });
    expect(articleFromFile({ name: 'blank.html', type: 'article', article: { ...article, text: ' \n ' } })).toMatchObject({ ok: false, error: { code: 'empty', params: ['blank.html'] } });
  });
});
