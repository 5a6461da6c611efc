import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { parseHtml } from '../../../lib/extract/parse-html.ts';
import { articleFromText } from '../../../lib/extract/text-article.ts';
import type { ExtractResult } from '../../../lib/model/article.ts';
import { LIMITS } from '../../../lib/model/limits.ts';
import { validateArticle } from '../../../lib/protocol/validate-fields.ts';
import { fuzzRuns, fuzzTimeout, withinTime } from './fuzz-settings.ts';

/**
 * Door 1: HTML from pages (the content script's document, fetched pages parsed by linkedom) and pasted text. Pages
 * are generated from a small grammar of the markup that breaks extractors: scripts and styles, event handlers,
 * javascript: URLs, unclosed and stray tags, entities, bidi marks, CJK, huge attributes, deep nesting.
 */

// Text markers that only ever appear inside scripts, styles and attribute values: article text must not show them.
const SCRIPT = 'SCRIPTMARK';
const STYLE = 'STYLEMARK';
const ATTR = 'ATTRMARK';
const MARKERS = [SCRIPT, STYLE, ATTR];

/** A case that takes longer than this hangs, as far as a reader waiting for the popup is concerned. */
const CASE_MS = 2500;

const HUGE = ['x'.repeat(70_000), `${ATTR} `.repeat(20_000), '\u202e'.repeat(30_000), '港'.repeat(50_000)];

const WORDS = [
  'The port of Caldera reopened on Friday, four days after the storm.',
  'About 1,200 containers were damaged, the harbour master said.',
  'Cảng Caldera đã mở cửa trở lại vào thứ Sáu.', 'Khoảng 1.100 container bị hư hại.',
  '卡尔德拉港重新开放。约1000个集装箱受损。', '據港務局稱，約有一千二百個貨櫃受損。',
  'مرحبا بالعالم', 'שלום עולם', 'около 15 000 военнослужащих', 'mehr als 14.000 Soldaten',
  '\u200f', '\u200e', '\u202e', '\u2066', '\u2069', '\u00a0', '\u2028', '\t', '\n', '\r\n', '   ',
  '&amp;', '&lt;', '&gt;', '&nbsp;', '&#x202E;', '&#0;', '&#xD800;', '&#99999999;', '&bogus;', '&', '&#', '&lt;script&gt;',
  '<', '>', '</', '<!-- a comment -->', '<!--', '-->', '<![CDATA[x]]>', '<?xml version="1.0"?>', '<!doctype html>',
  '</div>', '</p>', '</article>', '</body>', '</html>', '<html>', '<body>', '<head>', '</table>', '</script>', '</style>',
  '14,000', '½', '😀', '\ud800', 'e\u0301', 'ﷺ', '\ufeff',
];

const LINK_URLS = [
  'https://news.example/a', '/relative/path', '//other.example/x', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)',
  'data:text/html,<p>x</p>', 'vbscript:x', 'file:///etc/passwd', 'http://', 'https://[::1', '', '#top', 'mailto:a@b.c',
];

const attribute = fc.oneof(
  fc.constantFrom(
    'class="content"', 'class="article-body story"', 'class="comment sidebar ad"', 'id="main"', 'itemprop="articleBody"',
    'lang="vi"', 'dir="rtl"', 'dir="ltr"', 'hidden', 'style="display:none"', 'aria-hidden="true"', 'role="main"',
    'role="dialog"', 'class', '=""', 'a=b=c', 'x"y"', "title='single'", 'title=unquoted',
  ),
  fc.constantFrom('onclick', 'onload', 'onerror', 'onmouseover', 'ONFOCUS').map((on) => `${on}="${ATTR}()"`),
  fc.constantFrom('href', 'src', 'action', 'formaction', 'srcset').map((name) => `${name}="javascript:${ATTR}()"`),
  fc.constantFrom(...LINK_URLS).map((u) => `href="${u.replace(/"/g, '&quot;')}"`),
  fc.constantFrom(...HUGE).map((v) => `data-x="${v}"`),
  // An attribute whose quote never closes swallows the markup after it into its value.
  fc.constant(`title="${ATTR} `),
);

const attributes = fc.array(attribute, { maxLength: 3 }).map((list) => list.map((a) => ` ${a}`).join(''));
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));

const SCRIPT_BODY = [SCRIPT, 'var a = "<p>not text</p>";', 'if (a < b && c > d) {}', "document.write('<div>')", '/* </div> */', SCRIPT];
const STYLE_BODY = [`${STYLE}{color:red}`, 'p > a { content: "<b>" }', '@media print { .x { display: none } }', STYLE];

