import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';

function read(text: string) {
  return readNumbers(text, 'de').map((m) => ({ text: m.text, value: m.value, kind: m.kind }));
}

describe('readNumbers, German', () => {
  it('reads the dot as a thousands mark and abbreviated scales', () => {
    expect(read('14.000 Soldaten')).toEqual([{ text: '14.000', value: 14000, kind: 'number' }]);
    expect(read('1,5 Millionen')[0]).toMatchObject({ value: 1.5e6 });
    expect(readNumbers('3 Mrd. Euro', 'de')[0]).toMatchObject({ text: '3 Mrd. Euro', value: 3e9, currency: 'EUR' });
  });

  it('splits compound number words', () => {
    expect(read('dreiundzwanzig')[0]).toMatchObject({ value: 23 });
    expect(read('zweitausend')[0]).toMatchObject({ value: 2000 });
    expect(read('neunhundertneunundneunzig')[0]).toMatchObject({ value: 999 });
    expect(read('zweieinhalb Stunden')[0]).toMatchObject({ value: 2.5 });
  });

  it('reads Tausende as a vague amount (an interval), not as one thousand', () => {
    expect(readNumbers('Tausende Menschen', 'de')).toMatchObject([{ text: 'Tausende', kind: 'range', low: 1000, high: 10000 }]);
  });

  it('reads percentages and ranges', () => {
    expect(read('60 Prozent')).toEqual([{ text: '60 Prozent', value: 60, kind: 'percent' }]);
    expect(readNumbers('von 5 bis 10', 'de')[0]).toMatchObject({ kind: 'range', low: 5, high: 10 });
  });
});
