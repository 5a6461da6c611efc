import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { languageRanker } from '../../../lib/lang/rank-languages.ts';

const SHARED = resolve(import.meta.dirname, '../../../../shared');
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/figures');
const ONLY = ['vie', 'cmn', 'por', 'eng', 'spa', 'fra', 'deu', 'rus', 'jpn', 'kor', 'arb', 'ita', 'ukr', 'bul', 'srp', 'hin', 'ell', 'heb', 'tha'];

function texts(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: this test needs ../shared beside the project`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(resolve(dir, f), 'utf8'));
}

/** Slices as detectLanguage samples them, and shorter ones (other scripts win, other trigrams count). */
function samples(text: string): string[] {
  const from = Math.floor(text.length / 4);
  return [text, text.slice(from, from + 1500), text.slice(0, 90), text.slice(-300)];
}

describe('languageRanker', () => {
  const rank = languageRanker(ONLY, 80);
  const expectFranc = (value: string): void => {
    expect(rank(value)).toEqual(francAll(value, { only: ONLY, minLength: 80 }));
  };

  it('ranks real news in eight languages exactly as franc does', () => {
    const all = [...texts(resolve(SHARED, 'seeds')), ...texts(resolve(SHARED, 'peers/ntrex')), ...texts(FIXTURES)];
    expect(all.length).toBeGreaterThan(200);
    for (const text of all) for (const sample of samples(text)) expectFranc(sample);
  });

  it('ranks mixed scripts, other scripts, digits and astral characters exactly as franc does', () => {
    const pieces = ['Hello world, the troops ', 'Министерство заявило ', '救援队周二乘船抵达', 'ひらがなカタカナ', '한국어 문장 ', 'ελληνικά ', 'עברית ', 'ภาษาไทย ', '𠀀𠀁𡈽 ', '😀 ', '12,345 — 2025 ', '\ud800 ',
      // Cleaning's edges: sigma beside punctuation, every kind of white space, letters whose lower case is longer.
      'ΑΣ.Β ', 'ΟΔΥΣΣΕΑΣ’ ', 'Σ:Σ', '\u2028\ufeff\u1680\v\f\u205f', "l'été, 12:30 — ", 'İstanbul ', 'ǅ ', '!!'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }), (parts) => {
        expectFranc(parts.join(''));
      }),
      { numRuns: 300, seed: 11 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 70, maxLength: 400 }), expectFranc), { numRuns: 200, seed: 12 });
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 70, maxLength: 400 }), expectFranc), { numRuns: 200, seed: 13 });
  });

  it('gives "und" for short or letterless text, as franc does', () => {
    for (const value of ['', 'short', '1234567890 '.repeat(10), '!!! '.repeat(30)]) expectFranc(value);
  });

  it('ranks with every language of a script when none is singled out', () => {
    const all = languageRanker([], 10);
    for (const text of texts(resolve(SHARED, 'seeds'))) expect(all(text)).toEqual(francAll(text, { minLength: 10 }));
  });
});