const script = fc.tuple(attributes, fc.array(fc.constantFrom(...SCRIPT_BODY), { minLength: 1, maxLength: 4 }), fc.boolean()).map(
  ([attrs, body, ldJson]) => `<script${ldJson ? ' type="application/ld+json"' : attrs}>${body.join('\n')}</script>`,
);
const style = fc.tuple(attributes, fc.array(fc.constantFrom(...STYLE_BODY), { minLength: 1, maxLength: 3 })).map(
  ([attrs, body]) => `<style${attrs}>${body.join('\n')}</style>`,
);
const jsonLd = fc
  .record({
    type: fc.constantFrom('NewsArticle', 'Article', 'WebPage', ['NewsArticle'], 5),
    author: fc.constantFrom('Mara Quill', { name: 'Lê Minh' }, [{ name: 'A' }, 'B'], HUGE[0]!, { name: HUGE[3]! }, null, 42),
    date: fc.constantFrom('2024-04-12T07:30:00Z', 'yesterday', '99999-01-01', '', 12, '2024-13-45'),
    publisher: fc.constantFrom({ name: 'Harbour Post' }, HUGE[2]!, [], null),
  })
  .map(({ type, author, date, publisher }) => `<script type="application/ld+json">${JSON.stringify({ '@type': type, author, datePublished: date, publisher })}</script>`);

const VOID = ['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr'];
const CONTAINERS = [
  'article', 'p', 'div', 'span', 'a', 'table', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'ul', 'ol', 'li', 'b', 'i', 'em',
  'strong', 'blockquote', 'section', 'header', 'footer', 'nav', 'aside', 'main', 'figure', 'figcaption', 'pre', 'code',
  'font', 'center', 'form', 'button', 'select', 'option', 'iframe', 'noscript', 'template', 'svg', 'math', 'textarea',
  'title', 'x-custom', 'ruby', 'rt', 'bdi', 'bdo', 'sup', 'time', 'address', 'dl', 'dt', 'dd', 'object',
];

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', depthIdentifier: 'html', maxDepth: 7 },
    text,
    text,
    fc.tuple(fc.constantFrom(...VOID), attributes).map(([tag, attrs]) => `<${tag}${attrs}>`),
    fc
      .record({
        tag: fc.constantFrom(...CONTAINERS),
        attrs: attributes,
        children: fc.array(tie('node'), { maxLength: 6, depthIdentifier: 'html' }),
        closed: fc.boolean(),
      })
      .map(({ tag, attrs, children, closed }) => `<${tag}${attrs}>${children.join('')}${closed ? `</${tag}>` : ''}`),
    script,
    style,
  ),
}));

const HEAD = [
  '<title>Caldera port reopens</title>', `<title>${'Long title '.repeat(400)}</title>`, '<title></title>',
  '<meta name="author" content="Mara Quill">', `<meta name="author" content="${HUGE[0]}">`,
  '<meta property="og:site_name" content="Harbour Post">', `<meta property="og:site_name" content="${HUGE[3]}">`,
  `<meta name="description" content="${'A description long enough. '.repeat(200)}">`,
  '<meta property="article:published_time" content="2024-04-12T07:30:00Z">',
  '<meta property="article:published_time" content="not a date 2024">',
  '<link rel="canonical" href="javascript:alert(1)">', '<link rel="canonical" href="/news/caldera">',
  `<link rel="canonical" href="https://news.example/${'p'.repeat(5000)}">`, '<meta property="og:url" content="data:x">',
  '<base href="javascript:x">',
];

const LANGS = ['en', 'vi', 'zh-Hant-TW', 'pt_BR', '', 'x'.repeat(1000), '"><script>x</script>', 'ar', 'he', 'und'];

/** A page: a whole document, or a fragment (parseHtml wraps it), its markup from the grammar. */
const page = fc
  .record({
    head: fc.array(fc.oneof(fc.constantFrom(...HEAD), jsonLd, script, style), { maxLength: 5 }),
    body: fc.array(node, { minLength: 1, maxLength: 6 }),
    lang: fc.constantFrom(...LANGS),
    shape: fc.constantFrom('document', 'fragment', 'no-body', 'article'),
  })
  .map(({ head, body, lang, shape }) => {
    const inner = body.join('');
    switch (shape) {
      case 'document':
        return `<!doctype html><html lang="${lang}"><head>${head.join('')}</head><body>${inner}</body></html>`;
      case 'fragment':
        return head.join('') + inner;
      case 'no-body':
        return `<html lang="${lang}"><head>${head.join('')}</head>${inner}`;
      case 'article':
        return `<html><head>${head.join('')}</head><body><article><h1>Caldera</h1><p>${WORDS.slice(0, 4).join(' ')}</p>${inner}</article></body></html>`;
    }
  });

