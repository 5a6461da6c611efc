// Meta-tests over the per-language number data: one module per language, all complete and well-formed.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NUMBER_LANGUAGES } from '../../../lib/lang/number-languages.ts';
import { phraseKeys } from '../../../lib/numbers/lexicon.ts';
import { READ_LANGUAGES } from '../../../lib/model/language.ts';

const LANG_DIR = resolve(import.meta.dirname, '../../../lib/lang');

describe('number language data', () => {
  it('has one module per read language, registered under its own code', () => {
    const folders = readdirSync(LANG_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && readdirSync(resolve(LANG_DIR, d.name)).includes('numbers.ts'))
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...READ_LANGUAGES].sort());
    for (const lang of READ_LANGUAGES) expect(NUMBER_LANGUAGES[lang].code).toBe(lang);
  });

  for (const lang of READ_LANGUAGES) {
    it(`${lang}: keys are lower case NFC, read as tokens, and the marks do not clash`, () => {
      const data = NUMBER_LANGUAGES[lang];
      expect(data.groupMarks).not.toContain(data.decimalMark);
      const phraseLists = [
        Object.keys(data.words), data.percentAfter, Object.keys(data.percentBefore), Object.keys(data.currencyBefore),
        Object.keys(data.currencyAfter), Object.keys(data.minorUnits), Object.keys(data.boundsBefore),
        Object.keys(data.boundsAfter), data.months, data.yearBefore, data.notNumbers, data.ranges.map((r) => r.join),
      ];
      for (const list of phraseLists) {
        for (const key of list) {
          expect(key, `${lang}: ${key}`).toBe(key.toLowerCase().normalize('NFC'));
          expect(phraseKeys(key.replace('…', ' ')).length, `${lang}: ${JSON.stringify(key)}`).toBeGreaterThan(0);
        }
      }
      expect(Object.keys(data.words).length).toBeGreaterThan(15);
    });
  }
});
