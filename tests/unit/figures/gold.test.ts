import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures/extract-figures.ts';
import type { Figure, Qualifier } from '../../../lib/model/figure.ts';
import { type ReadLanguage, isReadLanguage } from '../../../lib/model/language.ts';

/** The seed reports and their gold figures, read where they are (never copied into the project). */
const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

interface GoldFigure {
  report: string;
  concept: string;
  quote: string;
  value: number;
  qualifier: Qualifier;
}
interface Gold {
  reports: Record<string, { file: string; lang: string; published: string | null }>;
  figures: GoldFigure[];
  not_figures: { report: string; quote: string }[];
}

function loadGold(): Gold {
  const path = `${SEEDS}gold.json`;
  if (!existsSync(path)) throw new Error(`Seed gold file missing: ${path}`);
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}

const gold = loadGold();
const reports = new Map<string, { text: string; lang: ReadLanguage; figures: Figure[] }>();
for (const [id, r] of Object.entries(gold.reports)) {
  const path = `${SEEDS}${r.file}`;
  if (!existsSync(path)) throw new Error(`Seed report missing: ${path}`);
  if (!isReadLanguage(r.lang)) throw new Error(`Seed ${id} has a language Parallax does not read: ${r.lang}`);
  const text = readFileSync(path, 'utf8');
  reports.set(id, { text, lang: r.lang, figures: extractFigures(text, r.lang, { published: r.published }) });
}

function report(id: string): { text: string; lang: ReadLanguage; figures: Figure[] } {
  const r = reports.get(id);
  if (r === undefined) throw new Error(`No seed report ${id}`);
  return r;
}

/** The figure stating a gold figure: overlapping its quote, with the same value. */
function found(g: GoldFigure): Figure | undefined {
  const r = report(g.report);
  const start = r.text.indexOf(g.quote);
  expect(start, `gold quote not in report ${g.report}: ${g.quote}`).toBeGreaterThanOrEqual(0);
  const end = start + g.quote.length;
  return r.figures.find((f) => f.start < end && start < f.end && Math.abs(f.value - g.value) <= 1e-9 * Math.max(1, g.value));
}

describe('figures on the seed reports (gold.json)', () => {
  it.each(gold.figures.map((g) => [g.report, g.quote, g] as const))('report %s states "%s"', (_id, _quote, g) => {
    const f = found(g);
    expect(f, `no figure for "${g.quote}" = ${g.value}`).toBeDefined();
    expect(f?.qualifier).toBe(g.qualifier);
  });

  it.each(gold.not_figures.map((n) => [n.report, n.quote] as const))('report %s does not state "%s" as a figure', (id, quote) => {
    const r = report(id);
    let from = 0;
    for (;;) {
      const start = r.text.indexOf(quote, from);
      if (start < 0) break;
      const end = start + quote.length;
      const hit = r.figures.find((f) => f.start < end && start < f.end);
      expect(hit, `"${quote}" read as ${JSON.stringify(hit)}`).toBeUndefined();
      from = end;
    }
  });

  it('gives one key to the figures gold groups under one concept, and different keys across concepts', () => {
    // The share of closed settlements shares the key of their count: the unit ("share" vs "count" with `of`)
    // tells them apart, and a consumer can check 37 of 64 against "nearly 60%" (see lib/model/figure.ts).
    const goldConcept = (c: string): string => (c === 'settlements_closed_share' ? 'settlements_closed' : c);
    const keyOf = new Map<string, Set<string>>();
    for (const g of gold.figures) {
      const f = found(g);
      if (f === undefined) throw new Error(`no figure for "${g.quote}"`);
      const set = keyOf.get(goldConcept(g.concept)) ?? new Set<string>();
      set.add(f.concept);
      keyOf.set(goldConcept(g.concept), set);
    }
    for (const [concept, keys] of keyOf) expect([...keys], `keys for ${concept}`).toHaveLength(1);
    const keys = [...keyOf.values()].map((s) => [...s][0]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('states North Korea as whose troops they are, in every language', () => {
    for (const g of gold.figures.filter((x) => x.concept === 'troops_sent')) expect(found(g)?.subject).toBe('KP');
  });

  it('quotes exactly what the text says, in text order', () => {
    for (const r of reports.values()) {
      for (const f of r.figures) expect(r.text.slice(f.start, f.end)).toBe(f.quote);
      const starts = r.figures.map((f) => f.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('bounds each figure by its wording', () => {
    const check = (quote: string, low: number, high: number): void => {
      const g = gold.figures.find((x) => x.quote === quote);
      if (g === undefined) throw new Error(`no gold figure ${quote}`);
      const f = found(g);
      expect(f?.low).toBeCloseTo(low, 6);
      expect(f?.high).toBeCloseTo(high, 6);
    };
    check('khoảng 14.000 binh sĩ', 13650, 14350);
    check('tới 12.000 người Triều Tiên', 8000, 12000);
    check('nearly 60% of settlements', 0.54, 0.6);
    check('超过一半的居民点', 0.5, 0.75);
    check('37 trong 64 khu định cư', 37, 37);
  });

  it('reads the time and source a sentence gives', () => {
    const vi = report('000').figures.find((f) => f.quote.includes('14.000'));
    expect(vi?.asOf).toBe('năm ngoái');
    expect(vi?.asOfDate).toBe('2024');
    const zh = report('002').figures.find((f) => f.quote.includes('1万4000'));
    expect(zh?.asOf).toBe('去年');
    const pt = report('003').figures.find((f) => f.quote.includes('600'));
    expect(pt?.asOf).toBe('em abril');
    expect(pt?.attribution).toContain('Coréia do Sul');
    const zelensky = report('001').figures.find((f) => f.quote.includes('12.000'));
    expect(zelensky?.attribution).toContain('Zelensky');
    const budanov = report('001').figures.find((f) => f.quote.includes('6.000 kỹ sư'));
    expect(budanov?.attribution).toContain('Budanov');
  });
});
