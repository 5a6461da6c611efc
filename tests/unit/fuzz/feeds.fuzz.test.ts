import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/extract/parse-html.ts';
import { discoverFeeds } from '../../../lib/feeds/discover-feeds.ts';
import { MAX_FEED_ITEMS, type FeedParseResult } from '../../../lib/feeds/feed-types.ts';
import { parseFeed } from '../../../lib/feeds/parse-feed.ts';
import { fuzzRuns, fuzzTimeout, withinTime } from './fuzz-settings.ts';

/**
 * Door 3: feeds, which any site serves and Parallax reads unattended. parseFeed answers with a result, never an
 * exception; items link to http(s) pages only; nothing hangs. Cases are the fixtures, mutated (cut, junk injected,
 * tags swapped, fields made huge, JSON values of the wrong type), and feeds generated whole.
 */

const DIR = resolve(import.meta.dirname, '../../fixtures/feeds');
const FIXTURES = readdirSync(DIR).filter((f) => /\.(xml|json)$/.test(f) && !f.endsWith('.expected.json')).map((f) => readFileSync(resolve(DIR, f), 'utf8'));
const XML_FIXTURES = FIXTURES.filter((f) => f.trimStart().startsWith('<'));
const JSON_FIXTURES = FIXTURES.filter((f) => f.trimStart().startsWith('{'));

const CASE_MS = 2000;
const HUGE = ['x'.repeat(300_000), '<p>para</p>'.repeat(30_000), '&amp;'.repeat(50_000), '港'.repeat(100_000)];
const SCRIPT = 'SCRIPTMARK';
const BAD_LINKS = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<p>x</p>', 'file:///etc/passwd', 'vbscript:x', 'mailto:a@b.c', 'ftp://x.example/', 'http://', '//', 'https://[::1', 'about:blank', 'blob:https://a.example/x'];

const JUNK = [
  '<', '>', '&', '&amp;', '&#0;', '&#xFFFE;', '&#x110000;', '&undefined;', ']]>', '<![CDATA[', '<!--', '-->', '\u0000', '\ufffe', '\ud800', '\ufeff',
  '<?xml version="1.0"?>', '<!DOCTYPE rss [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;&x;&x;&x;&x;">]>', '&y;',
  '<item>', '</item>', '<entry>', '</entry>', '</channel>', '</feed>', '</rss>', '<channel>', '<rss>', '<feed>', '<html>',
  ...BAD_LINKS.flatMap((u) => [`<link>${u}</link>`, `<guid>${u}</guid>`, `<link href="${u.replace(/"/g, '')}"/>`, `<atom:link rel="alternate" href="${u.replace(/"/g, '')}"/>`]),
  ' xml:base="javascript:alert(1)/" ', '<item><link>javascript:alert(1)</link><title>x</title></item>',
  '<entry><link href="javascript:x"/><title type="xhtml"><div><script>x</script></div></title></entry>',
  '<content type="xhtml"><div><script>alert(1)</script></div></content>', '<description><![CDATA[<script>alert(1)</script>]]></description>',
  '<item></item>'.repeat(700), '<entry></entry>'.repeat(700), ...HUGE,
];

/** A position as a fraction of the text's length; unbiased, or nearly every cut would be at the very start or end. */
const position = fc.noBias(fc.integer({ min: 0, max: 10_000 })).map((n) => n / 10_000);

