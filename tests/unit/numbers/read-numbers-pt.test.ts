import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';

function read(text: string) {
  return readNumbers(text, 'pt').map((m) => ({ text: m.text, value: m.value, kind: m.kind, ...(m.notAFigure ? { not: m.notAFigure } : {}) }));
}

describe('readNumbers, Portuguese', () => {
  it('reads the dot as a thousands mark and the comma as a decimal mark', () => {
    expect(read('cerca de 15.000 soldados')).toEqual([{ text: '15.000', value: 15000, kind: 'number' }]);
    expect(read('1,5 milhão de pessoas')[0]).toMatchObject({ text: '1,5 milhão', value: 1.5e6 });
    expect(read('3 bilhões')[0]).toMatchObject({ value: 3e9 });
  });

  it('reads numbers in words', () => {
    expect(read('sessenta')[0]).toMatchObject({ value: 60 });
    expect(read('cento e vinte')[0]).toMatchObject({ value: 120 });
    expect(read('duzentos e cinquenta e três')[0]).toMatchObject({ value: 253 });
    expect(read('duas mil e quinhentas')[0]).toMatchObject({ value: 2500 });
  });

  it('reads fractions, percentages, money and ranges', () => {
    expect(read('dois terços')[0]?.value).toBeCloseTo(2 / 3);
    expect(read('60 por cento')).toEqual([{ text: '60 por cento', value: 60, kind: 'percent' }]);
    expect(readNumbers('R$ 10', 'pt')[0]).toMatchObject({ value: 10, kind: 'money', currency: 'BRL' });
    expect(readNumbers('3,5 bilhões de reais', 'pt')[0]).toMatchObject({ value: 3.5e9, currency: 'BRL' });
    expect(readNumbers('entre 5 e 10 mortos', 'pt')[0]).toMatchObject({ kind: 'range', low: 5, high: 10 });
  });

  it('flags years', () => {
    expect(read('em 2024')).toEqual([{ text: '2024', value: 2024, kind: 'number', not: 'year' }]);
  });
});
