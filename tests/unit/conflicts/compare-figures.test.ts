import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../../lib/conflicts/compare-figures.ts';
import type { FigureGroup } from '../../../lib/conflicts/types.ts';
import { makeFigure, makeReport, type FigureSpec } from './make-figure.ts';

function only(groups: FigureGroup[]): FigureGroup {
  expect(groups).toHaveLength(1);
  const [g] = groups;
  if (!g) throw new Error('no group');
  return g;
}

function values(g: FigureGroup): number[] {
  return [...new Set(g.members.map((m) => m.value))].sort((a, b) => a - b);
}

/** One report per spec, each its own source. */
function reportsOf(...specs: FigureSpec[]) {
  return specs.map((s, i) => makeReport(`r${i}`, [s]));
}

describe('compareFigures: verdicts', () => {
  it('returns nothing for no reports, or reports without figures', () => {
    expect(compareFigures([])).toEqual([]);
    expect(compareFigures([makeReport('a', []), makeReport('b', [])])).toEqual([]);
  });

  it('"more than 6,000" against "about 600" is a conflict', () => {
    const g = only(
      compareFigures(
        reportsOf(
          { value: 6000, qualifier: 'more_than', concept: 'troops_killed' },
          { value: 600, qualifier: 'about', concept: 'troops_killed' },
        ),
      ),
    );
    expect(g.verdict).toBe('conflict');
    expect(g.concept).toBe('troops_killed');
    expect(g.disagreement).toBeGreaterThan(0.8);
  });

  it('"about 14,000" against "about 15,000" is a discrepancy', () => {
    const g = only(compareFigures(reportsOf({ value: 14000, qualifier: 'about' }, { value: 15000, qualifier: 'about' })));
    expect(g.verdict).toBe('discrepancy');
    expect(g.positions).toHaveLength(2);
  });

  it('overlapping intervals are consistent', () => {
    const g = only(
      compareFigures(
        reportsOf(
          { value: 14000, qualifier: 'about' },
          { value: 14000 },
          { value: 14200, qualifier: 'about' },
          { value: 15000, qualifier: 'nearly' },
          { value: 13800, qualifier: 'more_than' },
        ),
      ),
    );
    expect(g.verdict).toBe('consistent');
    expect(g.disagreement).toBe(0);
    expect(g.positions).toHaveLength(1);
    expect(g.explanations).toEqual([]);
  });

  it('disjoint intervals far apart are a conflict (1,000 against 6,000 engineers)', () => {
    const g = only(
      compareFigures(
        reportsOf(
          { value: 6000, concept: 'engineers_sent' },
          { value: 1000, qualifier: 'more_than', concept: 'engineers_sent' },
          { value: 1000, concept: 'engineers_sent' },
        ),
      ),
    );
    expect(g.verdict).toBe('conflict');
    expect(values(g)).toEqual([1000, 6000]);
    // "more than 1,000" and "1,000" agree with each other: two positions, not three.
    expect(g.positions).toHaveLength(2);
  });

  it("takes the worst pair's verdict for the group, and rates each member", () => {
    const g = only(
      compareFigures(
        reportsOf(
          { value: 14000, qualifier: 'about' },
          { value: 14000, qualifier: 'about' },
          { value: 15000, qualifier: 'about' },
          { value: 12000, qualifier: 'up_to' },
        ),
      ),
    );
    expect(g.verdict).toBe('conflict');
    expect(values(g)).toEqual([12000, 14000, 15000]);
    expect(g.positions.map((p) => p.sources)).toEqual([1, 2, 1]);
    const verdictOf = (v: number) => g.members.find((m) => m.value === v)?.verdict;
    expect(verdictOf(12000)).toBe('conflict');
    expect(verdictOf(14000)).toBe('conflict');
    expect(verdictOf(15000)).toBe('conflict');
  });

  it('keeps what the reader needs of each member', () => {
    const report = makeReport('vn', [{ value: 14000, qualifier: 'about', attribution: 'Reuters', asOf: 'năm ngoái', quote: 'khoảng 14.000 binh sĩ' }], {
      lang: 'vi',
      siteName: 'VnExpress',
    });
    const g = only(compareFigures([report, makeReport('us', [{ value: 15000, qualifier: 'about' }])]));
    const m = g.members.find((x) => x.reportId === 'vn');
    expect(m).toMatchObject({
      quote: 'khoảng 14.000 binh sĩ',
      lang: 'vi',
      siteName: 'VnExpress',
      publishedTime: '2025-11-14T08:00:00Z',
      attribution: 'Reuters',
      asOf: 'năm ngoái',
      figureIndex: 0,
    });
  });

  it('allows for the rounding of a converted measure', () => {
    // A speed of one named subject: a generic measure disputes only then (see the generic-concept tests).
    const speed = (value: number, stated?: { value: number; unit: string }): FigureSpec =>
      stated ? { value, unit: 'km/h', concept: 'speed', subject: 'storm', stated } : { value, unit: 'km/h', concept: 'speed', subject: 'storm' };
    expect(only(compareFigures(reportsOf(speed(136.79, { value: 85, unit: 'mph' }), speed(135)))).verdict).toBe('consistent');
    expect(only(compareFigures(reportsOf(speed(136.79), speed(135)))).verdict).toBe('discrepancy');
  });

  it('reads every interval from the wording, whatever the extractor stored', () => {
    const stored = { ...makeFigure({ value: 6000, qualifier: 'more_than' }), low: 0, high: 1e12 };
    const unusable = { ...makeFigure({ value: 6000, qualifier: 'more_than' }), low: Number.NaN, high: Number.NaN };
    for (const figure of [stored, unusable]) {
      const g = only(compareFigures([{ ...makeReport('a', []), figures: [figure] }, makeReport('b', [{ value: 600, qualifier: 'about' }])]));
      expect(g.verdict).toBe('conflict');
      expect([g.members[0]?.low, g.members[0]?.high]).toEqual([6000, 9000]);
    }
  });
});

