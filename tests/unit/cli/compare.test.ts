import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../cli/commands/compare.ts';
import { loadFileReport } from '../../../cli/commands/match.ts';
import { SEEDS_DIR, loadGold } from '../conflicts/seed-gold.ts';

describe('parallax compare: figureGroups', () => {
  it('lists the seed reports’ figure groups with each member’s file, quote, interval and source', async () => {
    const gold = loadGold();
    const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS_DIR, f));
    const { figureGroups } = compareReports(await Promise.all(files.map((f) => loadFileReport(f))));
    const conflicts = figureGroups.filter((g) => g.verdict === 'conflict');
    expect(conflicts.length).toBeGreaterThanOrEqual(gold.conflicts.filter((c) => c.verdict === 'conflict').length);
    for (const g of figureGroups) {
      for (const m of g.members) {
        expect(files).toContain(m.file);
        expect(Object.keys(m).sort()).toEqual(['asOf', 'attribution', 'file', 'high', 'low', 'qualifier', 'quote', 'value']);
        expect(m.low).toBeLessThanOrEqual(m.high);
      }
    }
    // Every gold conflict value is a member of some conflict group.
    const values = new Set(conflicts.flatMap((g) => g.members.map((m) => m.value)));
    for (const c of gold.conflicts.filter((x) => x.verdict === 'conflict')) {
      for (const v of c.values) expect(values.has(v), `${c.concept} ${v}`).toBe(true);
    }
  });
});
