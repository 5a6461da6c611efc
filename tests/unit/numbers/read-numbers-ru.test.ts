import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';

function read(text: string) {
  return readNumbers(text, 'ru').map((m) => ({ text: m.text, value: m.value, kind: m.kind, ...(m.notAFigure ? { not: m.notAFigure } : {}) }));
}

describe('readNumbers, Russian', () => {
  it('groups thousands with a no-break space and reads abbreviated scales', () => {
    expect(read('14\u00a0000 солдат')).toEqual([{ text: '14\u00a0000', value: 14000, kind: 'number' }]);
    expect(read('1,5 млн')[0]).toMatchObject({ value: 1.5e6 });
    expect(read('5 тыс. человек')[0]).toMatchObject({ text: '5 тыс.', value: 5000 });
  });

  it('reads number words in their cases', () => {
    expect(read('двадцать три')[0]).toMatchObject({ value: 23 });
    expect(read('пяти тысяч')[0]).toMatchObject({ value: 5000 });
    expect(read('сто двадцать пять')[0]).toMatchObject({ value: 125 });
    expect(read('двух миллионов')[0]).toMatchObject({ value: 2e6 });
    expect(read('две трети')[0]?.value).toBeCloseTo(2 / 3);
  });

  it('reads percentages, money, ranges and years', () => {
    expect(read('60 процентов')).toEqual([{ text: '60 процентов', value: 60, kind: 'percent' }]);
    expect(readNumbers('3 млрд рублей', 'ru')[0]).toMatchObject({ value: 3e9, currency: 'RUB' });
    expect(readNumbers('от 5 до 10', 'ru')[0]).toMatchObject({ kind: 'range', low: 5, high: 10 });
    expect(read('в 2024 году')).toEqual([{ text: '2024', value: 2024, kind: 'number', not: 'year' }]);
  });
});