describe('compareFigures: what counts the same thing', () => {
  it('keeps concepts and units apart', () => {
    const groups = compareFigures([
      makeReport('a', [{ value: 100, concept: 'troops_killed' }, { value: 5, unit: 'USD', concept: 'cost' }]),
      makeReport('b', [{ value: 900, concept: 'troops_sent' }, { value: 5, unit: 'EUR', concept: 'cost' }]),
    ]);
    expect(groups).toEqual([]);
  });

  it('groups a figure without a subject with the one known subject', () => {
    const g = only(compareFigures(reportsOf({ value: 14000, subject: 'KP' }, { value: 600, subject: null })));
    expect(g.subject).toBe('KP');
    expect(g.verdict).toBe('conflict');
  });

  it('never groups two known, different subjects or events', () => {
    expect(compareFigures(reportsOf({ value: 14000, subject: 'KP' }, { value: 600, subject: 'UA' }))).toEqual([]);
    expect(compareFigures(reportsOf({ value: 14000, event: 'sent' }, { value: 600, event: 'killed' }))).toEqual([]);
  });

  it('leaves figures without a subject apart when two subjects are known', () => {
    const groups = compareFigures(
      reportsOf(
        { value: 14000, subject: 'KP' },
        { value: 14000, subject: 'KP' },
        { value: 600, subject: 'UA' },
        { value: 600, subject: 'UA' },
        { value: 7000, subject: null },
      ),
    );
    expect(groups.map((g) => g.subject).sort()).toEqual(['KP', 'UA']);
    expect(groups.every((g) => g.verdict === 'consistent')).toBe(true);
  });
});

