import { describe, expect, it } from 'vitest';
import { CATALOG_FEEDS } from '../../../lib/catalog/feeds.ts';
import { runCli } from '../../support/run-cli.ts';

type Row = { outlet: string; url: string; lang: string; country: string; topics: string[] };
const rows = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Row);

describe('parallax catalog', () => {
  it('prints one JSON object per feed, with outlet, url, lang, country and topics', async () => {
    const { code, out } = await runCli(['catalog', '--json']);
    expect(code).toBe(0);
    const all = rows(out);
    expect(all).toHaveLength(CATALOG_FEEDS.length);
    for (const row of all) expect(Object.keys(row)).toEqual(['outlet', 'url', 'lang', 'country', 'topics']);
    expect(all.map((r) => r.url)).toEqual(CATALOG_FEEDS.map((f) => f.url));
  });

  it('keeps to one language with --lang', async () => {
    const { code, out } = await runCli(['catalog', '--lang', 'it', '--json']);
    expect(code).toBe(0);
    const it_ = rows(out);
    expect(it_.length).toBeGreaterThanOrEqual(5);
    expect(new Set(it_.map((r) => r.lang))).toEqual(new Set(['it']));
  });

  it('prints a line per feed without --json, and refuses an unknown language or argument', async () => {
    const { out } = await runCli(['catalog', '--lang', 'vi']);
    expect(out.trim().split('\n').every((l) => l.startsWith('vi\t'))).toBe(true);
    for (const args of [['--lang', 'xx'], ['--lang'], ['--fast']]) {
      const bad = await runCli(['catalog', ...args]);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/usage: parallax catalog/);
    }
  });
});
