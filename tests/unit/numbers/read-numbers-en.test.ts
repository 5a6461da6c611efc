import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';

/** text, value and kind of every match, flags where set. */
function read(text: string) {
  return readNumbers(text, 'en').map((m) => ({ text: m.text, value: m.value, kind: m.kind, ...(m.notAFigure ? { not: m.notAFigure } : {}) }));
}

describe('readNumbers, English', () => {
  it('reads digits with commas, points and magnitude letters', () => {
    expect(read('roughly 14,000 soldiers')).toEqual([{ text: '14,000', value: 14000, kind: 'number' }]);
    expect(read('a 1,234.5 km front')).toEqual([{ text: '1,234.5', value: 1234.5, kind: 'number' }]);
    expect(read('1.5m people and 30k more')).toEqual([
      { text: '1.5m', value: 1.5e6, kind: 'number' },
      { text: '30k', value: 30000, kind: 'number' },
    ]);
    expect(read('3.5 million refugees')).toEqual([{ text: '3.5 million', value: 3.5e6, kind: 'number' }]);
  });

  it('reads numbers in words', () => {
    expect(read('twenty-three tanks')).toEqual([{ text: 'twenty-three', value: 23, kind: 'number' }]);
    expect(read('one hundred and five villages')[0]).toMatchObject({ text: 'one hundred and five', value: 105 });
    expect(read('sixty thousand')[0]).toMatchObject({ value: 60000 });
    expect(read('a dozen drones')[0]).toMatchObject({ text: 'a dozen', value: 12 });
  });

  it('reads fractions and percentages', () => {
    expect(read('two-thirds of them')[0]).toMatchObject({ text: 'two-thirds', kind: 'fraction' });
    expect(read('two-thirds of them')[0]?.value).toBeCloseTo(2 / 3);
    expect(read('about ½ of the town')[0]).toMatchObject({ text: '½', value: 0.5, kind: 'fraction' });
    expect(read('nearly 60% of settlements')).toEqual([{ text: '60%', value: 60, kind: 'percent' }]);
    expect(read('12 per cent')).toEqual([{ text: '12 per cent', value: 12, kind: 'percent' }]);
  });

  it('reads money with its currency', () => {
    const [m] = readNumbers('a $2bn package', 'en');
    expect(m).toMatchObject({ text: '$2bn', value: 2e9, kind: 'money', currency: 'USD' });
    expect(readNumbers('€3 a day', 'en')[0]).toMatchObject({ value: 3, currency: 'EUR' });
    expect(readNumbers('5 million pounds', 'en')[0]).toMatchObject({ value: 5e6, currency: 'GBP' });
  });

  it('reads ranges as one match with both ends', () => {
    expect(readNumbers('between 5 and 10 dead', 'en')[0]).toMatchObject({ kind: 'range', value: 5, low: 5, high: 10 });
    expect(readNumbers('5–10 dead', 'en')[0]).toMatchObject({ text: '5–10', kind: 'range', low: 5, high: 10 });
    expect(readNumbers('from 10 to 20 people', 'en')[0]).toMatchObject({ text: 'from 10 to 20', low: 10, high: 20 });
  });

  it('flags years, dates, times, codes, phones and URLs', () => {
    expect(read('in 2024 they left')).toEqual([{ text: '2024', value: 2024, kind: 'number', not: 'year' }]);
    expect(read('on 2025-11-14').map((m) => m.not)).toEqual(['date', 'date', 'date']);
    expect(read('at 10:30').map((m) => m.not)).toEqual(['time', 'time']);
    expect(read('a T-90 tank')).toEqual([{ text: '90', value: 90, kind: 'number', not: 'code' }]);
    expect(read('call +1 202 555 0143').every((m) => m.not === 'phone')).toBe(true);
    expect(read('see https://example.com/a/123').every((m) => m.not === 'url')).toBe(true);
  });

  it('leaves words and codes that are not numbers', () => {
    expect(read('This one is better')).toEqual([]);
    // A unit glued to its number is the number's unit, not part of a word (issue 16); A380 is a code.
    expect(readNumbers('a 29km road', 'en')).toMatchObject([{ text: '29', value: 29, unit: 'km' }]);
    expect(read('an A380 landed')).toEqual([]);
    expect(readNumbers('one soldier', 'en')[0]).toMatchObject({ value: 1, weak: true });
  });
});