describe('compareFigures: shares and counts', () => {
  const settlements = (spec: FigureSpec): FigureSpec => ({ concept: 'settlements_closed', ...spec });

  it('"37 of 64", "nearly 60%" and "more than half" agree', () => {
    const g = only(
      compareFigures(
        reportsOf(
          settlements({ value: 37, of: 64 }),
          settlements({ value: 37, of: 64 }),
          settlements({ value: 0.6, qualifier: 'nearly', unit: 'share', concept: 'settlements_closed_share' }),
          settlements({ value: 0.5, qualifier: 'more_than', unit: 'share', concept: 'settlements_closed_share' }),
        ),
      ),
    );
    expect(g.scale).toBe('share');
    expect(g.concept).toBe('settlements_closed');
    expect(g.verdict).toBe('consistent');
    const count = g.members.find((m) => m.unit === 'count');
    expect(count?.scaledLow).toBeCloseTo(37 / 64, 6);
    expect(count?.low).toBe(37);
  });

  it('a count far from a share of the same whole conflicts with it', () => {
    const g = only(
      compareFigures(
        reportsOf(settlements({ value: 12, of: 64 }), settlements({ value: 0.6, qualifier: 'nearly', unit: 'share' })),
      ),
    );
    expect(g.verdict).toBe('conflict');
  });

  it('compares counts without a whole among counts, not with shares', () => {
    const groups = compareFigures(
      reportsOf(
        settlements({ value: 37, of: 64 }),
        settlements({ value: 0.6, qualifier: 'nearly', unit: 'share' }),
        settlements({ value: 40 }),
      ),
    );
    expect(groups.map((g) => g.scale).sort()).toEqual(['count', 'share']);
    const counts = groups.find((g) => g.scale === 'count');
    expect(counts?.members.map((m) => m.value).sort()).toEqual([37, 40]);
    expect(counts?.verdict).toBe('discrepancy');
    expect(groups.find((g) => g.scale === 'share')?.verdict).toBe('consistent');
  });
});