/** Cuts and splices, applied one after another at positions given as fractions of the current length. */
const xmlMutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('inject' as const), at: position, junk: fc.constantFrom(...JUNK) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant('swap' as const),
    from: fc.constantFrom('item', 'entry', 'link', 'guid', 'title', 'description', 'content', 'channel', 'rss', 'feed', 'id', 'summary', 'pubDate', 'content:encoded', 'rdf:RDF'),
    to: fc.constantFrom('item', 'entry', 'link', 'guid', 'title', 'description', 'content', 'html', 'atom:link', 'x', 'dc:date', 'script'),
  }),
  fc.record({ kind: fc.constant('huge' as const), tag: fc.constantFrom('title', 'description', 'link', 'guid', 'content', 'summary', 'id', 'name'), huge: fc.constantFrom(...HUGE) }),
);
type XmlMutation = typeof xmlMutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: XmlMutation): string {
  const at = 'at' in m ? Math.floor(m.at * text.length) : 0;
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'inject':
      return text.slice(0, at) + m.junk + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at);
    case 'swap':
      return text.replaceAll(`<${m.from}`, `<${m.to}`).replaceAll(`</${m.from}>`, `</${m.to}>`);
    case 'huge':
      return text.replace(new RegExp(`(<${m.tag}[^>]*>)[^<]*`), `$1${m.huge}`);
  }
}

const FEED_URLS = ['https://feed.example/rss.xml', 'http://127.0.0.1:8080/feed', '', 'not a url', 'javascript:alert(1)', 'https://feed.example/a/b/'];
const feedUrl = fc.constantFrom(...FEED_URLS);

function isHttpUrl(url: string): boolean {
  const parsed = new URL(url);
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.href === url;
}

const FORMATS = new Set(['rss', 'atom', 'json']);
const CODES = new Set(['not-xml', 'not-feed', 'empty']);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The invariants of any parse: a result of the documented shape, items with http(s) links or none. */
function checkResult(result: FeedParseResult): void {
  if (!result.ok) {
    expect(CODES.has(result.code), result.code).toBe(true);
    expect(typeof result.message).toBe('string');
    return;
  }
  const { feed } = result;
  expect(FORMATS.has(feed.format)).toBe(true);
  expect(feed.title).toBe(oneLine(feed.title));
  if (feed.siteUrl !== null) expect(isHttpUrl(feed.siteUrl), feed.siteUrl).toBe(true);
  if (feed.lang !== null) expect(typeof feed.lang).toBe('string');
  expect(feed.items.length).toBeLessThanOrEqual(MAX_FEED_ITEMS);
  for (const item of feed.items) {
    expect(typeof item.id).toBe('string');
    if (item.url !== null) expect(isHttpUrl(item.url), item.url).toBe(true);
    expect(item.title).toBe(oneLine(item.title));
    if (item.publishedTime !== null) expect(new Date(item.publishedTime).toISOString()).toBe(item.publishedTime);
    if (item.author !== null) expect(item.author).toBe(oneLine(item.author) || 'a non-empty author');
    expect(typeof item.text).toBe('string');
  }
}

function parseChecked(body: string, url: string): FeedParseResult {
  const result = withinTime(CASE_MS, () => {
    try {
      return parseFeed(body, url);
    } catch (error) {
      throw new Error(`parseFeed threw: ${String(error)}`);
    }
  });
  checkResult(result);
  return result;
}

