import { DOMParser } from 'linkedom';

/** Elements an HTML parser keeps in the head when the markup leaves the <head> tag out. */
const HEAD_ELEMENTS = new Set(['META', 'TITLE', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Gives <html> exactly a <head> and a <body>, as browsers' parsers do. linkedom keeps the tree as written, and its
 * `head` and `body` getters insert an empty element when the first two children are not <head> then <body> (markup
 * that omits them, as HTML allows, or with a <meta> or <script> outside them): the page then read as empty, and
 * reading it changed it. Head elements before any content go to the head; everything else, in order, to the body,
 * content after a stray </html> included (linkedom leaves it beside <html>, where Readability fails on it).
 */
function impliedHeadAndBody(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  const blank = (n: Node) => n.nodeType === TEXT_NODE && !(n.nodeValue ?? '').trim();
  const isContent = (n: Node) => n.nodeType === ELEMENT_NODE || (n.nodeType === TEXT_NODE && !blank(n));
  const outside = Array.from(doc.childNodes).filter((n) => n !== root && isContent(n));
  const first = root.firstElementChild;
  if (
    !outside.length &&
    first?.tagName === 'HEAD' &&
    first.nextElementSibling?.tagName === 'BODY' &&
    root.children.length === 2 &&
    Array.from(root.childNodes).every((n) => n.nodeType === ELEMENT_NODE || blank(n))
  ) {
    return;
  }
  let head: Element | null = null;
  let body: Element | null = null;
  const toHead: Node[] = [];
  const before: Node[] = [];
  const after: Node[] = [];
  const content = () => (body ? after : before);
  for (const node of Array.from(root.childNodes)) {
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).tagName : null;
    const started = body !== null || before.length > 0;
    if (tag === 'HEAD' && !head && !started) head = node as Element;
    else if (tag === 'BODY' && !body) body = node as Element;
    else if (tag === 'HEAD' || tag === 'BODY') {
      // A second <head> or <body>, or a <head> after content, only adds its content.
      content().push(...Array.from(node.childNodes));
      node.parentNode?.removeChild(node);
    } else if (tag && HEAD_ELEMENTS.has(tag) && !started) toHead.push(node);
    else if (blank(node) && !started) node.parentNode?.removeChild(node);
    else if (isContent(node) || started) content().push(node);
    else toHead.push(node);
  }
  head ??= doc.createElement('head');
  body ??= doc.createElement('body');
  head.append(...toHead);
  body.prepend(...before);
  body.append(...after, ...outside);
  root.append(head, body);
}

/**
 * Parses fetched HTML where there is no DOM (service worker, Node). Scripts are never run. The tree always has
 * <html> with a <head> and a <body>: linkedom builds a broken tree for markup whose first element is not <html>
 * (fragments, or a page that starts with something else), so such markup is parsed again wrapped.
 */
export function parseHtml(html: string): Document {
  const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
  let doc = /<html[\s>]/i.test(html.slice(0, 4096)) ? parse(html) : null;
  // The test above is also true of "<html" in a comment, a script or an attribute: the tree built tells.
  if (doc?.documentElement?.tagName !== 'HTML') doc = parse(`<html>${html}</html>`);
  impliedHeadAndBody(doc);
  return doc;
}
