/** A piece of a text node: the characters [start, end) of node. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
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

/**
 * Where a quote of the extracted text stands in the page: the text-node segments of its `occurrence`-th appearance,
 * matching across element boundaries and whitespace differences. Empty when the page no longer holds it.
 */
export function findText(
  root: Node,
  quote: string,
  occurrence = 0,
  skip: (el: Element) => boolean = () => false,
): TextSegment[] {
  const needle = foldSpace(quote);
  if (!needle) return [];
  const flat = flatten(root, skip);
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
    else segments.push({ node, start: offset, end: offset + 1 });
  }
  return segments;
}
