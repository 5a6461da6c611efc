import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/extract/parse-html.ts';
import { findText } from '../../../lib/highlight/find-text.ts';
import { Highlighter, MARK_ATTR } from '../../../lib/highlight/highlighter.ts';
import type { MarkView } from '../../../lib/protocol/views.ts';

const STRINGS = { othersSay: 'Others:', cites: 'citing', more: (n: number) => `and ${n} more`, verdict: { conflict: 'Conflict', discrepancy: 'Differ', consistent: 'Agree' } };

const mark = (quote: string, occurrence = 0): MarkView => ({
  quote,
  occurrence,
  verdict: 'conflict',
  label: 'troops sent',
  others: [{ label: 'about 15,000', quote: '<img src=x onerror=alert(1)>', source: '<img src=x onerror=alert(2)>', lang: 'pt', date: '2025-06-18', attribution: 'NIS' }],
});

describe('findText', () => {
  it('finds a quote across element boundaries and folded whitespace', () => {
    const doc = parseHtml('<body><p>North Korea sent <b>roughly\n 14,000</b>   soldiers to Kursk.</p></body>');
    const segs = findText(doc.body, 'roughly 14,000 soldiers');
    expect(segs.map((s) => s.node.nodeValue!.slice(s.start, s.end))).toEqual(['roughly\n 14,000', '   soldiers']);
  });

  it('finds the n-th occurrence, and nothing when the page no longer holds the quote', () => {
    const doc = parseHtml('<body><p>12 dead. Later, 12 dead.</p><script>12 dead</script></body>');
    expect(findText(doc.body, '12 dead', 1)[0]!.start).toBe(16);
    expect(findText(doc.body, '12 dead', 2)).toEqual([]);
    expect(findText(doc.body, 'nothing here')).toEqual([]);
  });
});

describe('Highlighter', () => {
  it('marks figures with text only, and removes them cleanly', () => {
    const html = '<body><article><p>North Korea sent <a href="/x">roughly 14,000</a> soldiers.</p></article></body>';
    const doc = parseHtml(html);
    const before = doc.body.innerHTML;
    const h = new Highlighter(doc, STRINGS);
    expect(h.mark([mark('roughly 14,000 soldiers')])).toBe(1);
    const marks = doc.querySelectorAll(`[${MARK_ATTR}]`);
    expect(marks.length).toBe(2);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('/x');
    expect(doc.querySelector('img')).toBeNull();
    expect(marks[0]!.getAttribute('aria-description')).toContain('<img src=x onerror=alert(2)>');
    expect(h.clear()).toBe(1);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('marks two figures in one text node, and the first of two overlapping ones', () => {
    const doc = parseHtml('<body><p>About 600 soldiers died and 4,000 were wounded.</p></body>');
    const h = new Highlighter(doc, STRINGS);
    expect(h.mark([mark('600 soldiers'), mark('4,000 were wounded'), mark('soldiers died')])).toBe(2);
    expect([...doc.querySelectorAll(`[${MARK_ATTR}]`)].map((m) => m.textContent)).toEqual(['600 soldiers', '4,000 were wounded']);
    expect(doc.querySelector('p')!.textContent).toBe('About 600 soldiers died and 4,000 were wounded.');
  });

  it('unwraps copies of its marks that a page made by re-rendering its own HTML', () => {
    const doc = parseHtml('<body><div id="live"><p>About 600 soldiers died.</p></div></body>');
    const h = new Highlighter(doc, STRINGS);
    h.mark([mark('600 soldiers')]);
    const live = doc.getElementById('live')!;
    const copy = parseHtml(`<body>${live.innerHTML}</body>`).body.firstChild!;
    live.replaceChildren(doc.importNode(copy, true));
    expect(h.mark([mark('600 soldiers')])).toBe(1);
    expect(doc.querySelectorAll(`[${MARK_ATTR}]`).length).toBe(1);
    h.clear();
    expect(doc.querySelectorAll(`[${MARK_ATTR}]`).length).toBe(0);
    expect(doc.querySelector('p')!.textContent).toBe('About 600 soldiers died.');
  });

  it('never marks a figure twice when asked again', () => {
    const doc = parseHtml('<body><p>About 600 soldiers died.</p></body>');
    const h = new Highlighter(doc, STRINGS);
    h.mark([mark('600 soldiers')]);
    h.mark([mark('600 soldiers')]);
    expect(doc.querySelectorAll(`[${MARK_ATTR}]`).length).toBe(1);
  });
});
