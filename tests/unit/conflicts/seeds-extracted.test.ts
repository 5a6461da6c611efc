import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../../lib/conflicts/compare-figures.ts';
import type { ComparedReport, FigureGroup } from '../../../lib/conflicts/types.ts';
import { extractFigures } from '../../../lib/figures/extract-figures.ts';
import type { Figure } from '../../../lib/model/figure.ts';
import { isReadLanguage } from '../../../lib/model/language.ts';
import { isSettlementsConcept, loadGold, seedText, type GoldFigure } from './seed-gold.ts';

/**
 * End to end on the real seed texts: the figure extractor, then the comparison, must find what gold.json lists.
 * Gold figures are matched to extracted ones by place and value, not by concept key (gold's keys are labels).
 */
const gold = loadGold();

const texts = new Map<string, string>();
const reports: ComparedReport[] = Object.entries(gold.reports).map(([id, r]) => {
  if (!isReadLanguage(r.lang)) throw new Error(`seed ${id} has unsupported language ${r.lang}`);
  const text = seedText(r);
  texts.set(id, text);
  return {
    id,
    lang: r.lang,
    title: r.outlet,
    siteName: r.outlet,
    publishedTime: r.published,
    figures: extractFigures(text, r.lang, { published: r.published }),
  };
});

const groups = compareFigures(reports);

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The extracted figure stating this gold figure: its span overlaps the gold quote and its value is the gold value. */
function extractedFor(g: GoldFigure): { report: ComparedReport; figure: Figure } | null {
  const report = reports.find((r) => r.id === g.report);
  const text = texts.get(g.report) ?? '';
  const start = text.indexOf(g.quote);
  if (!report || start < 0) throw new Error(`gold quote ${JSON.stringify(g.quote)} not in report ${g.report}`);
  const end = start + g.quote.length;
  const figure = report.figures.find((f) => f.start < end && f.end > start && sameValue(f.value, g.value));
  return figure ? { report, figure } : null;
}

function groupsHolding(found: Array<{ report: ComparedReport; figure: Figure }>): Set<FigureGroup> {
  const out = new Set<FigureGroup>();
  for (const { report, figure } of found) {
    for (const g of groups) {
      if (g.members.some((m) => m.reportId === report.id && m.start === figure.start && m.end === figure.end)) out.add(g);
    }
  }
  return out;
}

function describeGold(g: GoldFigure): string {
  return `${g.report} ${g.concept} ${g.value} (${g.qualifier}) ${JSON.stringify(g.quote)}`;
}

describe('extractFigures then compareFigures on the seed reports', () => {
  it('extracts every gold figure, with its value', () => {
    const missing = gold.figures.filter((g) => extractedFor(g) === null).map(describeGold);
    expect(missing, `gold figures not extracted:\n${missing.join('\n')}`).toEqual([]);
  });

  for (const c of gold.conflicts.filter((x) => x.verdict === 'conflict')) {
    it(`finds the ${c.concept} conflict (${c.values.join(' vs ')})`, () => {
      const wanted = gold.figures.filter((f) => f.concept === c.concept);
      const found = wanted.flatMap((f) => extractedFor(f) ?? []);
      const missing = wanted.filter((f) => extractedFor(f) === null).map(describeGold);
      expect(found.length, `none of the ${c.concept} figures were extracted`).toBeGreaterThan(0);
      const holding = groupsHolding(found);
      expect(holding.size, `${c.concept} figures spread over ${holding.size} groups`).toBe(1);
      const [group] = [...holding];
      expect(group?.verdict).toBe('conflict');
      const values = new Set(group?.members.map((m) => m.value));
      const absent = c.values.filter((v) => !values.has(v));
      expect(absent, `values missing from the group; gold figures not extracted: ${missing.join('; ') || 'none'}`).toEqual([]);
    });
  }

  it('groups the settlements figures as consistent, never as a conflict', () => {
    const wanted = gold.figures.filter((f) => isSettlementsConcept(f.concept));
    const found = wanted.flatMap((f) => extractedFor(f) ?? []);
    const missing = wanted.filter((f) => extractedFor(f) === null).map(describeGold);
    expect(found.length, 'no settlements figure extracted').toBeGreaterThan(0);
    const holding = groupsHolding(found);
    for (const g of holding) expect(g.verdict).not.toBe('conflict');
    expect(holding.size, `settlements figures spread over ${holding.size} groups`).toBe(1);
    const [group] = [...holding];
    expect(group?.verdict).toBe('consistent');
    expect(missing, `settlements figures not extracted:\n${missing.join('\n')}`).toEqual([]);
  });
});
