// Properties per kind of number (issue 16): amounts generated with every currency, every unit, every range frame and
// every vague amount of every language are read back with their kind, ends, unit and currency.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';
import { numberItem, type NumberItem } from '../../../lib/numbers/number-item.ts';
import { READ_LANGUAGES, type ReadLanguage } from '../../../lib/model/language.ts';
import { numberLanguage } from '../../../lib/lang/number-languages.ts';
import { currencyForms } from '../../../lib/lang/currency-table.ts';
import { MEASURE_UNITS } from '../../../lib/lang/measure-units.ts';

const SEED = 20261206;

function items(text: string, lang: ReadLanguage): NumberItem[] {
  return readNumbers(text, lang, { openRanges: true }).map(numberItem);
}

/** The one item found in `text`, which must cover [start, end) of it. */
function only(text: string, lang: ReadLanguage): NumberItem {
  const found = items(text, lang);
  expect(found, `${lang}: ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0] as NumberItem;
}

/** Every ISO code the runtime knows, with the symbols the table keeps, as written before an amount. */
function codesAndSymbols(lang: ReadLanguage): { form: string; iso: string }[] {
  const own = numberLanguage(lang).currencyBefore;
  return Object.entries(currencyForms(lang).before)
    .filter(([key]) => !Object.hasOwn(own, key))
    .map(([key, w]) => ({ form: w.form ?? key, iso: w.iso as string }));
}

const amount = fc.integer({ min: 1, max: 9_999_999 });

describe('money, with every currency of the table, in every language', () => {
  for (const lang of READ_LANGUAGES) {
    it(`reads an amount with each code and symbol before or after it (${lang})`, () => {
      const forms = codesAndSymbols(lang);
      expect(forms.length).toBeGreaterThan(150);
      for (const { form, iso } of forms) {
        fc.assert(fc.property(amount, fc.boolean(), (n, before) => {
          const text = before ? `${form} ${n}` : `${n} ${form}`;
          const m = only(text, lang);
          expect(m, text).toMatchObject({ kind: 'money', value: n, currency: iso, start: 0, end: text.length });
        }), { numRuns: 3, seed: SEED });
      }
    });

    it(`reads an amount glued to a currency code (${lang})`, () => {
      fc.assert(fc.property(fc.constantFrom(...codesAndSymbols(lang)), amount, ({ form, iso }, n) => {
        const text = `${form}${n}`;
        expect(only(text, lang), text).toMatchObject({ kind: 'money', value: n, currency: iso });
      }), { numRuns: 200, seed: SEED });
    });

    it(`reads a currency's name in the language after an amount (${lang})`, () => {
      const names = Object.entries(currencyForms(lang).after).filter(([k, w]) => !/\d/.test(k) && w.form === undefined && /\p{L}/u.test(k));
      expect(names.length).toBeGreaterThan(100);
      fc.assert(fc.property(fc.constantFrom(...names), amount, ([name, w], n) => {
        const text = `${n} ${name}`;
        const found = items(text, lang).filter((m) => m.kind === 'money');
        expect(found, text).toHaveLength(1);
        expect(found[0]?.value, text).toBe(n);
        // A longer name of the language's own list may name the currency more exactly ("đô la" before "đô la Mỹ").
        if (found[0]?.end === text.length) expect(found[0]?.currency, text).toBe(w.iso);
      }), { numRuns: 300, seed: SEED });
    });
  }
});

describe('units of measure, in every language', () => {
  const symbols = Object.keys(MEASURE_UNITS);
  for (const lang of READ_LANGUAGES) {
    it(`notes each symbol of the table after a number, glued or spaced (${lang})`, () => {
      // A magnitude letter of the language wins when glued (Portuguese 5mi is five million).
      const magnitudes = Object.keys(numberLanguage(lang).digitSuffixes).map((k) => k.toLowerCase());
      for (const symbol of symbols.filter((s) => !magnitudes.includes(s))) {
        fc.assert(fc.property(amount, fc.boolean(), (n, spaced) => {
          // One-letter symbols are units only glued to their number (5 m could be anything).
          const gap = spaced && [...symbol].length > 1 ? ' ' : '';
          const text = `${n}${gap}${symbol}`;
          const m = only(text, lang);
          expect(m, text).toMatchObject({ kind: 'number', value: n, unit: symbol, start: 0, end: String(n).length });
        }), { numRuns: 4, seed: SEED });
      }
    });

    it(`notes the language's words for units (${lang})`, () => {
      // A word that names a currency too ("pound") is a unit only hyphenated before a noun ("a 300-pound man").
      const money = numberLanguage(lang).currencyAfter;
      const words = Object.entries(numberLanguage(lang).unitWords ?? {}).filter(([w]) => !Object.hasOwn(money, w));
      expect(words.length).toBeGreaterThan(5);
      fc.assert(fc.property(fc.constantFrom(...words), amount, ([word, symbol], n) => {
        const text = `${n} ${word}`;
        expect(only(text, lang), text).toMatchObject({ value: n, unit: symbol });
      }), { numRuns: 100, seed: SEED });
    });
  }
});

