import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';

function read(text: string) {
  return readNumbers(text, 'vi').map((m) => ({ text: m.text, value: m.value, kind: m.kind, ...(m.notAFigure ? { not: m.notAFigure } : {}) }));
}

describe('readNumbers, Vietnamese', () => {
  it('reads the dot as a thousands mark and the comma as a decimal mark', () => {
    expect(read('khoảng 14.000 binh sĩ')).toEqual([{ text: '14.000', value: 14000, kind: 'number' }]);
    expect(read('1,5 triệu người')).toEqual([{ text: '1,5 triệu', value: 1.5e6, kind: 'number' }]);
    expect(read('2,3 tỷ')).toEqual([{ text: '2,3 tỷ', value: 2.3e9, kind: 'number' }]);
  });

  it('reads numbers in words, with mốt, tư, lăm, linh', () => {
    expect(read('sáu mươi người')[0]).toMatchObject({ text: 'sáu mươi', value: 60 });
    expect(read('hai mươi mốt')[0]).toMatchObject({ value: 21 });
    expect(read('ba mươi tư')[0]).toMatchObject({ value: 34 });
    expect(read('một trăm hai mươi lăm')[0]).toMatchObject({ value: 125 });
    expect(read('một trăm linh năm')[0]).toMatchObject({ value: 105 });
    expect(read('ba nghìn rưỡi')[0]).toMatchObject({ value: 3500 });
    expect(read('mười hai nghìn')[0]).toMatchObject({ value: 12000 });
  });

  it('reads fractions, percentages, money and ranges', () => {
    expect(read('hai phần ba số người')[0]).toMatchObject({ text: 'hai phần ba', kind: 'fraction' });
    expect(read('60 phần trăm')).toEqual([{ text: '60 phần trăm', value: 60, kind: 'percent' }]);
    expect(readNumbers('5 triệu đồng', 'vi')[0]).toMatchObject({ value: 5e6, kind: 'money', currency: 'VND' });
    expect(readNumbers('từ 5 đến 10 người', 'vi')[0]).toMatchObject({ text: 'từ 5 đến 10', kind: 'range', low: 5, high: 10 });
  });

  it('keeps counts apart: 37 trong 64', () => {
    expect(read('37 trong 64 khu định cư')).toEqual([
      { text: '37', value: 37, kind: 'number' },
      { text: '64', value: 64, kind: 'number' },
    ]);
  });

  it('flags dates and years, reads no number in năm nay, không, and hàng ngàn as a vague amount', () => {
    expect(read('tháng 8/2024').map((m) => m.not)).toEqual(['date', 'date']);
    expect(read('năm 2024')).toEqual([{ text: '2024', value: 2024, kind: 'number', not: 'year' }]);
    expect(readNumbers('năm nay không có hàng ngàn người', 'vi')).toMatchObject([{ text: 'hàng ngàn', kind: 'range', low: 1000, high: 10000 }]);
    expect(read('robot Uran-6')).toEqual([{ text: '6', value: 6, kind: 'number', not: 'code' }]);
  });
});
