import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConceptLexicons } from '../../../cli/concept-lexicons.ts';
import { loadFileReport, type FileReport } from '../../../cli/commands/match.ts';
import { findMatches } from '../../../lib/match/find-matches.ts';
import { MemoryMatchIndex } from '../../../lib/match/memory-index.ts';
import { scoreAllPairs } from '../../../lib/match/pairwise.ts';
import { describeReportKeys } from '../../../lib/match/report-keys.ts';
import { loadArticleFile } from '../../../cli/load-article.ts';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import { reportKeys } from '../../../lib/match/report-keys.ts';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');

interface Gold {
  reports: Record<string, { file: string; published: string | null }>;
  same_story: string[];
  related: Record<string, string>;
}

function gold(): Gold {
  if (!existsSync(join(SEEDS, 'gold.json'))) throw new Error(`${SEEDS} is missing: this test needs ../shared beside the project`);
  return JSON.parse(readFileSync(join(SEEDS, 'gold.json'), 'utf8')) as Gold;
}

type Input = { id: string; keys: string[]; publishedAt: number | null; lang?: string };

/** The relation of every pair, keyed "000-001". */
function relations(inputs: readonly Input[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const { a, b, pair } of scoreAllPairs(inputs)) out.set(`${inputs[a]?.id}-${inputs[b]?.id}`, pair.relation);
  return out;
}

function expectGold(g: Gold, rel: Map<string, string | null>): void {
  const ids = Object.keys(g.reports).sort();
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] ?? '';
      const b = ids[j] ?? '';
      const both = g.same_story.includes(a) && g.same_story.includes(b);
      const expected = both ? 'same_story' : a in g.related || b in g.related ? 'related' : null;
      expect(rel.get(`${a}-${b}`), `${a} and ${b}`).toBe(expected);
    }
  }
}

async function seedReports(g: Gold): Promise<Array<{ id: string; report: FileReport }>> {
  return Promise.all(
    Object.entries(g.reports).map(async ([id, r]) => ({ id, report: await loadFileReport(join(SEEDS, r.file)) })),
  );
}

describe('matching the seed reports', () => {
  // As the extension keys them: ordinary words through the concept lexicons.
  beforeAll(() => loadConceptLexicons());

  it('finds 000, 001, 002 and 004 the same story, and 003 (June 2025) related to each', async () => {
    const g = gold();
    const seeds = await seedReports(g);
    expectGold(g, relations(seeds.map(({ id, report }) => ({ id, keys: report.keys.map((k) => k.key), publishedAt: null, lang: report.lang }))));
  });

  it('does so on names, numbers and dates alone, without figures', async () => {
    const g = gold();
    const inputs: Input[] = [];
    for (const [id, r] of Object.entries(g.reports)) {
      const article = await loadArticleFile(join(SEEDS, r.file));
      inputs.push({ id, keys: describeReportKeys({ ...article, figures: [] }).map((k) => k.key), publishedAt: null, lang: article.lang });
    }
    expectGold(g, relations(inputs));
  });

  it('does so with their publication dates', async () => {
    const g = gold();
    const seeds = await seedReports(g);
    const inputs = seeds.map(({ id, report }) => {
      const published = g.reports[id]?.published;
      return { id, keys: report.keys.map((k) => k.key), publishedAt: published ? Date.parse(published) : null, lang: report.lang };
    });
    expectGold(g, relations(inputs));
  });

  it('returns them from a corpus, with what they share, best first', async () => {
    const g = gold();
    const seeds = await seedReports(g);
    const index = new MemoryMatchIndex();
    seeds.forEach(({ report }, id) => index.add({ id, keys: report.keys.map((k) => k.key), lang: report.lang, publishedAt: null }));
    const query = seeds.findIndex((s) => s.id === '000');
    const report = seeds[query]?.report;
    if (!report) throw new Error('seed 000 not loaded');
    const matches = await findMatches(
      { keys: report.keys.map((k) => k.key), publishedAt: null, exclude: [query], labels: new Map(report.keys.map((k) => [k.key, k.label])) },
      index,
    );
    const byId = new Map(matches.map((m) => [seeds[m.id]?.id, m]));
    for (const id of ['001', '002', '004']) expect(byId.get(id)?.relation, id).toBe('same_story');
    expect(byId.get('003')?.relation).toBe('related');
    expect(matches[matches.length - 1]?.id).toBe(seeds.findIndex((s) => s.id === '003'));
    // Why 002 (zh) matched 000 (vi): names across scripts, shown as 000 writes them.
    const labels = byId.get('002')?.shared.map((s) => s.label) ?? [];
    expect(labels).toEqual(expect.arrayContaining(['Peskov', 'Kursk', 'Bolshesoldatsky']));
  });

  it('holds among 2,000 other reports that share their common names', async () => {
    const g = gold();
    const seeds = await seedReports(g);
    const index = new MemoryMatchIndex();
    seeds.forEach(({ report }, id) => index.add({ id, keys: report.keys.map((k) => k.key), lang: report.lang, publishedAt: null }));
    generateCorpus({ reports: 2000, seed: 11 }).forEach((r, i) =>
      index.add({ id: 1000 + i, keys: reportKeys({ ...r, figures: [] }), lang: r.lang, publishedAt: null }),
    );
    for (const [q, { id, report }] of seeds.entries()) {
      const matches = await findMatches({ keys: report.keys.map((k) => k.key), publishedAt: null, exclude: [q] }, index);
      const same = matches.filter((m) => m.relation === 'same_story').map((m) => seeds[m.id]?.id ?? 'other').sort();
      const expected = g.same_story.includes(id) ? g.same_story.filter((s) => s !== id) : [];
      expect(same, id).toEqual(expected);
      const others = new Set(seeds.map((s) => s.id).filter((s) => s !== id));
      const related = matches.filter((m) => m.relation === 'related' && others.has(seeds[m.id]?.id ?? '')).map((m) => seeds[m.id]?.id);
      if (id === '003') expect(related.sort(), id).toEqual(g.same_story);
      else expect(related, id).toEqual(['003']);
    }
  }, 30_000);
});