/** Markup nested far deeper than any page means it: unclosed wrappers, as broken templates leave them. */
const deepPage = fc
  .record({
    depth: fc.integer({ min: 50, max: 6000 }),
    tags: fc.array(fc.constantFrom('div', 'span', 'font', 'b', 'blockquote', 'table', 'li', 'a', 'p'), { minLength: 1, maxLength: 3 }),
    closed: fc.boolean(),
    inner: text,
  })
  .map(({ depth, tags, closed, inner }) => {
    const open = Array.from({ length: depth }, (_, i) => `<${tags[i % tags.length]}>`).join('');
    const close = closed ? Array.from({ length: depth }, (_, i) => `</${tags[(depth - 1 - i) % tags.length]}>`).join('') : '';
    return `<html><body><article><p>${WORDS.slice(0, 4).join(' ')}</p>${open}${inner} ${WORDS[1]}${close}</article></body></html>`;
  });

const pageUrl = fc.constantFrom('https://news.example/story?id=1', 'http://127.0.0.1:8080/x', '', 'not a url', 'javascript:alert(1)', 'file:///tmp/a.html');

/** Text of the document outside scripts and styles: the only places a marker may come from into the article. */
function textOutsideScripts(doc: Document): string {
  let out = '';
  const stack: Node[] = [doc.documentElement];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    if (n.nodeType !== 1 || /^(script|style)$/i.test((n as Element).tagName)) continue;
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  return out;
}

/**
 * Whether every attribute name is one a serializer writes back as it was read. Readability re-parses the body's
 * serialized markup when it retries; a name with a quote in it (`title="x ><br href="y"` leaves one) does not survive
 * that: the markup after it is read anew, and a script's or an attribute's text can come back as (plain) text. A
 * limit of Readability and of serializers, not of Parallax; such pages are left out of the marker checks.
 */
