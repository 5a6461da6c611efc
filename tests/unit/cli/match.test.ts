import { existsSync, mkdtempSync, readdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.ts';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/match');

const run = (args: string[]) => runCli(args);

function seedFiles(): string[] {
  if (!existsSync(SEEDS)) throw new Error(`${SEEDS} is missing: this test needs ../shared beside the project`);
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
}

describe('parallax compare', () => {
  it('prints the reports and one link per related pair, files as given', async () => {
    const files = seedFiles();
    const { code, out } = await run(['compare', ...files, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      reports: Array<{ file: string; lang: string; title: string }>;
      links: Array<{ a: string; b: string; score: number; relation: string }>;
    };
    expect(result.reports.map((r) => r.file)).toEqual(files);
    expect(result.links.length).toBe(10);
    for (const l of result.links) {
      expect(files).toContain(l.a);
      expect(files).toContain(l.b);
      expect(l.score).toBeGreaterThan(0);
      expect(['same_story', 'related']).toContain(l.relation);
    }
  });

  it('says so in words without --json', async () => {
    const { code, out } = await run(['compare', ...seedFiles()]);
    expect(code).toBe(0);
    expect(out).toContain('same story');
    expect(out).toContain('shared:');
  });
});

describe('parallax match', () => {
  it('finds the seeds’ story in a directory, leaving the query out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-match-'));
    for (const f of [...seedFiles(), ...readdirSync(FIXTURES).map((f) => join(FIXTURES, f))]) {
      copyFileSync(f, join(dir, f.split('/').pop() ?? 'x.txt'));
    }
    writeFileSync(join(dir, 'notes.md'), 'not read');
    const query = join(dir, readdirSync(dir).find((f) => f.startsWith('000_')) ?? '');
    const { code, out } = await run(['match', '--corpus', dir, '--json', query]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { query: string; matches: Array<{ file: string; relation: string; score: number }> };
    expect(result.query).toBe(query);
    expect(result.matches.map((m) => m.file)).not.toContain(query);
    const same = result.matches.filter((m) => m.relation === 'same_story').map((m) => m.file.split('/').pop()?.slice(0, 3));
    expect(same.sort()).toEqual(['001', '002', '004']);
    const scores = result.matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps each query out of its own matches only: queries from the corpus still find one another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-match-'));
    for (const f of seedFiles()) copyFileSync(f, join(dir, f.split('/').pop() ?? 'x.txt'));
    const [a, b] = ['000_', '001_'].map((p) => join(dir, readdirSync(dir).find((f) => f.startsWith(p)) ?? ''));
    const { code, out } = await run(['match', '--corpus', dir, '--json', a!, b!]);
    expect(code).toBe(0);
    const results = out.trim().split('\n').map((l) => JSON.parse(l) as { query: string; matches: Array<{ file: string; relation: string }> });
    expect(results.map((r) => r.query)).toEqual([a, b]);
    const [forA, forB] = results.map((r) => r.matches.map((m) => m.file));
    expect(forA).toContain(b);
    expect(forA).not.toContain(a);
    expect(forB).toContain(a);
    expect(forB).not.toContain(b);
    // Each query meets the other three seeds too, as it would alone.
    expect(forA).toHaveLength(4);
    expect(forB).toHaveLength(4);
  });

  it('refuses a missing corpus directory with a usage message', async () => {
    const { code, err } = await run(['match', '--json', 'x.txt']);
    expect(code).toBe(2);
    expect(err).toContain('--corpus');
  });
});
