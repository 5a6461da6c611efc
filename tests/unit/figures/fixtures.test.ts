import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures/extract-figures.ts';
import { isReadLanguage } from '../../../lib/model/language.ts';

/**
 * Fixture cases: tests/fixtures/figures/<lang>--<slug>.txt beside <lang>--<slug>.expected.json, the figures as a
 * reviewable list. A missing expected file is written once from the current output (review it in the diff);
 * after that any change fails. Every case is read as published on PUBLISHED, to resolve "last year" and months.
 */
const DIR = fileURLToPath(new URL('../../fixtures/figures/', import.meta.url));
const PUBLISHED = '2025-11-14';

const texts = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('figure fixtures', () => {
  it('has cases, each named <lang>--<slug> with a language Parallax reads', () => {
    expect(texts.length).toBeGreaterThanOrEqual(16);
    for (const f of texts) {
      const m = /^([a-z]{2})--[a-z0-9-]+\.txt$/.exec(f);
      expect(m, f).not.toBeNull();
      expect(isReadLanguage(m?.[1] ?? ''), f).toBe(true);
    }
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.expected.json'))) {
      expect(existsSync(`${DIR}${f.replace(/\.expected\.json$/, '.txt')}`), `${f} has no text`).toBe(true);
    }
  });

  it.each(texts)('%s', (file) => {
    const lang = file.slice(0, 2);
    if (!isReadLanguage(lang)) throw new Error(`bad fixture language: ${file}`);
    const text = readFileSync(`${DIR}${file}`, 'utf8');
    const figures = extractFigures(text, lang, { published: PUBLISHED });
    const actual = `${JSON.stringify(figures, null, 2)}\n`;
    const expectedPath = `${DIR}${file.replace(/\.txt$/, '.expected.json')}`;
    if (!existsSync(expectedPath)) writeFileSync(expectedPath, actual);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
