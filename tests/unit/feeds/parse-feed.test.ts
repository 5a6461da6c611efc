import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../lib/feeds/parse-feed.ts';
import { matchBaseline } from '../../support/fixture-baseline.ts';

const DIR = resolve(import.meta.dirname, '../../fixtures/feeds');
const read = (name: string) => readFileSync(resolve(DIR, name), 'utf8');
const FEEDS = readdirSync(DIR).filter((f) => /^(rss|atom|json|rdf)--.*\.(xml|json)$/.test(f) && !f.endsWith('.expected.json'));
const FEED_URL: Record<string, string> = {
  'rss--harbour-ledger-en.xml': 'https://ledger.example/feed.xml',
  'atom--diario-do-porto-pt.xml': 'https://diario.example/atom.xml',
  'json--tin-cang-vi.json': 'https://tincang.example/feed.json',
  'rss--xinwen-zh.xml': 'https://xinwen.example/rss',
  'rdf--nachrichten-de.xml': 'https://nachrichten.example/rdf',
};

describe('parseFeed: each fixture against its reviewed baseline', () => {
  it('has one fixture of each format', () => {
    const formats = new Set(FEEDS.map((f) => f.split('--')[0]));
    expect([...formats].sort()).toEqual(['atom', 'json', 'rdf', 'rss']);
    for (const f of FEEDS) expect(FEED_URL[f], `feed URL for ${f}`).toBeDefined();
  });

  for (const name of FEEDS) {
    it(name, () => {
      const result = parseFeed(read(name), FEED_URL[name]!);
      expect(result.ok).toBe(true);
      const { expected } = matchBaseline(resolve(DIR, name.replace(/\.(xml|json)$/, '.expected.json')), result);
      expect(result).toEqual(expected);
    });
  }
});

describe('parseFeed: what each format gives', () => {
  it('RSS 2.0: guid as id, relative links resolved, RFC 822 dates, content:encoded as text, no script text', () => {
    const result = parseFeed(read('rss--harbour-ledger-en.xml'), 'https://ledger.example/feed.xml');
    if (!result.ok) throw new Error(result.message);
    const [first, second, third] = result.feed.items;
    expect(result.feed).toMatchObject({ format: 'rss', title: 'The Harbour Ledger & Gazette', siteUrl: 'https://ledger.example/', lang: 'en-gb' });
    expect(first).toMatchObject({ id: 'ledger-2024-0412', url: 'https://ledger.example/news/caldera-port-reopens', author: 'Mara Quill' });
    expect(first!.publishedTime).toBe('2024-04-12T07:30:00.000Z');
    expect(first!.text).toContain('About 1,200 containers were damaged');
    expect(first!.text).not.toContain('alert');
    expect(second).toMatchObject({ url: 'https://ledger.example/news/dock-workers-vote', title: 'Dock workers vote on new contract', id: 'https://ledger.example/news/dock-workers-vote' });
    expect(second!.text).toBe('Union members vote this week.');
    // A permalink guid is the item's link; a date that does not parse is no date.
    expect(third).toMatchObject({ url: 'https://ledger.example/news/ferry-timetable', publishedTime: null });
  });

  it('Atom: xml:base, alternate link, html title and content, xhtml content, published before updated', () => {
    const result = parseFeed(read('atom--diario-do-porto-pt.xml'), 'https://diario.example/atom.xml');
    if (!result.ok) throw new Error(result.message);
    const [first, second] = result.feed.items;
    expect(result.feed).toMatchObject({ format: 'atom', title: 'Diário do Porto', siteUrl: 'https://diario.example/', lang: 'pt-BR' });
    expect(first).toMatchObject({
      url: 'https://diario.example/noticias/porto-reabre',
      title: 'Porto de Caldera reabre; cerca de 1.300 contêineres danificados',
      publishedTime: '2024-04-12T12:15:00.000Z',
      author: 'Joana Ribeiro',
    });
    expect(first!.text).toBe('O porto de Caldera reabriu na sexta-feira.\n\nCerca de 1.300 contêineres foram danificados.');
    expect(second).toMatchObject({ url: 'https://diario.example/noticias/greve-termina', text: 'A greve terminou na quarta-feira.' });
  });

  it('JSON Feed: numeric ids, external_url, content_html, authors; junk items skipped', () => {
    const result = parseFeed(read('json--tin-cang-vi.json'), 'https://tincang.example/feed.json');
    if (!result.ok) throw new Error(result.message);
    expect(result.feed.items).toHaveLength(2);
    expect(result.feed.items[0]).toMatchObject({ author: 'Lê Minh', text: 'Cảng Caldera đã mở cửa trở lại vào thứ Sáu.\n\nKhoảng 1.100 container bị hư hại.' });
    expect(result.feed.items[1]).toMatchObject({ id: '42', url: 'https://tincang.example/tin/cong-nhan-cang' });
  });

  it('RSS 1.0 (RDF): items beside the channel', () => {
    const result = parseFeed(read('rdf--nachrichten-de.xml'), 'https://nachrichten.example/rdf');
    if (!result.ok) throw new Error(result.message);
    expect(result.feed).toMatchObject({ format: 'rss', lang: 'de' });
    expect(result.feed.items[0]).toMatchObject({ url: 'https://nachrichten.example/hafen-caldera', publishedTime: '2024-04-12T05:00:00.000Z' });
  });
});

describe('parseFeed: what is not a feed', () => {
  it.each([
    ['malformed--not-xml.xml', 'not-xml'],
    ['malformed--web-page.xml', 'not-feed'],
    ['malformed--sitemap.xml', 'not-feed'],
    ['malformed--json-not-feed.json', 'not-feed'],
  ])('%s -> %s', (name, code) => {
    const result = parseFeed(read(name), 'https://example.org/feed');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(code);
  });

  it('empty and broken JSON', () => {
    expect(parseFeed('  \n', 'https://x.example/')).toMatchObject({ ok: false, code: 'empty' });
    expect(parseFeed('{"version": "https://jsonfeed.org/version/1", ', 'https://x.example/')).toMatchObject({ ok: false, code: 'not-feed' });
  });

  it('a truncated RSS file is read leniently, up to where it stops', () => {
    const result = parseFeed(read('malformed--truncated-rss.xml'), 'https://cut.example/feed');
    if (!result.ok) throw new Error(result.message);
    expect(result.feed.items[0]).toMatchObject({ title: 'First item', url: 'https://cut.example/1' });
  });

  it('never yields a link that is not http(s)', () => {
    const xml = '<rss><channel><item><title>x</title><link>javascript:alert(1)</link></item><item><title>y</title><link>data:text/html,hi</link></item></channel></rss>';
    const result = parseFeed(xml, 'https://x.example/feed');
    if (!result.ok) throw new Error(result.message);
    expect(result.feed.items.map((i) => i.url)).toEqual([null, null]);
  });

  it('caps the number of items and stays fast on a large feed', () => {
    const items = Array.from({ length: 3000 }, (_, i) => `<item><title>Item ${i}</title><link>https://x.example/${i}</link><description>Text ${i}</description></item>`).join('');
    const started = performance.now();
    const result = parseFeed(`<rss><channel>${items}</channel></rss>`, 'https://x.example/feed');
    expect(performance.now() - started).toBeLessThan(3000);
    if (!result.ok) throw new Error(result.message);
    expect(result.feed.items).toHaveLength(500);
  });
});
