import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';

function read(text: string) {
  return readNumbers(text, 'it').map((m) => ({ text: m.text, value: m.value, kind: m.kind, ...(m.notAFigure ? { not: m.notAFigure } : {}) }));
}

describe('readNumbers, Italian', () => {
  it('reads digits with Italian marks and scales, written apart or glued', () => {
    expect(read('circa 14.000 soldati')).toEqual([{ text: '14.000', value: 14000, kind: 'number' }]);
    expect(read('il 51,73%')[0]).toMatchObject({ value: 51.73, kind: 'percent' });
    expect(read('2,5 milioni')[0]).toMatchObject({ value: 2.5e6 });
    expect(read('15mila sfollati')[0]).toMatchObject({ text: '15mila', value: 15000 });
    expect(read('15 mila sfollati')[0]).toMatchObject({ value: 15000 });
    expect(read('due miliardi')[0]).toMatchObject({ value: 2e9 });
    expect(read('1,5 mln')[0]).toMatchObject({ value: 1.5e6 });
  });

  it('reads number words written as one word, elided tens included', () => {
    expect(read('ventuno')[0]).toMatchObject({ value: 21 });
    expect(read('ventitré')[0]).toMatchObject({ value: 23 });
    expect(read('trentotto')[0]).toMatchObject({ value: 38 });
    expect(read('centottanta')[0]).toMatchObject({ value: 180 });
    expect(read('duemilacinquecento')[0]).toMatchObject({ value: 2500 });
    expect(read('milleduecentoquarantuno')[0]).toMatchObject({ value: 1241 });
    expect(read('trecentomila')[0]).toMatchObject({ value: 300000 });
    expect(read('un milione e mezzo')[0]).toMatchObject({ value: 1.5e6 });
    expect(read('mezzo milione')[0]).toMatchObject({ value: 5e5 });
  });

  it('reads round counts, and leaves a lone article out', () => {
    expect(read('una trentina')).toEqual([{ text: 'una trentina', value: 30, kind: 'number' }]);
    expect(read('un centinaio')[0]).toMatchObject({ value: 100 });
    expect(read('una decina di migliaia')[0]).toMatchObject({ value: 10000 });
    expect(read('una persona e un cane')).toEqual([]);
    expect(read('tu sei bravo')).toEqual([]);
    // "sei" is also "you are", and "un mezzo" a vehicle.
    expect(read('Sei sicuro? Ti sei sentito offeso, sei stato un mezzo disastro.')).toEqual([]);
    expect(read('per sei mesi')[0]).toMatchObject({ value: 6 });
  });

  it('reads fractions, percentages, money and ranges', () => {
    expect(read('due terzi')[0]?.value).toBeCloseTo(2 / 3);
    expect(read('tre quarti')[0]?.value).toBeCloseTo(0.75);
    expect(read('60 per cento')).toEqual([{ text: '60 per cento', value: 60, kind: 'percent' }]);
    expect(readNumbers('3 milioni di euro', 'it')[0]).toMatchObject({ value: 3e6, kind: 'money', currency: 'EUR' });
    expect(readNumbers('50 centesimi', 'it')[0]).toMatchObject({ value: 0.5, kind: 'money' });
    expect(readNumbers('tra 3 e 5 feriti', 'it')[0]).toMatchObject({ kind: 'range', low: 3, high: 5 });
    expect(readNumbers('da 10 a 20 morti', 'it')[0]).toMatchObject({ kind: 'range', low: 10, high: 20 });
    expect(readNumbers('dal 25 al 40%', 'it')[0]).toMatchObject({ kind: 'range', low: 25, high: 40 });
    expect(readNumbers('tra il 3 e il 5 per cento', 'it')[0]).toMatchObject({ kind: 'range', low: 3, high: 5 });
  });

  it('marks years, dates and clock times as no figures', () => {
    expect(read('nel 2011')).toEqual([{ text: '2011', value: 2011, kind: 'number', not: 'year' }]);
    expect(read('il 15 febbraio')[0]).toMatchObject({ value: 15, not: 'date' });
    expect(read('alle 10:30').every((m) => m.not === 'time')).toBe(true);
  });

  it('reads back amounts as CLDR writes them in Italian: compact (2,5 milioni, 3 Mld), euros and percentages', () => {
    const amount = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom(1e3, 1e6, 1e9))
      .map(([whole, tenth, scale]) => (whole * 10 + tenth) * scale / 10);
    const formats: [Intl.NumberFormatOptions, (n: number) => number][] = [
      [{ notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }, (n) => n],
      [{ notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 }, (n) => n],
      [{ style: 'currency', currency: 'EUR' }, (n) => n],
    ];
    fc.assert(fc.property(amount, fc.integer({ min: 0, max: formats.length - 1 }), (n, which) => {
      const [options, expected] = formats[which]!;
      const text = new Intl.NumberFormat('it-IT', options).format(n);
      const found = readNumbers(text, 'it');
      expect(found.map((m) => [m.start, m.end]), text).toEqual([[0, text.length]]);
      expect(Math.abs((found[0]?.value ?? 0) / expected(n) - 1), text).toBeLessThan(1e-9);
      if (options.style === 'currency') expect(found[0]).toMatchObject({ kind: 'money', currency: 'EUR' });
    }), { numRuns: 300, seed: 20261206 });
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), (tenths) => {
      const text = new Intl.NumberFormat('it-IT', { style: 'percent', maximumFractionDigits: 1 }).format(tenths / 1000);
      expect(readNumbers(text, 'it')[0], text).toMatchObject({ kind: 'percent', start: 0, end: text.length });
      expect(readNumbers(text, 'it')[0]?.value, text).toBeCloseTo(tenths / 10, 6);
    }), { numRuns: 200, seed: 20261206 });
  });
});
