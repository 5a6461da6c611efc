import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.ts';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');

const run = (args: string[]) => runCli(args);

describe('parallax analyze', () => {
  it('prints one JSON object per seed with file, lang, title and figures', async () => {
    if (!existsSync(SEEDS)) throw new Error('../shared/seeds is missing: this test needs ../shared beside the project');
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
    const { code, out } = await run(['analyze', ...files, '--json']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; lang: string; title: string; figures: unknown[] });
    expect(lines.map((l) => l.lang)).toEqual(['vi', 'vi', 'zh', 'pt', 'en']);
    expect(lines.map((l) => l.file)).toEqual(files);
    for (const l of lines) {
      expect(l.title.length).toBeGreaterThan(5);
      expect(Array.isArray(l.figures)).toBe(true);
    }
    expect(lines[2]!.title).toContain('朝鲜军队');
  });

  it('reads an HTML file', async () => {
    const { code, out } = await run(['analyze', resolve(import.meta.dirname, '../../fixtures/pages/news--flood-da-nang-vi.html'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ lang: 'vi' });
  });

  it('gives a clear message for a file that is not UTF-8, an empty file and a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const bad = await run(['analyze', join(dir, 'latin1.txt')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not valid UTF-8/);
    expect((await run(['analyze', join(dir, 'empty.txt')])).err).toMatch(/empty/);
    expect((await run(['analyze', join(dir, 'nope.txt')])).err).toMatch(/no such file/);
    expect((await run(['analyze', join(dir, 'x.pdf')])).err).toMatch(/only .txt and .html/);
  });

  it('decodes an HTML file in the charset it declares', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
    const body = `<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><article><h1>Caf\xe9</h1>${'<p>Le caf\xe9 de la place a servi 120 clients lundi, selon le propri\xe9taire, qui pr\xe9voit d\x27ouvrir une terrasse au printemps prochain.</p>'.repeat(4)}</article></body></html>`;
    writeFileSync(join(dir, 'cp1252.html'), Buffer.from(body, 'latin1'));
    const { code, out } = await run(['analyze', join(dir, 'cp1252.html'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).title).toBe('Café');
  });

  it('reads a file in the language given with --lang, and refuses an unknown one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
    // One short sentence: too short to be sure of its language, so the reader says which it is.
    writeFileSync(join(dir, 'one.txt'), 'Le séisme a fait 832 morts.\n');
    const { code, out } = await run(['analyze', '--lang', 'fr', join(dir, 'one.txt'), '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { lang: string; figures: { value: number }[] };
    expect(result.lang).toBe('fr');
    expect(result.figures.map((f) => f.value)).toContain(832);
    const bad = await run(['analyze', '--lang', 'xx', join(dir, 'one.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--lang/);
    for (const command of ['compare', 'match']) expect((await run([command, '--lang', 'klingon', 'a.txt', 'b.txt'])).code).toBe(2);
  });

  it('prints usage for an unknown command', async () => {
    const { code, err } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown command/);
  });
});
