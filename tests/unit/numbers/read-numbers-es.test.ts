import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';

function read(text: string) {
  return readNumbers(text, 'es').map((m) => ({ text: m.text, value: m.value, kind: m.kind }));
}

describe('readNumbers, Spanish', () => {
  it('reads digits and scales, the long scale included', () => {
    expect(read('unos 14.000 soldados')).toEqual([{ text: '14.000', value: 14000, kind: 'number' }]);
    expect(read('2,5 millones')[0]).toMatchObject({ value: 2.5e6 });
    expect(read('mil millones')[0]).toMatchObject({ value: 1e9 });
    expect(read('un billón')[0]).toMatchObject({ value: 1e12 });
  });

  it('reads numbers in words', () => {
    expect(read('veintitrés')[0]).toMatchObject({ value: 23 });
    expect(read('ciento cinco')[0]).toMatchObject({ value: 105 });
    expect(read('tres mil cuatrocientos')[0]).toMatchObject({ value: 3400 });
  });

  it('reads fractions, percentages, money and ranges', () => {
    expect(read('dos tercios')[0]?.value).toBeCloseTo(2 / 3);
    expect(read('60 por ciento')).toEqual([{ text: '60 por ciento', value: 60, kind: 'percent' }]);
    expect(readNumbers('3 millones de dólares', 'es')[0]).toMatchObject({ value: 3e6, kind: 'money' });
    expect(readNumbers('de 5 a 10 heridos', 'es')[0]).toMatchObject({ kind: 'range', low: 5, high: 10 });
  });

  it('reads no number in words that are names of JavaScript object properties', () => {
    for (const word of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      expect(readNumbers(`el ${word} de la obra`, 'es')).toEqual([]);
    }
    expect(readNumbers('el constructor de 5 casas', 'es').map((m) => m.value)).toEqual([5]);
  });
});