describe('compareFigures: sources', () => {
  it('counts copies of one wire story once', () => {
    const copies = [
      makeReport('a', [{ value: 14000, qualifier: 'about' }], { wireGroup: 'reuters-1' }),
      makeReport('b', [{ value: 14000, qualifier: 'about' }], { wireGroup: 'reuters-1' }),
    ];
    // Two copies of one story are one source: nothing to compare.
    expect(compareFigures(copies)).toEqual([]);
    const withOther = [...copies, makeReport('c', [{ value: 15000, qualifier: 'about' }])];
    const g = only(compareFigures(withOther));
    expect(g.sources).toBe(2);
    expect(g.members).toHaveLength(3);
    expect(g.positions.map((p) => p.sources)).toEqual([1, 1]);
    const independent = only(
      compareFigures([
        makeReport('a', [{ value: 14000, qualifier: 'about' }]),
        makeReport('b', [{ value: 14000, qualifier: 'about' }]),
        makeReport('c', [{ value: 15000, qualifier: 'about' }]),
      ]),
    );
    expect(independent.sources).toBe(3);
    expect(independent.score).toBeGreaterThan(g.score);
  });

  it('does not compare copies of one wire story with each other', () => {
    const g = only(
      compareFigures([
        makeReport('a', [{ value: 14000 }], { wireGroup: 'w' }),
        makeReport('b', [{ value: 1000 }], { wireGroup: 'w' }),
        makeReport('c', [{ value: 14000 }]),
      ]),
    );
    // b's 1,000 conflicts with c, but a and b (one source) are not held against each other.
    expect(g.members.find((m) => m.reportId === 'a')?.verdict).toBe('consistent');
    expect(g.members.find((m) => m.reportId === 'b')?.verdict).toBe('conflict');
  });

  it('matches each figure with the closest figure of a report that states several', () => {
    const g = only(
      compareFigures([
        makeReport('a', [{ value: 5, concept: 'people_killed' }, { value: 100, concept: 'people_killed' }]),
        makeReport('b', [{ value: 5, concept: 'people_killed' }, { value: 100, concept: 'people_killed' }]),
        // c states only one of the two: it is silent on the other, not contradicting it.
        makeReport('c', [{ value: 100, concept: 'people_killed' }]),
      ]),
    );
    expect(g.verdict).toBe('consistent');
    expect(g.positions).toHaveLength(2);
  });

  it('never holds against anyone a report that states several values with no authority for each', () => {
    const g = only(
      compareFigures([
        makeReport('a', [{ value: 3, concept: 'points' }, { value: 5, concept: 'points' }]),
        makeReport('b', [{ value: 3, concept: 'points' }]),
        makeReport('c', [{ value: 5, concept: 'points' }]),
        makeReport('d', [{ value: 9, concept: 'points' }, { value: 3, concept: 'points' }]),
      ]),
    );
    // a states 3 and 5 side by side: b (3) and c (5) tell different facts, not rival readings of one.
    expect(g.members.filter((m) => m.ambiguous).map((m) => m.reportId)).toEqual(['a', 'a', 'd', 'd']);
    expect(g.verdict).toBe('consistent');
  });

  it('still finds a conflict between single values next to an ambiguous report', () => {
    const g = only(
      compareFigures([
        makeReport('a', [{ value: 3, concept: 'points' }, { value: 5, concept: 'points' }]),
        makeReport('b', [{ value: 3, concept: 'points' }]),
        makeReport('c', [{ value: 40, concept: 'points' }]),
      ]),
    );
    expect(g.verdict).toBe('conflict');
    expect(g.members.find((m) => m.reportId === 'a')?.verdict).toBe('consistent');
  });

  it('holds a figure a report gives to another authority against the other sources', () => {
    const g = only(
      compareFigures([
        makeReport('a', [
          { value: 14000, qualifier: 'about', attribution: 'Reuters' },
          { value: 12000, qualifier: 'up_to', attribution: 'Zelensky' },
        ]),
        makeReport('b', [{ value: 14000, qualifier: 'about', attribution: 'Reuters' }]),
      ]),
    );
    expect(g.verdict).toBe('conflict');
    expect(g.members.find((m) => m.value === 12000)?.verdict).toBe('conflict');
  });
});

