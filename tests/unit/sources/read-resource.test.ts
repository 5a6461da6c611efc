import { describe, expect, it } from 'vitest';
import type { FetchedResource } from '../../../lib/sources/fetch-resource.ts';
import { readResource } from '../../../lib/sources/read-resource.ts';
import { ORIGIN, site } from './fake-fetch.ts';

function resource(name: string, mime: string, kind: FetchedResource['kind'], path = '/x'): FetchedResource {
  return { url: ORIGIN + path, status: 200, mime, charset: 'utf-8', kind, bytes: new TextEncoder().encode(site(name)), etag: null, lastModified: null };
}

describe('readResource', () => {
  it.each([
    ['news--caldera-port-en.html', 'en', 'The Harbour Ledger'],
    ['news--caldera-port-fr.html', 'fr', 'Le Courrier Maritime'],
    ['news--caldera-port-pt.html', 'pt', 'Diário do Porto'],
    ['news--caldera-port-vi.html', 'vi', 'Tin Cảng Biển'],
    ['news--caldera-port-zh.html', 'zh', '港口新闻'],
    ['news--rail-strike-de.html', 'de', 'Nordkurier Wirtschaft'],
    ['news--rail-strike-es.html', 'es', 'Diario del Puerto'],
    ['news--rail-strike-it.html', 'it', 'Corriere del Porto'],
  ])('an article page: %s (%s)', (name, lang, siteName) => {
    const reading = readResource(resource(name, 'text/html', 'html'), 'any');
    if (reading.kind !== 'article') throw new Error(`expected an article, got ${reading.kind}`);
    expect(reading.article).toMatchObject({ lang, siteName, url: `${ORIGIN}/x` });
    expect(reading.article.text.length).toBeGreaterThan(300);
    expect(reading.article.publishedTime).toMatch(/^2024-04-1\dT/);
  });

  it('an article page that advertises a feed is still the article, with its feeds', () => {
    const reading = readResource(resource('news--caldera-port-en.html', 'text/html', 'html'), 'any');
    expect(reading.kind === 'article' && reading.feeds).toEqual([{ url: `${ORIGIN}/ledger/feed.xml`, title: 'The Harbour Ledger', format: 'rss' }]);
  });

  it('a home page that advertises a feed means the feed (the main one, not comments)', () => {
    const reading = readResource(resource('home--harbour-ledger.html', 'text/html', 'html'), 'any');
    expect(reading.kind).toBe('feed-page');
    expect(reading.kind === 'feed-page' && reading.feeds[0]!.url).toBe(`${ORIGIN}/ledger/feed.xml`);
  });

  it.each([
    ['feed--ledger.rss.xml', 'application/rss+xml', 'feed', 'rss'],
    ['feed--diario.atom.xml', 'application/atom+xml', 'feed', 'atom'],
    ['feed--tincang.json', 'application/feed+json', 'feed', 'json'],
    ['feed--rail-1.rss.xml', 'text/xml', 'xml', 'rss'],
  ] as const)('a feed: %s', (name, mime, kind, format) => {
    const reading = readResource(resource(name, mime, kind), 'any');
    expect(reading.kind === 'feed' && reading.feed.format).toBe(format);
  });

  it('a feed URL that now serves plain text: not XML', () => {
    expect(readResource(resource('feed--not-xml.txt', 'text/plain', 'text'), 'feed')).toEqual({
      kind: 'error',
      error: { code: 'not-xml', params: [`${ORIGIN}/x`] },
    });
  });

  it('a feed where an article page was expected is no article', () => {
    expect(readResource(resource('feed--ledger.rss.xml', 'application/rss+xml', 'feed'), 'article')).toMatchObject({ kind: 'error', error: { code: 'not-article' } });
  });

  it('JSON that is no feed is nothing Parallax reads', () => {
    const r: FetchedResource = { ...resource('feed--tincang.json', 'application/json', 'json'), bytes: new TextEncoder().encode('{"a":1}') };
    expect(readResource(r, 'any')).toMatchObject({ kind: 'error', error: { code: 'unsupported-type', params: ['application/json'] } });
  });

  it('plain text is an article as it is', () => {
    const reading = readResource(resource('text--harbour-note-en.txt', 'text/plain', 'text'), 'any');
    expect(reading.kind === 'article' && reading.article.title).toBe('Caldera harbour master: 1,250 containers damaged');
  });

  it('an empty body is an error', () => {
    const r: FetchedResource = { ...resource('feed--tincang.json', 'text/html', 'html'), bytes: new TextEncoder().encode('   ') };
    expect(readResource(r, 'any')).toMatchObject({ kind: 'error', error: { code: 'empty' } });
  });
});
