/** A piece of a text node: the characters [start, end) of node. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  /** Position in the page's folded text: orders segments in document order. */
  order: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'svg', 'SVG']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\u00a0';
}

/** Whitespace folded to single spaces, as extraction writes text. */
export function foldSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

interface FlatText {
  text: string;
  /** For each character of text: its text node and offset there. */
  nodes: Text[];
  nodeIndex: number[];
  offset: number[];
}

function flatten(root: Node, skip: (el: Element) => boolean): FlatText {
  const flat: FlatText = { text: '', nodes: [], nodeIndex: [], offset: [] };
  const chars: string[] = [];
  let lastSpace = true;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      const index = flat.nodes.push(node as Text) - 1;
      for (let i = 0; i < value.length; i++) {
        const ch = value[i]!;
        if (isSpace(ch)) {
          if (lastSpace) continue;
          chars.push(' ');
          lastSpace = true;
        } else {
          chars.push(ch);
          lastSpace = false;
        }
        flat.nodeIndex.push(index);
        flat.offset.push(i);
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (SKIP.has(el.tagName) || skip(el)) continue;
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  flat.text = chars.join('');
  return flat;
}

export interface TextQuery {
  quote: string;
  /** Which appearance of the quote (0 for the first). */
  occurrence: number;
}

/**
 * Where quotes of the extracted text stand in the page: for each query, the text-node segments of its
 * `occurrence`-th appearance, matching across element boundaries and whitespace differences; empty when the page no
 * longer holds it. The page's text is walked once for all queries.
 */
export function findTexts(root: Node, queries: TextQuery[], skip: (el: Element) => boolean = () => false): TextSegment[][] {
  const flat = flatten(root, skip);
  return queries.map(({ quote, occurrence }) => {
    const needle = foldSpace(quote);
    if (!needle) return [];
    let at = -1;
    for (let n = 0; n <= occurrence; n++) {
      at = flat.text.indexOf(needle, at + 1);
      if (at < 0) return [];
    }
    const segments: TextSegment[] = [];
    for (let i = at; i < at + needle.length; i++) {
      const node = flat.nodes[flat.nodeIndex[i]!]!;
      const offset = flat.offset[i]!;
      const last = segments[segments.length - 1];
      if (last && last.node === node) last.end = offset + 1;
      else segments.push({ node, start: offset, end: offset + 1, order: i });
    }
    return segments;
  });
}

/** One quote's segments (see findTexts). */
export function findText(root: Node, quote: string, occurrence = 0, skip?: (el: Element) => boolean): TextSegment[] {
  return findTexts(root, [{ quote, occurrence }], skip)[0]!;
}
