import { describe, expect, it } from 'vitest';
import { compareLinkedReports } from '../../../lib/conflicts/compare-linked.ts';
import { makeReport } from './make-figure.ts';

describe('compareLinkedReports', () => {
  const a = makeReport('a', [{ value: 14000, qualifier: 'about' }]);
  const b = makeReport('b', [{ value: 600, qualifier: 'about' }]);
  const c = makeReport('c', [{ value: 14000, qualifier: 'about' }]);
  const d = makeReport('d', [{ value: 15000, qualifier: 'about' }]);

  it('compares only reports of one linked story', () => {
    // a-b are one story, c-d another: a's 14,000 is never held against b's 600 across stories.
    const groups = compareLinkedReports([a, b, c, d], [
      { a: 'a', b: 'c', wireCopy: false },
      { a: 'b', b: 'd', wireCopy: false },
    ]);
    expect(groups.map((g) => [g.verdict, g.members.map((m) => m.reportId)])).toEqual([
      ['conflict', ['b', 'd']],
      ['consistent', ['a', 'c']],
    ]);
  });

  it('leaves out reports linked to nothing, and counts wire copies once', () => {
    expect(compareLinkedReports([a, b], [])).toEqual([]);
    const groups = compareLinkedReports([a, c, d], [
      { a: 'a', b: 'c', wireCopy: true },
      { a: 'c', b: 'd', wireCopy: false },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.sources).toBe(2);
    expect(groups[0]?.members.find((m) => m.reportId === 'a')?.source).toBe(groups[0]?.members.find((m) => m.reportId === 'c')?.source);
  });
});
