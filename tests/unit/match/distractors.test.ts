import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFileReport } from '../../../cli/commands/match.ts';
import { compareReports } from '../../../cli/commands/compare.ts';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/match');

function fixtureFiles(): string[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
}

describe('distractors: other events with the same names and years', () => {
  it('are named category--slug and hold a short report', () => {
    const files = fixtureFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(f).toMatch(/^[a-z0-9-]+--[a-z0-9-]+\.txt$/);
  });

  it('are never the same story as a seed report', async () => {
    if (!existsSync(SEEDS)) throw new Error(`${SEEDS} is missing: this test needs ../shared beside the project`);
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
    const distractors = fixtureFiles().map((f) => join(FIXTURES, f));
    const reports = await Promise.all([...seeds, ...distractors].map((f) => loadFileReport(f)));
    const { links } = compareReports(reports);
    const wrong = links.filter(
      (l) => l.relation === 'same_story' && distractors.includes(l.a) !== distractors.includes(l.b),
    );
    expect(wrong.map((l) => `${l.a} ~ ${l.b}`)).toEqual([]);
    // The seeds' own story still holds among them.
    const seedSame = links.filter((l) => l.relation === 'same_story' && seeds.includes(l.a) && seeds.includes(l.b));
    expect(seedSame.length).toBe(6);
  });
});