describe('fuzz: mutated feeds', () => {
  it(
    'XML feeds cut, spliced, swapped and swollen: a result, never an exception; http(s) links only; quickly',
    () => {
      let runs = 0;
      let items = 0;
      fc.assert(
        fc.property(fc.constantFrom(...XML_FIXTURES), fc.array(xmlMutation, { minLength: 1, maxLength: 4 }), feedUrl, (fixture, mutations, url) => {
          runs++;
          const result = parseChecked(mutations.reduce(mutate, fixture), url);
          if (result.ok) items += result.feed.items.length;
        }),
        fuzzRuns(1500, 0xfeed01),
      );
      // Mutants must still be read as feeds with items often enough for the item checks to check something.
      expect(items / runs).toBeGreaterThan(0.5);
    },
    // A ceiling against a hang only (each case's time is checked by parseChecked): 12-15 s alone, past 40 s once in
    // CI beside other test files on the same two cores.
    fuzzTimeout(120_000),
  );

  /** Replaces the value at a path of keys and indices (where the path exists) with another. */
  function setAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
    if (!path.length) return replacement;
    const [head, ...rest] = path;
    if (Array.isArray(value) && value.length) {
      const i = Number(head) % value.length;
      return value.map((v, j) => (j === Math.abs(i) ? setAt(v, rest, replacement) : v));
    }
    if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      const key = typeof head === 'string' ? head : keys[Math.abs(head!) % Math.max(1, keys.length)] ?? 'x';
      return { ...value, [key]: setAt((value as Record<string, unknown>)[key], rest, replacement) };
    }
    return replacement;
  }

  const JSON_KEYS = ['items', 'url', 'external_url', 'id', 'title', 'content_html', 'content_text', 'summary', 'date_published', 'authors', 'author', 'name', 'home_page_url', 'language', 'version'];
  const jsonReplacement = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(...BAD_LINKS, ...HUGE, `<p>x</p><script>${SCRIPT}</script>`, null, [], {}, -1, 1e308, true),
    fc.constant(Array.from({ length: 800 }, (_, i) => ({ id: i, url: `https://a.example/${i}` }))),
  );
  const jsonPath = fc.array(fc.oneof(fc.constantFrom(...JSON_KEYS), fc.nat(5)), { minLength: 1, maxLength: 4 });

  it(
    'JSON feeds with values of the wrong type, links of the wrong scheme, cut short: a result, never an exception',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...JSON_FIXTURES),
          fc.array(fc.tuple(jsonPath, jsonReplacement), { minLength: 1, maxLength: 4 }),
          fc.option(position, { freq: 4 }),
          feedUrl,
          (fixture, edits, cut, url) => {
            const edited = JSON.stringify(edits.reduce((json, [path, value]) => setAt(json, path, value), JSON.parse(fixture) as unknown));
            parseChecked(cut === null ? edited : edited.slice(0, Math.floor(cut * edited.length)), url);
          },
        ),
        fuzzRuns(1500, 0xfeed02),
      );
    },
    fuzzTimeout(40_000),
  );

  it(
    'arbitrary text and JSON: a result, never an exception',
    () => {
      const body = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        fc.string({ unit: fc.constantFrom('<', '>', '/', 'rss', 'feed', 'item', 'entry', 'link', ' ', '"', '=', '&', ';', '{', '}', '[', ']', ':', 'x'), maxLength: 200 }),
      );
      fc.assert(
        fc.property(body, feedUrl, (text, url) => {
          parseChecked(text, url);
        }),
        fuzzRuns(1500, 0xfeed03),
      );
    },
    fuzzTimeout(20_000),
  );
});

// Feeds generated whole: every item carries a script in its HTML, and a link of a random kind.
const itemLink = fc.oneof(
  fc.constantFrom(...BAD_LINKS),
  fc.constantFrom('https://news.example/a', '/relative/b', 'c?d=1', '//cdn.example/e', 'HTTPS://NEWS.EXAMPLE/F', ' https://news.example/g '),
);
const itemHtml = fc
  .array(fc.constantFrom('<p>Port reopens.</p>', `<script>${SCRIPT}()</script>`, `<style>.${SCRIPT}{}</style>`, '<b>About 1,200</b>', '<noscript>x</noscript>', '<br>', 'plain & simple'), { minLength: 1, maxLength: 6 })
  .map((parts) => `${parts.join('')}<script>${SCRIPT}</script>`);
const generatedItem = fc.record({ title: fc.constantFrom('Port reopens', 'Cảng mở cửa', '港口重新开放', '  spaced\n\ttitle  ', ''), link: itemLink, html: itemHtml, escape: fc.constantFrom('cdata', 'entities') });

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const wrap = (html: string, escape: 'cdata' | 'entities') => (escape === 'cdata' ? `<![CDATA[${html}]]>` : xmlText(html));

