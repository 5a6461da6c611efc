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

/** The page's text as extraction folds it, built a text node at a time (a character at a time was most of the cost
 * of marking a news site's page). */
interface FlatText {
  text: string;
  nodes: Text[];
  /** Where each node's folded text starts in `text`. */
  starts: number[];
  /** Whether the text before each node ended in a space (its leading spaces were then dropped). */
  spaceBefore: boolean[];
}

/** The white space extraction folds; the same characters as isSpace. */
const SPACES = /[ \n\t\r\f\u00a0]+/g;

function flatten(root: Node, skip: (el: Element) => boolean): FlatText {
  const flat: FlatText = { text: '', nodes: [], starts: [], spaceBefore: [] };
  const parts: string[] = [];
  let length = 0;
  let lastSpace = true;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      let folded = value.replace(SPACES, ' ');
      if (lastSpace && folded.startsWith(' ')) folded = folded.slice(1);
      if (!folded) continue;
      flat.nodes.push(node as Text);
      flat.starts.push(length);
      flat.spaceBefore.push(lastSpace);
      parts.push(folded);
      length += folded.length;
      lastSpace = folded.endsWith(' ');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (SKIP.has(el.tagName) || skip(el)) continue;
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  flat.text = parts.join('');
  return flat;
}

/** For each character a node adds to the folded text, its offset in the node. */
function rawOffsets(value: string, spaceBefore: boolean): number[] {
  const out: number[] = [];
  let lastSpace = spaceBefore;
  for (let i = 0; i < value.length; i++) {
    if (isSpace(value[i]!)) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    out.push(i);
  }
  return out;
}

/** The node holding character `at` of the folded text: the last that starts at or before it. */
function nodeAt(flat: FlatText, at: number): number {
  let lo = 0;
  let hi = flat.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (flat.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
  const offsets = new Map<number, number[]>();
  return queries.map(({ quote, occurrence }) => {
    const needle = foldSpace(quote);
    if (!needle) return [];
    let at = -1;
    for (let n = 0; n <= occurrence; n++) {
      at = flat.text.indexOf(needle, at + 1);
      if (at < 0) return [];
    }
    const segments: TextSegment[] = [];
    let n = nodeAt(flat, at);
    for (let i = at; i < at + needle.length; i++) {
      while (n + 1 < flat.starts.length && flat.starts[n + 1]! <= i) n++;
      const node = flat.nodes[n]!;
      let map = offsets.get(n);
      if (!map) offsets.set(n, (map = rawOffsets(node.nodeValue ?? '', flat.spaceBefore[n]!)));
      const offset = map[i - flat.starts[n]!]!;
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