describe('compareFigures: explanations', () => {
  it('says when figures were stated by different authorities', () => {
    const g = only(
      compareFigures([
        makeReport('a', [{ value: 14000, qualifier: 'about', attribution: 'Reuters sources' }]),
        makeReport('b', [{ value: 14000, qualifier: 'about', attribution: 'South Korean intelligence' }]),
        makeReport('c', [{ value: 12000, qualifier: 'up_to', attribution: 'Zelensky' }]),
      ]),
    );
    expect(g.explanations).toHaveLength(1);
    const [e] = g.explanations;
    expect(e?.kind).toBe('different_source');
    expect(e?.sides).toEqual([['Reuters sources', 'South Korean intelligence'], ['Zelensky']]);
    expect(e?.text).toBe(
      'Different sources: about 14,000 according to Reuters sources and South Korean intelligence; up to 12,000 according to Zelensky.',
    );
    const main = g.positions[e?.positions[0] ?? -1];
    expect(main?.sources).toBe(2);
  });

  it('says when a figure refers to another time', () => {
    const g = only(
      compareFigures([
        makeReport('a', [{ value: 6000, qualifier: 'more_than', concept: 'troops_killed' }], { publishedTime: '2025-11-14' }),
        makeReport('b', [{ value: 6000, qualifier: 'more_than', concept: 'troops_killed' }], { publishedTime: '2025-11-17' }),
        makeReport('c', [{ value: 600, qualifier: 'about', concept: 'troops_killed', asOf: 'in April' }], { publishedTime: '2025-11-15' }),
      ]),
    );
    expect(g.verdict).toBe('conflict');
    expect(g.explanations.map((e) => e.kind)).toEqual(['different_time']);
    expect(g.explanations[0]?.sides).toEqual([['2025-11-14', '2025-11-17'], ['in April']]);
    expect(g.explanations[0]?.text).toBe(
      'Stated at different times: more than 6,000 (published 2025-11-14 to 2025-11-17) against about 600 ("in April").',
    );
  });

  it('says when the reports themselves are months apart', () => {
    const g = only(
      compareFigures([
        makeReport('a', [{ value: 15000, qualifier: 'about' }], { publishedTime: '2025-06-18' }),
        makeReport('b', [{ value: 12000 }], { publishedTime: '2025-11-14' }),
      ]),
    );
    expect(g.explanations.map((e) => e.kind)).toEqual(['different_time']);
  });

  it('compares resolved dates, whatever the language of the words', () => {
    const g = only(
      compareFigures([
        makeReport('a', [{ value: 6000, qualifier: 'more_than', asOf: 'tháng 4', asOfDate: '2025-04' }]),
        makeReport('b', [{ value: 600, qualifier: 'about', asOf: 'in April', asOfDate: '2025-04' }]),
      ]),
    );
    expect(g.explanations.filter((e) => e.kind === 'different_time')).toEqual([]);
    const later = only(
      compareFigures([
        makeReport('a', [{ value: 6000, qualifier: 'more_than', asOf: 'currently', asOfDate: '2025-11-14' }]),
        makeReport('b', [{ value: 600, qualifier: 'about', asOf: 'in April', asOfDate: '2025-04' }]),
      ]),
    );
    expect(later.explanations.map((e) => e.kind)).toEqual(['different_time']);
    // "currently", resolved to the day of publication, is the time of a report published that week.
    const sameWeek = only(
      compareFigures([
        makeReport('a', [{ value: 1000, qualifier: 'more_than', asOf: 'currently', asOfDate: '2025-11-17' }]),
        makeReport('b', [{ value: 6000 }], { publishedTime: '2025-11-14' }),
      ]),
    );
    expect(sameWeek.explanations.filter((e) => e.kind === 'different_time')).toEqual([]);
  });

  it('says nothing when the same authority at the same time gives two figures', () => {
    const g = only(
      compareFigures([
        makeReport('a', [{ value: 14000, attribution: 'Theo Reuters' }]),
        makeReport('b', [{ value: 9000, attribution: 'reuters' }]),
      ]),
    );
    expect(g.verdict).toBe('conflict');
    expect(g.explanations).toEqual([]);
  });
});

