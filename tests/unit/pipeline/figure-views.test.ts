import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../../lib/conflicts/compare-figures.ts';
import type { ComparedReport } from '../../../lib/conflicts/types.ts';
import { markViews } from '../../../lib/pipeline/figure-views.ts';
import { makeFigure } from '../conflicts/make-figure.ts';

const text = 'North Korea sent roughly 14,000 soldiers. Later, roughly 14,000 soldiers were counted again.';

function reports(): ComparedReport[] {
  const start = text.lastIndexOf('roughly 14,000 soldiers');
  return [
    { id: 'page', lang: 'en', title: 'Page', siteName: 'Page site', publishedTime: null, figures: [{ ...makeFigure({ quote: 'roughly 14,000 soldiers', value: 14000, qualifier: 'about', concept: 'troops_sent', subject: 'KP' }), start, end: start + 23 }] },
    { id: 'r1', lang: 'pt', title: 'Secret title of another report', siteName: null, publishedTime: '2025-06-18T00:00:00Z', figures: [makeFigure({ quote: 'cerca de 15.000 soldados', value: 15000, qualifier: 'about', concept: 'troops_sent', subject: 'KP' })] },
    { id: 'r2', lang: 'vi', title: 'Another', siteName: 'VN site', publishedTime: null, figures: [makeFigure({ quote: 'khoảng 6.000 binh sĩ', value: 6000, qualifier: 'about', concept: 'troops_sent', subject: 'KP' })] },
  ];
}

describe('markViews', () => {
  it('marks the page figure others state differently, at the right occurrence, with what they say', () => {
    const groups = compareFigures(reports(), { focus: 'page' });
    const refs = new Map([['r1', { id: 1, url: 'https://pt.example/a', onPage: false }]]);
    const [mark] = markViews(groups, 'page', text, refs);
    expect(mark).toMatchObject({ quote: 'roughly 14,000 soldiers', occurrence: 1, verdict: 'conflict' });
    expect(mark!.others.map((o) => o.source).sort()).toEqual(['VN site', 'pt.example']);
  });

  it("never puts another report's title in the page", () => {
    const marks = markViews(compareFigures(reports(), { focus: 'page' }), 'page', text);
    expect(JSON.stringify(marks)).not.toContain('Secret title');
  });
});
