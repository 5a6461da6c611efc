import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures/extract-figures.ts';
import type { Figure } from '../../../lib/model/figure.ts';
import { READ_LANGUAGES, type ReadLanguage } from '../../../lib/model/language.ts';
import type { NumberMatch } from '../../../lib/numbers/types.ts';

function checkInvariants(text: string, figures: Figure[]): void {
  let lastStart = -1;
  let lastEnd = 0;
  for (const f of figures) {
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.start).toBeGreaterThanOrEqual(lastStart);
    expect(f.start).toBeGreaterThanOrEqual(lastEnd);
    expect(f.low).toBeLessThanOrEqual(f.high);
    expect(Number.isFinite(f.value) && Number.isFinite(f.low) && Number.isFinite(f.high)).toBe(true);
    if (f.qualifier !== 'range') {
      expect(f.value).toBeGreaterThanOrEqual(f.low - 1e-9 * Math.abs(f.value));
      expect(f.value).toBeLessThanOrEqual(f.high + 1e-9 * Math.abs(f.value));
    }
    if (f.unit === 'share' && f.value <= 1) expect(f.high).toBeLessThanOrEqual(1);
    lastStart = f.start;
    lastEnd = f.end;
  }
}

const FRAGMENTS = [
  ' ', '. ', ', ', '\n', '14.000', '14,000', '1万4000', '60%', '37 trong 64', '2025-11-14', 'Uran-6', '\u200f', '\u202e',
  '１４０００', 'khoảng', 'hơn', 'binh sĩ', 'người', 'thiệt mạng', '约', '名', '士兵', '多', '阵亡', 'more than', 'about',
  'soldiers', 'killed', 'according to', 'said', 'cerca de', 'soldados', 'morreram', 'около', 'тысяч', 'военнослужащих',
  'погибли', 'миль', 'mehr als', 'Soldaten', 'getötet', 'environ', 'soldats', 'tués', 'half', 'of', 'miles', '$',
  '£125m', '-', '–', '%', 'Theo', 'Reuters', 'cho biết', '据', '称', '“', '”', '(', ')', 'năm ngoái', '去年', 'in April',
];

describe('extractFigures on any input', () => {
  it('keeps its invariants on random text in every language', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), fc.constantFrom(...READ_LANGUAGES), (parts, lang) => {
        const text = parts.join('');
        checkInvariants(text, extractFigures(text, lang));
      }),
      { numRuns: 400, seed: 20261121 },
    );
  });

  it('survives arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...READ_LANGUAGES), (text, lang) => {
        checkInvariants(text, extractFigures(text, lang));
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });

  it('reads nothing from nothing', () => {
    for (const lang of READ_LANGUAGES) {
      expect(extractFigures('', lang)).toEqual([]);
      expect(extractFigures('   \n\n ', lang)).toEqual([]);
    }
  });

  it('stays linear on megabytes of digits, text of only numbers, and runs of words', () => {
    const inputs: [string, ReadLanguage][] = [
      ['7'.repeat(1_000_000), 'en'],
      [Array.from({ length: 20_000 }, (_, i) => String(i)).join(' '), 'vi'],
      ['1万4000名士兵'.repeat(10_000), 'zh'],
      ['X said Y said, and, according to '.repeat(10_000), 'en'],
    ];
    for (const [text, lang] of inputs) {
      const t = performance.now();
      const figures = extractFigures(text, lang);
      checkInvariants(text, figures);
      expect(performance.now() - t).toBeLessThan(10_000);
    }
  });

  it('handles mixed scripts, bidi marks and full-width digits', () => {
    const text = '\u200fNorth Korea sent about 14,000 soldiers\u200e. مرحبا ١٤٠٠٠ جندي. 约１４０００名士兵。';
    for (const lang of READ_LANGUAGES) checkInvariants(text, extractFigures(text, lang));
    const en = extractFigures(text, 'en');
    expect(en.map((f) => [f.value, f.concept])).toContainEqual([14000, 'troops_sent']);
  });

  it('gives up on a text whose number reader throws, and ignores matches outside the text', () => {
    const throwing = (): NumberMatch[] => {
      throw new Error('reader failure');
    };
    expect(extractFigures('about 14,000 soldiers', 'en', { readNumbers: throwing })).toEqual([]);
    const outside = (): NumberMatch[] => [
      { text: '14,000', start: 6, end: 12, value: 14000, kind: 'number' },
      { text: 'x', start: 500, end: 501, value: 1, kind: 'number' },
      { text: 'y', start: 8, end: 3, value: 2, kind: 'number' },
      { text: 'z', start: 13, end: 14, value: Number.NaN, kind: 'number' },
    ];
    const figures = extractFigures('about 14,000 soldiers', 'en', { readNumbers: outside });
    expect(figures.map((f) => f.quote)).toEqual(['about 14,000 soldiers']);
  });

  it('drops what the number reader flags as not a figure', () => {
    const reader = (): NumberMatch[] => [{ text: '14,000', start: 6, end: 12, value: 14000, kind: 'number', notAFigure: 'code' }];
    expect(extractFigures('about 14,000 soldiers', 'en', { readNumbers: reader })).toEqual([]);
  });

  it('resolves relative times against the publication date, and leaves them unresolved without one', () => {
    const text = 'North Korea sent about 14,000 troops last year.';
    expect(extractFigures(text, 'en', { published: '2025-11-14' })[0]).toMatchObject({ asOf: 'last year', asOfDate: '2024' });
    expect(extractFigures(text, 'en', { published: null })[0]?.asOfDate).toBeUndefined();
    const month = extractFigures('North Korea sent about 14,000 troops in December.', 'en', { published: '2025-11-14' })[0];
    expect(month).toMatchObject({ asOf: 'in December', asOfDate: '2024-12' });
    expect(extractFigures('Bình Nhưỡng gửi 14.000 binh sĩ tháng trước.', 'vi', { published: '2025-01-05' })[0]?.asOfDate).toBe('2024-12');
  });
});