describe('compareFigures: ranking', () => {
  it('ranks conflicts before discrepancies before agreement, larger gaps and more sources first', () => {
    const groups = compareFigures([
      makeReport('a', [
        { value: 14000, qualifier: 'about', concept: 'troops_sent' },
        { value: 6000, qualifier: 'more_than', concept: 'troops_killed' },
        { value: 37, of: 64, concept: 'settlements_closed' },
        { value: 6000, concept: 'engineers_sent' },
      ]),
      makeReport('b', [
        { value: 15000, qualifier: 'about', concept: 'troops_sent' },
        { value: 600, qualifier: 'about', concept: 'troops_killed' },
        { value: 37, of: 64, concept: 'settlements_closed' },
        { value: 4000, concept: 'engineers_sent' },
      ]),
      makeReport('c', [{ value: 0.6, qualifier: 'nearly', unit: 'share', concept: 'settlements_closed' }]),
    ]);
    expect(groups.map((g) => [g.concept, g.verdict])).toEqual([
      ['troops_killed', 'conflict'],
      ['engineers_sent', 'conflict'],
      ['troops_sent', 'discrepancy'],
      ['settlements_closed', 'consistent'],
    ]);
    const scores = groups.map((g) => g.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    expect(scores.every((s) => Number.isFinite(s))).toBe(true);
  });

  it('is deterministic whatever the order of the reports', () => {
    const reports = [
      makeReport('a', [{ value: 14000, qualifier: 'about' }, { value: 600, concept: 'troops_killed' }]),
      makeReport('b', [{ value: 15000, qualifier: 'about' }, { value: 6000, qualifier: 'more_than', concept: 'troops_killed' }]),
      makeReport('c', [{ value: 12000, qualifier: 'up_to' }]),
    ];
    const summary = (gs: FigureGroup[]) => gs.map((g) => [g.key, g.verdict, g.score, g.positions.length]);
    const forward = compareFigures(reports);
    expect(summary(compareFigures([...reports].reverse()))).toEqual(summary(forward));
    expect(compareFigures(reports)).toEqual(forward);
  });
});

describe('compareFigures: focus mode', () => {
  const reports = [
    makeReport('page', [
      { value: 14000, qualifier: 'about' },
      { value: 600, qualifier: 'about', concept: 'troops_killed' },
    ]),
    makeReport('x', [
      { value: 14000, qualifier: 'about' },
      { value: 6000, qualifier: 'more_than', concept: 'troops_killed' },
      { value: 37, of: 64, concept: 'settlements_closed' },
    ]),
    makeReport('y', [{ value: 15000, qualifier: 'about' }, { value: 37, of: 64, concept: 'settlements_closed' }]),
  ];

  it('keeps only groups with a figure of the focused report, with its verdicts', () => {
    const groups = compareFigures(reports, { focus: 'page' });
    expect(groups.map((g) => g.concept).sort()).toEqual(['troops_killed', 'troops_sent']);
    const killed = groups.find((g) => g.concept === 'troops_killed');
    expect(killed?.focus).toHaveLength(1);
    const fk = killed?.focus?.[0];
    expect(fk?.verdict).toBe('conflict');
    expect(killed?.members[fk?.member ?? -1]?.reportId).toBe('page');
    expect(fk?.disagrees.map((i) => killed?.members[i]?.reportId)).toEqual(['x']);
    expect(fk?.agrees).toEqual([]);

    const sent = groups.find((g) => g.concept === 'troops_sent');
    const fs = sent?.focus?.[0];
    expect(fs?.verdict).toBe('discrepancy');
    expect(fs?.agrees.map((i) => sent?.members[i]?.reportId)).toEqual(['x']);
    expect(fs?.disagrees.map((i) => sent?.members[i]?.reportId)).toEqual(['y']);
  });

  it('returns nothing for a report with no shared figures, and no focus field without focus', () => {
    expect(compareFigures(reports, { focus: 'unknown' })).toEqual([]);
    expect(compareFigures(reports).every((g) => g.focus === undefined)).toBe(true);
  });
});

describe('compareFigures: speed', () => {
  it('compares hundreds of reports of dozens of figures quickly', () => {
    const concepts = Array.from({ length: 30 }, (_, i) => `concept_${i}`);
    const qualifiers = ['exact', 'about', 'more_than', 'up_to', 'nearly'] as const;
    const reports = Array.from({ length: 300 }, (_, r) =>
      makeReport(
        `r${r}`,
        concepts.map((concept, c) => ({
          concept,
          value: (c + 1) * 1000 * (1 + ((r * 7 + c) % 4) * 0.05),
          qualifier: qualifiers[(r + c) % qualifiers.length] ?? 'exact',
        })),
        (r % 5 === 0 ? { wireGroup: `w${r % 3}` } : {}),
      ),
    );
    let fastest = Infinity;
    let groups: FigureGroup[] = [];
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      groups = compareFigures(reports);
      fastest = Math.min(fastest, performance.now() - t0);
    }
    expect(groups).toHaveLength(30);
    // 9,000 figures in 30 groups of 300: about 10 ms here; the bound leaves room for a loaded machine.
    expect(fastest).toBeLessThan(150);
  });
});
