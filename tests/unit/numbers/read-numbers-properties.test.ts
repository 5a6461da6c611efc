import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';
import { READ_LANGUAGES, type ReadLanguage } from '../../../lib/model/language.ts';
import { SPELLERS } from './spell-number.ts';

/** Each language with the locales whose number formatting it must read back. */
const LOCALES: Record<ReadLanguage, string[]> = {
  vi: ['vi-VN'],
  zh: ['zh-CN', 'zh-TW'],
  pt: ['pt-BR', 'pt-PT'],
  en: ['en-US', 'en-GB'],
  // Mexican Spanish writes 1,000.5; the reader follows Spain's convention for "es" (1.000,5), as the peers do.
  es: ['es-ES', 'es-AR'],
  fr: ['fr-FR', 'fr-CA'],
  de: ['de-DE', 'de-CH', 'de-AT'],
  ru: ['ru-RU'],
  // Swiss Italian (12'345.67) is left out: the reader follows Italy's convention (12.345,67).
  it: ['it-IT'],
};

function readsBackAs(text: string, lang: ReadLanguage, value: number): void {
  const found = readNumbers(text, lang);
  expect(found, `${lang}: ${JSON.stringify(text)}`).toHaveLength(1);
  const [m] = found;
  expect(m?.start, text).toBe(0);
  expect(m?.end, text).toBe(text.length);
  expect(m?.value, text).toBeCloseTo(value, 6);
}

describe('readNumbers properties', () => {
  for (const lang of READ_LANGUAGES) {
    for (const locale of LOCALES[lang]) {
      it(`reads back what Intl.NumberFormat writes for ${locale}`, () => {
        const integer = fc.integer({ min: 0, max: 999_999_999_999 });
        const decimal = fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 1, max: 99 }))
          .map(([i, c]) => i + c / 100);
        fc.assert(fc.property(fc.oneof(integer, decimal), fc.boolean(), (n, negative) => {
          const value = negative && n !== 0 ? -n : n;
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
          readsBackAs(text, lang, value);
        }), { numRuns: 300, seed: 20261121 });
      });
    }
  }

  for (const [lang, speller] of Object.entries(SPELLERS) as [ReadLanguage, { spell: (n: number) => string; max: number }][]) {
    it(`reads back numbers spelled out in words (${lang})`, () => {
      // French "un" and Italian "uno" alone are articles or pronouns and Vietnamese "không" alone means "not": none
      // is read on its own.
      const min = lang === 'fr' || lang === 'it' ? 2 : lang === 'vi' ? 1 : 0;
      fc.assert(fc.property(fc.integer({ min, max: speller.max }), (n) => {
        readsBackAs(speller.spell(n), lang, n);
      }), { numRuns: 400, seed: 20261121 });
    });
  }

  it('never throws, and returns well-formed matches, on any string in any language', () => {
    const pieces = fc.constantFrom('1', '0', '14.000', '1,5', ' ', '\u00a0', '\u202f', '\u200f', '\u200e', '-', '–', '/',
      '%', '$', '€', '万', '亿', '十', '零', '一', '两', 'hai', 'mươi', 'trăm', 'one', 'hundred', 'and', 'mil', 'e', 'y',
      'vingt', 'et', 'und', 'zwanzig', 'тысяч', 'два', 'пять', 'phần', 'trăm', '分之', '个', '点', 'point', '.', ',',
      'https://x.y/1', '\n', '\n\n', '２', '１', '，', '½', '^', 'e5', 'k', 'M', '(', ')', '+', ':', '年', 'tháng');
    const mixed = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''));
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), mixed);
    fc.assert(fc.property(anyText, fc.constantFrom(...READ_LANGUAGES), fc.boolean(), (text, lang, plain) => {
      for (const options of [{}, { compound: !plain }, { openRanges: true }]) {
        const found = readNumbers(text, lang, options);
        let last = -1;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.text).toBe(text.slice(m.start, m.end));
          expect(typeof m.value).toBe('number');
          expect(Number.isNaN(m.value)).toBe(false);
          last = m.end;
        }
      }
    }), { numRuns: 600, seed: 20261121 });
  });

  it('reads megabytes of digits and number-like text in linear time', () => {
    const MB = 1 << 20;
    // Dense inputs (a number every few characters) are a quarter of a megabyte: 100,000 numbers and more.
    const Q = MB / 4;
    const inputs: [string, ReadLanguage][] = [
      ['7'.repeat(4 * MB), 'en'],
      ['1234567890'.repeat(MB / 10) + ',5', 'en'],
      [`${'a'.repeat(60)} `.repeat(MB / 61), 'de'],
      [`${'\u200f'.repeat(30)}x `.repeat(MB / 32), 'vi'],
      ['1 '.repeat(Q / 2), 'fr'],
      ['1 234 '.repeat(Q / 6), 'fr'],
      ['12,'.repeat(Q / 3), 'en'],
      ['1.2.'.repeat(Q / 4), 'de'],
      ['一二三四五六七八九十百千万亿'.repeat(Q / 16), 'zh'],
      ['two hundred five hundred '.repeat(Q / 25), 'en'],
      ['hai mươi mốt nghìn '.repeat(Q / 20), 'vi'],
      ['dreihundertsiebenundzwanzig '.repeat(Q / 28), 'de'],
      ['5-10 '.repeat(Q / 5), 'en'],
    ];
    for (const [text, lang] of inputs) {
      const started = performance.now();
      readNumbers(text, lang);
      const ms = performance.now() - started;
      // A quadratic pass over a megabyte would take minutes; a linear one takes well under a few seconds.
      expect(ms, `${lang}: ${JSON.stringify(text.slice(0, 30))}…`).toBeLessThan(8000);
    }
  });
});
