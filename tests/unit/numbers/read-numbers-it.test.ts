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
  });

  it('reads fractions, percentages, money and ranges', () => {
    expect(read('due terzi')[0]?.value).toBeCloseTo(2 / 3);
    expect(read('tre quarti')[0]?.value).toBeCloseTo(0.75);
    expect(read('60 per cento')).toEqual([{ text: '60 per cento', value: 60, kind: 'percent' }]);
    expect(readNumbers('3 milioni di euro', 'it')[0]).toMatchObject({ value: 3e6, kind: 'money', currency: 'EUR' });
    expect(readNumbers('50 centesimi', 'it')[0]).toMatchObject({ value: 0.5, kind: 'money' });
    expect(readNumbers('tra 3 e 5 feriti', 'it')[0]).toMatchObject({ kind: 'range', low: 3, high: 5 });
    expect(readNumbers('da 10 a 20 morti', 'it')[0]).toMatchObject({ kind: 'range', low: 10, high: 20 });
  });

  it('marks years, dates and clock times as no figures', () => {
    expect(read('nel 2011')).toEqual([{ text: '2011', value: 2011, kind: 'number', not: 'year' }]);
    expect(read('il 15 febbraio')[0]).toMatchObject({ value: 15, not: 'date' });
    expect(read('alle 10:30').every((m) => m.not === 'time')).toBe(true);
  });
});