function plainAttributeNames(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('*')).every((el) => Array.from(el.attributes).every((a) => /^[^\s"'<>/=]+$/.test(a.name)));
}

const REASONS = new Set(['not-article', 'empty', 'too-large', 'failed']);

/** The invariants of any extraction; returns how many hidden markers (in scripts, styles, attributes) it checked. */
function checkResult(result: ExtractResult, doc: Document, html: string, url: string): number {
  if (!result.ok) {
    expect(REASONS.has(result.reason), result.reason).toBe(true);
    expect(typeof result.message).toBe('string');
    expect(result.message.length).toBeGreaterThan(0);
    return 0;
  }
  const a = result.article;
  const outside = textOutsideScripts(doc);
  let hidden = 0;
  // A marker only in scripts, styles or attribute values must not show in the text.
  if (plainAttributeNames(doc)) {
    for (const marker of MARKERS) {
      if (!html.includes(marker) || outside.includes(marker)) continue;
      expect(a.text, marker).not.toContain(marker);
      hidden++;
    }
  }
  // Paragraphs: non-empty, whitespace folded, one blank line between them.
  for (const p of a.text.split('\n\n')) {
    expect(p.length).toBeGreaterThan(0);
    expect(p).toBe(p.replace(/\s+/g, ' ').trim());
  }
  expect(a.title.length).toBeGreaterThan(0);
  if (a.publishedTime !== null) expect(new Date(a.publishedTime).toISOString()).toBe(a.publishedTime);
  // What the content script sends must be what the background accepts: fields within the protocol's limits.
  if (/^https?:\/\//.test(url)) {
    expect(() => validateArticle(a)).not.toThrow();
    expect(a.url).toMatch(/^https?:\/\//);
  }
  return hidden;
}

/** Extraction of a page, within the time limit, with the document's markup compared before and after. */
function extractChecked(html: string, url: string, force: boolean, ms = CASE_MS): { result: ExtractResult; hidden: number } {
  const doc = parseHtml(html);
  const before = doc.documentElement.outerHTML;
  const result = withinTime(ms, () => extractArticle(doc, { url, force }));
  expect(doc.documentElement.outerHTML).toBe(before);
  return { result, hidden: checkResult(result, doc, html, url) };
}

describe('fuzz: extracting generated pages', () => {
  it(
    'never throws, never changes the page, keeps scripts, styles and attributes out of the text, fits the protocol',
    () => {
      let runs = 0;
      let articles = 0;
      let hiddenChecked = 0;
      fc.assert(
        fc.property(page, pageUrl, fc.boolean(), (html, url, force) => {
          runs++;
          const { result, hidden } = extractChecked(html, url, force);
          if (result.ok) articles++;
          hiddenChecked += hidden;
        }),
        fuzzRuns(2000, 0x5eed01),
      );
      // The grammar must make articles with hidden text, not only refusals, or the checks on articles check nothing.
      expect(articles / runs).toBeGreaterThan(0.3);
      expect(hiddenChecked / runs).toBeGreaterThan(0.3);
    },
    fuzzTimeout(60_000),
  );

  it(
    'reads or refuses deeply nested markup quickly',
    () => {
      fc.assert(
        fc.property(deepPage, fc.boolean(), (html, force) => {
          extractChecked(html, 'https://news.example/deep', force);
        }),
        fuzzRuns(60, 0x5eed02),
      );
    },
    fuzzTimeout(60_000),
  );
});

describe('cases the fuzzing found', () => {
  const para = `<p>${WORDS.slice(0, 2).join(' ').repeat(3)}</p>`;
  const read = (html: string) => {
    const { result } = extractChecked(html, 'https://news.example/a', true);
    if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
    return result.article;
  };

  it('reads pages that leave out <head>, or put something between </head> and <body>, without changing them', () => {
    for (const html of [
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>Caldera</title>${para}${para}</html>`,
      `<!doctype html><html><head><title>Caldera</title></head><script>var a;</script><body>${para}${para}</body></html>`,
      `<br title="<html>">${para}`,
    ]) {
      expect(read(html).text).toContain('Caldera reopened');
    }
  });

  it('reads the content after a stray </html> as a browser does, as part of the body', () => {
    const article = read(`<!doctype html><html><head><title>T</title></head><body><p>Menu</p></body></html><div>${para}${para}</div>`);
    expect(article.text).toContain('Caldera reopened');
  });

  it('keeps what a page says about itself within the protocol limits, and dates only when they are dates', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', author: 'x'.repeat(70_000), datePublished: 'yesterday' });
    const article = read(`<html><head><title>${'T'.repeat(3000)}</title><script type="application/ld+json">${ld}</script>` +
      `<link rel="canonical" href="https://news.example/${'p'.repeat(5000)}"></head><body><article>${para}</article></body></html>`);
    expect(() => validateArticle(article)).not.toThrow();
    expect(article.publishedTime).toBeNull();
    expect(article.url).toBe('https://news.example/a');
  });

  it('refuses markup nested hundreds of levels deep at once rather than reading it for seconds', () => {
    const html = `<html><body><article>${para}${'<div>'.repeat(600)}${para}</article></body></html>`;
    const { result } = extractChecked(html, 'https://news.example/deep', true, 500);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

const TEXT_UNITS = ['a', 'é', '港', ' ', '\n', '\r\n', '\t', '\u200f', '\u202e', '\ufeff', '1,200', '.', 'The', '\ud800', '😀'];
const pasted = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...TEXT_UNITS), maxLength: 400 }),
  fc.constantFrom('', '\ufeff', '\n\n\n', 'x'.repeat(5000), `${'港'.repeat(400)}\n${'word '.repeat(2000)}`),
);
// Each field left out, null, or given.
const textMeta = fc.record(
  {
    title: fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(' '.repeat(3000), `${'T'.repeat(LIMITS.title)} `, 'T'.repeat(LIMITS.title + 1)))),
    url: fc.option(fc.constantFrom(' https://a.example/x ', 'javascript:x', '')),
    publishedTime: fc.option(fc.constantFrom('2024-04-12', 'yesterday', '1800-01-01', '12 Apr 2024 08:30 +0100', '')),
    siteName: fc.option(fc.string({ maxLength: 20 })),
    langHint: fc.option(fc.constantFrom('vi', 'zh-TW', '', 'xx-invalid')),
  },
  { requiredKeys: [] },
);

describe('fuzz: pasted text', () => {
  it(
    'keeps the text as given, and gives a short title and excerpt, for any string',
    () => {
      fc.assert(
        fc.property(pasted, textMeta, (input, meta) => {
          const a = articleFromText(input, meta);
          expect(a.text).toBe(input.replace(/^\uFEFF/, ''));
          expect(a.title.length).toBeLessThanOrEqual(meta.title?.trim() ? LIMITS.title : 300);
          expect(a.excerpt.length).toBeLessThanOrEqual(280);
          expect(a.lang.length).toBeLessThanOrEqual(35);
          if (a.publishedTime !== null) expect(new Date(a.publishedTime).toISOString()).toBe(a.publishedTime);
          for (const v of [a.url, a.title, a.lang, a.text, a.excerpt]) expect(typeof v).toBe('string');
        }),
        fuzzRuns(1500, 0x5eed03),
      );
    },
    fuzzTimeout(30_000),
  );
});
