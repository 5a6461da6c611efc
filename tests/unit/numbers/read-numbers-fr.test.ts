import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';

function read(text: string) {
  return readNumbers(text, 'fr').map((m) => ({ text: m.text, value: m.value, kind: m.kind }));
}

describe('readNumbers, French', () => {
  it('groups thousands with spaces, narrow and no-break spaces', () => {
    expect(read('14 000 soldats')).toEqual([{ text: '14 000', value: 14000, kind: 'number' }]);
    expect(read('14\u202f000 soldats')).toEqual([{ text: '14\u202f000', value: 14000, kind: 'number' }]);
    expect(read('14\u00a0000,5')).toEqual([{ text: '14\u00a0000,5', value: 14000.5, kind: 'number' }]);
  });

  it('reads the twenties: soixante-dix, quatre-vingt-dix-neuf', () => {
    expect(read('soixante-dix')[0]).toMatchObject({ value: 70 });
    expect(read('soixante et onze')[0]).toMatchObject({ value: 71 });
    expect(read('quatre-vingts')[0]).toMatchObject({ value: 80 });
    expect(read('quatre-vingt-dix-neuf')[0]).toMatchObject({ value: 99 });
    expect(read('deux cent trente')[0]).toMatchObject({ value: 230 });
    expect(read('deux milliards')[0]).toMatchObject({ value: 2e9 });
  });

  it('does not read the article un on its own', () => {
    expect(read('un homme est venu')).toEqual([]);
    expect(read('un million')[0]).toMatchObject({ value: 1e6 });
  });

  it('reads percentages, money and ranges', () => {
    expect(read('60 pour cent')).toEqual([{ text: '60 pour cent', value: 60, kind: 'percent' }]);
    expect(readNumbers('3 €', 'fr')[0]).toMatchObject({ value: 3, currency: 'EUR' });
    expect(readNumbers('entre 5 et 10 morts', 'fr')[0]).toMatchObject({ kind: 'range', low: 5, high: 10 });
  });
});
