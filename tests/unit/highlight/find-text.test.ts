import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findTexts, foldSpace } from '../../../lib/highlight/find-text.ts';

/** The plain reading of findTexts: every character of every text node, folded one at a time. */
function reference(root: Node, quote: string, occurrence: number) {
  const chars: Array<{ node: Node; offset: number; ch: string }> = [];
  let lastSpace = true;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) {
        const space = /[ \n\t\r\f\u00a0]/.test(value[i]!);
        if (space && lastSpace) continue;
        chars.push({ node, offset: i, ch: space ? ' ' : value[i]! });
        lastSpace = space;
      }
    } else if (node.nodeType === 1 && !['SCRIPT', 'STYLE'].includes((node as Element).tagName)) node.childNodes.forEach(walk);
  };
  walk(root);
  const text = chars.map((c) => c.ch).join('');
  const needle = foldSpace(quote);
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return [];
  }
  const out: Array<{ node: Node; start: number; end: number; order: number }> = [];
  for (let i = at; i < at + needle.length; i++) {
    const { node, offset } = chars[i]!;
    const last = out[out.length - 1];
    if (last && last.node === node) last.end = offset + 1;
    else out.push({ node, start: offset, end: offset + 1, order: i });
  }
  return out;
}

describe('findTexts', () => {
  it('finds quotes across elements and folded white space, as the character-by-character reading does', () => {
    const piece = fc.stringMatching(/^[ a-c1-3\n\t\u00a0.,]{0,12}$/);
    const html = fc.array(fc.tuple(fc.constantFrom('p', 'b', 'span', 'script', 'div'), piece, piece), { minLength: 1, maxLength: 8 }).map((parts) =>
      parts.map(([tag, inner, after]) => `<${tag}>${inner}</${tag}>${after}`).join(''),
    );
    fc.assert(
      fc.property(html, fc.nat(40), fc.integer({ min: 1, max: 9 }), fc.nat(2), (body, from, length, occurrence) => {
        const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
        const text = foldSpace(document.body.textContent ?? '');
        const quote = text.slice(from, from + length) || 'a';
        const got = findTexts(document.body, [{ quote, occurrence }])[0];
        expect(got).toEqual(reference(document.body, quote, occurrence));
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