function feedBody(format: 'rss' | 'atom' | 'json', items: Array<typeof generatedItem extends fc.Arbitrary<infer T> ? T : never>): string {
  switch (format) {
    case 'rss':
      return `<rss version="2.0"><channel><title>T</title><link>https://news.example/</link>${items
        .map((i) => `<item><title>${xmlText(i.title)}</title><link>${xmlText(i.link)}</link><description>${wrap(i.html, i.escape)}</description></item>`)
        .join('')}</channel></rss>`;
    case 'atom':
      return `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${items
        .map((i) => `<entry><title>${xmlText(i.title)}</title><link href="${xmlText(i.link)}"/><content type="html">${wrap(i.html, i.escape)}</content></entry>`)
        .join('')}</feed>`;
    default:
      return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: items.map((i) => ({ id: i.title, url: i.link, title: i.title, content_html: i.html })) });
  }
}
const generatedFeed = fc.record({ format: fc.constantFrom('rss' as const, 'atom' as const, 'json' as const), items: fc.array(generatedItem, { maxLength: 8 }) });
const GOOD_LINK = /^\s*(https?:\/\/\w|\/\/\w|\/\w|\w+\?)/i;

describe('fuzz: generated feeds', () => {
  it(
    'every item is read, with an http(s) link or none, and no script or style text',
    () => {
      fc.assert(
        fc.property(generatedFeed, fc.constantFrom('https://news.example/feed', 'http://127.0.0.1/feed'), ({ format, items }, url) => {
          const result = parseChecked(feedBody(format, items), url);
          if (!result.ok) throw new Error(`a well-formed feed was refused: ${result.message}`);
          expect(result.feed.items).toHaveLength(items.length);
          result.feed.items.forEach((item, i) => {
            expect(item.text).not.toContain(SCRIPT);
            // A link that is a web address, absolute or relative, is kept (resolved); any other is dropped.
            expect(item.url !== null, items[i]!.link).toBe(GOOD_LINK.test(items[i]!.link));
          });
        }),
        fuzzRuns(1000, 0xfeed04),
      );
    },
    fuzzTimeout(20_000),
  );
});

// Pages advertising feeds: <link> elements of every kind.
const linkElement = fc
  .record({
    rel: fc.constantFrom('alternate', 'ALTERNATE', 'alternate home', 'stylesheet', '', 'feed', ' alternate '),
    type: fc.constantFrom('application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'APPLICATION/RSS+XML; charset=utf-8', 'text/html', '', 'application/rdf+xml'),
    title: fc.option(fc.constantFrom('News', 'Comments feed', 'JSON Feed', '', '\n  spaced  \n', 'x'.repeat(5000))),
    href: fc.oneof(fc.constantFrom(...BAD_LINKS), fc.constantFrom('/feed.xml', 'https://other.example/atom', 'feed.json', '/comments/feed', '', '  /feed.xml  ', `/${'p'.repeat(10_000)}`)),
  })
  .map(({ rel, type, title, href }) => `<link rel="${rel}" type="${type}"${title === null ? '' : ` title="${xmlText(title)}"`} href="${xmlText(href)}">`);

describe('fuzz: feed discovery', () => {
  it(
    'finds only http(s) feeds, each once, main feeds before comment feeds, on any page',
    () => {
      fc.assert(
        fc.property(fc.array(linkElement, { maxLength: 12 }), fc.boolean(), fc.constantFrom(...FEED_URLS), (links, inBody, pageUrl) => {
          const head = inBody ? '' : links.join('');
          const doc = parseHtml(`<!doctype html><html><head>${head}</head><body><p>x</p>${inBody ? links.join('') : ''}</body></html>`);
          const found = discoverFeeds(doc, pageUrl);
          expect(new Set(found.map((f) => f.url)).size).toBe(found.length);
          let comments = false;
          for (const f of found) {
            expect(isHttpUrl(f.url), f.url).toBe(true);
            expect(f.format === null || FORMATS.has(f.format)).toBe(true);
            const isComments = /comment/i.test(`${f.title ?? ''} ${f.url}`);
            if (comments) expect(isComments).toBe(true);
            comments ||= isComments;
          }
        }),
        fuzzRuns(1000, 0xfeed05),
      );
    },
    fuzzTimeout(20_000),
  );
});
