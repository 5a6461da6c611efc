import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseIndex, foldText } from '../../../lib/figures/phrase-index.ts';

const index = (phrases: string[], spaceless = false): PhraseIndex<string[]> =>
  new PhraseIndex<string[]>(phrases.map((p) => [p, [p]] as const), spaceless, (a, b) => [...a, ...b]);

function scan(ix: PhraseIndex<string[]>, text: string): string[] {
  const folded = foldText(text);
  return ix.scan(folded, 0, folded.length).map((h) => text.slice(h.start, h.end));
}

describe('PhraseIndex', () => {
  it('scans to the hits of trying every position in turn, leftmost-longest (it skips the rest of a word whole)', () => {
    const ix = index(['than', 'more than', 'an', 'a-b', 'th*', '%']);
    const parts = fc.constantFrom('more', 'than', 'an', 'a', 'b', 'th', 'x', 'é', '1', '-', ' ', ',', '%');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (words) => {
        const folded = foldText(words.join(''));
        const tried: Array<[number, number]> = [];
        for (let i = 0; i < folded.length; ) {
          const hit = ix.matchAt(folded, i);
          if (hit === null) i++;
          else {
            tried.push([hit.start, hit.end]);
            i = hit.end;
          }
        }
        expect(ix.scan(folded, 0, folded.length).map((h) => [h.start, h.end])).toEqual(tried);
      }),
    );
  });

  it('matches whole words, longest first, case-insensitively', () => {
    const ix = index(['more than', 'more', 'than']);
    expect(scan(ix, 'More than 6,000; furthermore than')).toEqual(['More than', 'than']);
  });

  it('lets a space in a phrase match any run of spaces, including no-break spaces', () => {
    expect(scan(index(['binh sĩ']), 'binh \u00a0 sĩ')).toEqual(['binh \u00a0 sĩ']);
  });

  it('lets a hyphen match " -", "- " or a dash', () => {
    expect(scan(index(['norte-coreanos']), 'soldados norte -coreanos e norte–coreanos')).toEqual(['norte -coreanos', 'norte–coreanos']);
  });

  it('matches stems to the end of the word', () => {
    expect(scan(index(['солдат*']), 'около 14 тысяч солдатов')).toEqual(['солдатов']);
  });

  it('matches inside text without spaces when spaceless', () => {
    expect(scan(index(['士兵', '名'], true), '约1万4000名士兵')).toEqual(['名', '士兵']);
  });

  it('merges the meanings of a phrase listed twice, and of a stem and a word ending together', () => {
    const ix = index(['soldier*', 'soldiers']);
    const folded = foldText('soldiers');
    expect(ix.matchAt(folded, 0)?.value.sort()).toEqual(['soldier*', 'soldiers']);
  });

  it('finds the longest phrase a predicate accepts', () => {
    const ix = new PhraseIndex<{ unit?: boolean }>([['năm', { unit: true }], ['năm trước', {}]], false, (a, b) => ({ ...a, ...b }));
    const folded = foldText('năm trước');
    expect(ix.matchAt(folded, 0)?.end).toBe(9);
    expect(ix.matchAt(folded, 0, folded.length, (v) => v.unit === true)?.end).toBe(3);
  });

  it('keeps offsets: folded text has the length of the original', () => {
    for (const t of ['İstanbul ẞ Ǆ', 'ﬁ ß ŉ', '𝐀𝐁 😀 e\u0301']) expect(foldText(t)).toHaveLength(t.length);
  });
});