describe('ranges and comparisons, in every language', () => {
  for (const lang of READ_LANGUAGES) {
    const data = numberLanguage(lang);
    it(`reads both ends of every range frame (${lang})`, () => {
      const frames = data.ranges.filter((f) => !['-', '–', '—', '~', '〜', '～'].includes(f.join));
      fc.assert(fc.property(fc.constantFrom(...frames), amount, amount, (f, x, y) => {
        const [low, high] = x < y ? [x, y] : [y + 1, y + 2];
        const han = lang === 'zh';
        const sep = han ? '' : ' ';
        const text = [f.open, String(low), f.join, String(high), f.close ?? ''].filter((p) => p !== '').join(sep);
        const m = only(text, lang);
        expect(m, text).toMatchObject({ kind: 'range', low, high });
      }), { numRuns: 200, seed: SEED });
    });

    it(`reads a percentage range with the percent on both ends (${lang})`, () => {
      const percent = data.percentAfter.find((p) => p === '%') ?? '%';
      const frame = data.ranges.find((f) => f.open !== '' && f.close === undefined) ?? data.ranges[0];
      if (!frame) throw new Error(`${lang} has no range frame`);
      fc.assert(fc.property(fc.integer({ min: 1, max: 49 }), fc.integer({ min: 50, max: 99 }), (a, b) => {
        const sep = lang === 'zh' ? '' : ' ';
        const text = [frame.open, `${a}${percent}`, frame.join, `${b}${percent}`, frame.close ?? ''].filter((p) => p !== '').join(sep);
        expect(only(text, lang), text).toMatchObject({ kind: 'range', low: a, high: b, unit: 'percent' });
      }), { numRuns: 50, seed: SEED });
    });

    it(`reads every one-sided comparison before a number (${lang})`, () => {
      const bounds = Object.entries(data.boundsBefore).filter(([k]) => !k.includes('…') && /\p{L}/u.test(k));
      fc.assert(fc.property(fc.constantFrom(...bounds), amount, ([phrase, bound], n) => {
        const text = `${phrase}${lang === 'zh' ? '' : ' '}${n}`;
        const found = items(text, lang);
        const m = found[found.length - 1];
        expect(m?.kind, text).toBe('range');
        expect(m?.end, text).toBe(text.length);
        if (bound.side !== 'high') expect(m?.low, text).toBe(n);
        if (bound.side !== 'low') expect(m?.high, text).toBe(n);
      }), { numRuns: 200, seed: SEED });
    });
  }
});

describe('vague amounts, Indian grouping, ordinals and identifiers', () => {
  for (const lang of READ_LANGUAGES) {
    const vague = numberLanguage(lang).vague;
    it(`reads each vague amount as [magnitude, ten times it) (${lang})`, () => {
      if (!vague) throw new Error(`${lang} has no vague amounts`);
      for (const [word, base] of Object.entries(vague.words)) {
        const m = only(word, lang);
        expect(m, word).toMatchObject({ kind: 'range', low: base, high: base * 10 });
      }
      for (const prefix of vague.before) {
        const text = `${prefix}${lang === 'zh' ? '千' : ' nghìn'}${vague.after[0] ?? ''}`;
        expect(only(text, lang), text).toMatchObject({ kind: 'range', low: 1000, high: 10000 });
      }
    });
  }

  it('reads back Indian digit grouping as Intl writes it for en-IN', () => {
    fc.assert(fc.property(fc.integer({ min: 100_000, max: 99_999_999_999 }), fc.integer({ min: 0, max: 99 }), (n, paise) => {
      const value = n + paise / 100;
      const text = new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2 }).format(value);
      expect(only(text, 'en'), text).toMatchObject({ kind: 'number', value });
    }), { numRuns: 300, seed: SEED });
  });

  it('reads English ordinals as Intl plural rules name them, as ordinals that are no figures', () => {
    const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
    const rules = new Intl.PluralRules('en', { type: 'ordinal' });
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
      const text = `the ${n}${suffix[rules.select(n)]} time`;
      const [m] = items(text, 'en');
      expect(m, text).toMatchObject({ kind: 'ordinal', value: n, figure: false });
    }), { numRuns: 300, seed: SEED });
  });

  it('takes a number after a made-up capitalised name for an identifier, in every Latin or Cyrillic language', () => {
    const name = fc.tuple(fc.stringMatching(/^[A-Z][a-z]{2,5}$/), fc.stringMatching(/^[A-Z][a-z]{2,5}$/)).map(([a, b]) => a + b);
    const langs = READ_LANGUAGES.filter((l) => l !== 'zh');
    fc.assert(fc.property(fc.constantFrom(...langs), name, fc.integer({ min: 1, max: 999 }), (lang, n, v) => {
      const text = `xx ${n} ${v} xx`;
      const [m] = items(text, lang);
      expect(m, `${lang}: ${text}`).toMatchObject({ value: v, figure: false });
    }), { numRuns: 300, seed: SEED });
  });
});
