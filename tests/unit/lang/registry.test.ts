// Meta-tests over the languages: one folder, one module and one registry line each, every module complete.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LanguageModule } from '../../../lib/lang/language-module.ts';
import { LANGUAGES, LANGUAGE_MODULES } from '../../../lib/lang/registry.ts';
import { READ_LANGUAGES } from '../../../lib/model/language.ts';

const LANG_DIR = resolve(import.meta.dirname, '../../../lib/lang');
const PARTS = ['numbers', 'figures', 'names', 'words', 'detection'] as const satisfies readonly (keyof LanguageModule)[];

/** Every folder under lib/lang is a language's. */
const folders = readdirSync(LANG_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('the language registry', () => {
  it('registers exactly the languages that have a folder, under the codes Parallax reads', () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual([...folders].sort());
    expect(Object.keys(LANGUAGES).sort()).toEqual([...READ_LANGUAGES].sort());
    expect(LANGUAGE_MODULES.map((m) => m.code)).toEqual([...READ_LANGUAGES]);
  });

  for (const code of folders) {
    it(`${code}: its folder's index.ts exports the registered module, with every part under its own code`, async () => {
      const index = (await import(resolve(LANG_DIR, code, 'index.ts'))) as Record<string, unknown>;
      const module = LANGUAGES[code as keyof typeof LANGUAGES];
      expect(index[code]).toBe(module);
      for (const part of PARTS) expect(module, part).toHaveProperty(part);
      expect(module.code).toBe(code);
      expect(module.numbers.code).toBe(code);
      expect(module.figures.lang).toBe(code);
      expect(module.names.code).toBe(code);
      expect(Object.keys(module.names.countries).length, 'country names').toBeGreaterThan(200);
      expect(module.detection.franc.length).toBeGreaterThan(0);
    });

    it(`${code}: declares its concept lexicon if and only if the folder has one, and the file is there`, () => {
      const module = LANGUAGES[code as keyof typeof LANGUAGES];
      const onDisk = readdirSync(resolve(LANG_DIR, code)).filter((f) => f.endsWith('.txt'));
      if (module.words === null) expect(onDisk).toEqual([]);
      else {
        expect(existsSync(resolve(LANG_DIR, code, module.words.lexicon))).toBe(true);
        expect(onDisk).toEqual([module.words.lexicon]);
        // The source the module declares is the one the build wrote into the lexicon's first line.
        const head = readFileSync(resolve(LANG_DIR, code, module.words.lexicon), 'utf8').slice(0, 400).split('\n')[0]!;
        const wiktionary = head.includes('Wiktionary');
        expect(wiktionary ? (head.includes('Wordnet') ? 'wordnet and wiktionary' : 'wiktionary') : 'wordnet').toBe(module.words.source);
      }
    });
  }

  it('gives each franc code to one language only', () => {
    const codes = LANGUAGE_MODULES.flatMap((m) => m.detection.franc);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
