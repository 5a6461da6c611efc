import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIGURE_LANGUAGES } from '../../../lib/lang/figure-languages.ts';
import { READ_LANGUAGES } from '../../../lib/model/language.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/figures/', import.meta.url));
const TESTS = fileURLToPath(new URL('./', import.meta.url));

describe('figure language data', () => {
  it('has one module per language Parallax reads, registered under its own code', () => {
    expect(Object.keys(FIGURE_LANGUAGES).sort()).toEqual([...READ_LANGUAGES].sort());
    for (const [code, words] of Object.entries(FIGURE_LANGUAGES)) expect(words.lang).toBe(code);
  });

  it('gives every language its unit tests and at least two fixture cases', () => {
    const fixtures = readdirSync(FIXTURES);
    for (const code of READ_LANGUAGES) {
      expect(existsSync(`${TESTS}${code}/figures.test.ts`), `tests/unit/lang/${code}/figures.test.ts`).toBe(true);
      expect(fixtures.filter((f) => f.startsWith(`${code}--`) && f.endsWith('.txt')).length, code).toBeGreaterThanOrEqual(2);
    }
  });

  it('writes phrases in lower case, trimmed, with a stem star only at the end', () => {
    for (const words of Object.values(FIGURE_LANGUAGES)) {
      const phrases = [
        ...Object.keys(words.qualifiersBefore),
        ...Object.keys(words.qualifiersAfter),
        ...Object.keys(words.nouns),
        ...Object.keys(words.units),
        ...Object.keys(words.currencies),
        ...Object.keys(words.events),
        ...Object.keys(words.subjects),
        ...words.militaryContext,
        ...words.attributionBefore,
        ...words.attributionAfter,
        ...Object.keys(words.relativeTimes),
      ];
      for (const p of phrases) {
        expect(p, `${words.lang}: "${p}"`).toBe(p.toLowerCase().trim());
        expect(p.length, `${words.lang}: empty phrase`).toBeGreaterThan(0);
        expect(p.slice(0, -1).includes('*'), `${words.lang}: "${p}"`).toBe(false);
      }
    }
  });

  it('names the same subjects and events in every language', () => {
    const subjects = (code: keyof typeof FIGURE_LANGUAGES): Set<string> => new Set(Object.values(FIGURE_LANGUAGES[code].subjects));
    const events = (code: keyof typeof FIGURE_LANGUAGES): Set<string> => new Set(Object.values(FIGURE_LANGUAGES[code].events));
    for (const code of READ_LANGUAGES) {
      for (const key of ['KP', 'KR', 'RU', 'UA', 'US', 'CN']) expect(subjects(code).has(key), `${code} names ${key}`).toBe(true);
      for (const key of ['sent', 'deployed', 'killed', 'wounded', 'casualties', 'missing', 'closed']) expect(events(code).has(key), `${code} has ${key}`).toBe(true);
    }
  });
});
