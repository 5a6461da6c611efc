import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../../lib/conflicts/compare-figures.ts';
import { intervalFor } from '../../../lib/conflicts/interval.ts';
import type { ComparedReport, FigureGroup } from '../../../lib/conflicts/types.ts';
import type { Figure } from '../../../lib/model/figure.ts';
import { isSettlementsConcept, loadGold, seedText, type GoldFigure } from './seed-gold.ts';

const gold = loadGold();

/** gold.json writes the whole of "37 of 64" into the attribution as "(of 64)". */
function wholeOf(f: GoldFigure): number | null {
  const m = /\(of (\d+)\)/.exec(f.attribution);
  return m?.[1] ? Number(m[1]) : null;
}

/** A Figure from a gold figure: its value, qualifier, concept and attribution; the interval by the shared rules. */
function goldFigure(f: GoldFigure, text: string): Figure {
  const unit = f.concept.endsWith('_share') ? 'share' : 'count';
  const { low, high } = intervalFor(f.value, f.qualifier, { unit });
  const start = text.indexOf(f.quote);
  if (start < 0) throw new Error(`gold quote ${JSON.stringify(f.quote)} not found in report ${f.report}`);
  return {
    quote: f.quote,
    start,
    end: start + f.quote.length,
    value: f.value,
    low,
    high,
    qualifier: f.qualifier,
    qualifierText: null,
    unit,
    concept: f.concept,
    noun: '',
    subject: null,
    event: null,
    attribution: f.attribution,
    asOf: null,
    of: wholeOf(f),
  };
}

const reports: ComparedReport[] = Object.entries(gold.reports).map(([id, r]) => {
  const text = seedText(r);
  return {
    id,
    lang: r.lang,
    title: r.outlet,
    siteName: r.outlet,
    publishedTime: r.published,
    figures: gold.figures.filter((f) => f.report === id).map((f) => goldFigure(f, text)),
  };
});

const groups = compareFigures(reports);

/** The group holding this gold figure, identified by report and quote (not by concept key). */
function groupOf(f: GoldFigure): FigureGroup | undefined {
  return groups.find((g) => g.members.some((m) => m.reportId === f.report && m.quote === f.quote));
}

describe('compareFigures on the gold figures of the seed reports', () => {
  const conflicts = gold.conflicts.filter((c) => c.verdict === 'conflict');

  it('gold lists the conflicts this test checks', () => {
    expect(conflicts.map((c) => c.concept).sort()).toEqual(['engineers_sent', 'troops_killed', 'troops_sent']);
  });

  for (const c of conflicts) {
    it(`finds the ${c.concept} conflict (${c.values.join(' vs ')})`, () => {
      const figures = gold.figures.filter((f) => f.concept === c.concept);
      const found = new Set(figures.map(groupOf));
      // All figures of the concept in one group, and nothing else in it.
      expect(found.size).toBe(1);
      const [group] = [...found];
      expect(group).toBeDefined();
      expect(group?.verdict).toBe('conflict');
      expect(group?.members).toHaveLength(figures.length);
      const values = new Set(group?.members.map((m) => m.value));
      for (const v of c.values) expect(values.has(v)).toBe(true);
    });
  }

  it('groups 37 of 64, nearly 60% and more than half as consistent, never as a conflict', () => {
    const settlements = gold.figures.filter((f) => isSettlementsConcept(f.concept));
    expect(settlements.length).toBeGreaterThanOrEqual(5);
    const found = new Set(settlements.map(groupOf));
    expect(found.size).toBe(1);
    const [group] = [...found];
    expect(group?.verdict).toBe('consistent');
    expect(group?.members).toHaveLength(settlements.length);
    expect(group?.scale).toBe('share');
    for (const g of groups) {
      if (g.members.some((m) => isSettlementsConcept(m.concept))) expect(g.verdict).not.toBe('conflict');
    }
  });

  it('ranks the three conflicts above everything else', () => {
    const top = groups.slice(0, 3).map((g) => g.verdict);
    expect(top).toEqual(['conflict', 'conflict', 'conflict']);
    expect(groups.slice(3).every((g) => g.verdict !== 'conflict')).toBe(true);
  });

  it('names a different authority for Zelensky’s figure', () => {
    const zelensky = gold.figures.find((f) => f.concept === 'troops_sent' && f.attribution === 'Zelensky');
    if (!zelensky) throw new Error('gold has no Zelensky figure for troops_sent');
    const group = groupOf(zelensky);
    const explained = group?.explanations.filter((e) => e.kind === 'different_source') ?? [];
    expect(explained.some((e) => e.sides[1].includes('Zelensky'))).toBe(true);
  });

  it('marks each figure of the focused report, for the page highlights', () => {
    const focused = compareFigures(reports, { focus: '003' });
    const verdicts = focused.flatMap((g) => (g.focus ?? []).map((f) => [g.members[f.member]?.value, f.verdict]));
    // 003 (AP, June): about 15,000 troops, about 600 dead, 1,000 sappers.
    expect(verdicts).toEqual(
      expect.arrayContaining([
        [600, 'conflict'],
        [1000, 'conflict'],
        [15000, 'conflict'],
      ]),
    );
  });
});
