import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractOptions } from '../../../lib/extract/extract-article.ts';
import { PageReader } from '../../../lib/extract/page-reader.ts';
import { parseHtml } from '../../../lib/extract/parse-html.ts';

const page = () => parseHtml(readFileSync(resolve(import.meta.dirname, '../../fixtures/pages/news--flood-da-nang-en.html'), 'utf8'));

function counting(doc: Document) {
  const calls: ExtractOptions[] = [];
  const reader = new PageReader(doc, (d, o) => {
    calls.push(o);
    return extractArticle(d, o);
  });
  return { reader, calls };
}

describe('PageReader (the content script reads its page once while it stays the same)', () => {
  it('reads the page once for load and popup, and again when its text or address changes', () => {
    const doc = page();
    const { reader, calls } = counting(doc);
    const onLoad = reader.read('http://127.0.0.1/flood', { force: true });
    expect(onLoad.ok).toBe(true);
    // The popup asks a moment later: the same answer, Readability not run again.
    expect(reader.read('http://127.0.0.1/flood')).toBe(onLoad);
    expect(calls).toHaveLength(1);
    // Marks wrap text without changing it: still the same page.
    const p = doc.querySelector('article p') ?? doc.querySelector('p');
    if (!p?.firstChild) throw new Error('no paragraph');
    const mark = doc.createElement('mark');
    p.insertBefore(mark, p.firstChild);
    mark.appendChild(p.childNodes[1]!);
    expect(reader.read('http://127.0.0.1/flood')).toBe(onLoad);
    expect(calls).toHaveLength(1);
    // A live page adds text: read again.
    p.appendChild(doc.createTextNode(' Update: 3 more people were rescued.'));
    const updated = reader.read('http://127.0.0.1/flood');
    expect(calls).toHaveLength(2);
    expect(updated.ok && updated.article.text).toContain('3 more people were rescued');
    // Another address (a single-page site navigated): read again.
    reader.read('http://127.0.0.1/other');
    expect(calls).toHaveLength(3);
  });

  it('keeps a refusal only for the same question', () => {
    const doc = parseHtml('<!doctype html><html><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav></body></html>');
    const { reader, calls } = counting(doc);
    expect(reader.read('http://x/').ok).toBe(false);
    expect(reader.read('http://x/').ok).toBe(false);
    expect(calls).toHaveLength(1);
    reader.read('http://x/', { force: true });
    expect(calls.map((c) => c.force === true)).toEqual([false, true]);
  });
});
