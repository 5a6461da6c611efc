import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';

function read(text: string) {
  return readNumbers(text, 'zh').map((m) => ({ text: m.text, value: m.value, kind: m.kind, ...(m.notAFigure ? { not: m.notAFigure } : {}) }));
}

describe('readNumbers, Chinese', () => {
  it('reads digits mixed with scale characters', () => {
    expect(read('约1万4000名士兵')).toEqual([{ text: '1万4000', value: 14000, kind: 'number' }]);
    expect(read('3.5万人')).toEqual([{ text: '3.5万', value: 35000, kind: 'number' }]);
    expect(read('1千多名工兵')).toEqual([{ text: '1千', value: 1000, kind: 'number' }]);
    expect(read('１４０００人')).toEqual([{ text: '１４０００', value: 14000, kind: 'number' }]);
  });

  it('reads numbers in characters, with 零, 两, 萬 and the short forms', () => {
    expect(read('六十')[0]).toMatchObject({ value: 60 });
    expect(read('二十三')[0]).toMatchObject({ value: 23 });
    expect(read('一百零五')[0]).toMatchObject({ value: 105 });
    expect(read('两千')[0]).toMatchObject({ value: 2000 });
    expect(read('三万五千')[0]).toMatchObject({ value: 35000 });
    expect(read('兩萬')[0]).toMatchObject({ value: 20000 });
    expect(read('三千五')[0]).toMatchObject({ value: 3500 });
    expect(readNumbers('十多万', 'zh')[0]).toMatchObject({ value: 100000, plus: true });
  });

  it('reads fractions, percentages, money and ranges', () => {
    expect(read('三分之二')[0]?.value).toBeCloseTo(2 / 3);
    expect(read('百分之六十')).toEqual([{ text: '百分之六十', value: 60, kind: 'percent' }]);
    expect(read('六成')).toEqual([{ text: '六成', value: 60, kind: 'percent' }]);
    expect(readNumbers('500万美元', 'zh')[0]).toMatchObject({ value: 5e6, kind: 'money', currency: 'USD' });
    expect(readNumbers('5至10人', 'zh')[0]).toMatchObject({ text: '5至10', kind: 'range', low: 5, high: 10 });
  });

  it('keeps counts apart: 64个居民点中仍有37个', () => {
    expect(read('64个居民点中仍有37个').map((m) => m.value)).toEqual([64, 37]);
  });

  it('flags dates and issue numbers, and reads no number in words like 一切 and 四川', () => {
    expect(read('2024年6月').map((m) => m.not)).toEqual(['year', 'date']);
    expect(read('11月14日').map((m) => m.not)).toEqual(['date', 'date']);
    expect(read('总第:八百六十七期')).toEqual([{ text: '八百六十七', value: 867, kind: 'number', not: 'code' }]);
    expect(read('一切都在四川')).toEqual([]);
  });
});
