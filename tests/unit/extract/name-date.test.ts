import { describe, expect, it } from 'vitest';
import { dateFromFileName, dateFromUrl } from '../../../lib/extract/name-date.ts';

describe('the day a file name gives', () => {
  it('reads a year, month and day written with one separator or none', () => {
    expect(dateFromFileName('2011-03-20_reuters.txt')).toBe('2011-03-20T00:00:00.000Z');
    expect(dateFromFileName('es_libya_2011_03_20_ext_5.txt')).toBe('2011-03-20T00:00:00.000Z');
    expect(dateFromFileName('bbc.2011.03.20.html')).toBe('2011-03-20T00:00:00.000Z');
    expect(dateFromFileName('informe-20110320.txt')).toBe('2011-03-20T00:00:00.000Z');
  });

  it('reads the file name, not the folders above it', () => {
    expect(dateFromFileName('2011-03-20/note.txt')).toBeNull();
    expect(dateFromFileName('C:\\news\\2011-03-19\\note-2011-03-20.txt')).toBe('2011-03-20T00:00:00.000Z');
  });

  it('gives nothing for a name without a day, a day that does not exist or a longer number', () => {
    expect(dateFromFileName('note.txt')).toBeNull();
    expect(dateFromFileName('report-12345.txt')).toBeNull();
    expect(dateFromFileName('2011-02-30.txt')).toBeNull();
    expect(dateFromFileName('2011-13-01.txt')).toBeNull();
    expect(dateFromFileName('id-120110320.txt')).toBeNull();
    // Mixed separators are no date: 2011-03_20.
    expect(dateFromFileName('2011-03_20.txt')).toBeNull();
    expect(dateFromFileName('1850-03-20.txt')).toBeNull();
  });

  it('gives nothing when the name holds two different days, and the day when it repeats it', () => {
    expect(dateFromFileName('2011-03-20_to_2011-03-27.txt')).toBeNull();
    expect(dateFromFileName('2011-03-20_20110320.txt')).toBe('2011-03-20T00:00:00.000Z');
  });

  it('reads the day a news address files its article under, in its path only', () => {
    expect(dateFromUrl('https://elpais.com/internacional/2011/03/20/actualidad/1300575609_850215.html')).toBe('2011-03-20T00:00:00.000Z');
    expect(dateFromUrl('https://www.lemonde.fr/afrique/article/2011-03-20-la-libye-bombardee')).toBe('2011-03-20T00:00:00.000Z');
    expect(dateFromUrl('https://news.example/20110320/libia.html')).toBe('2011-03-20T00:00:00.000Z');
    // A month alone, a day that does not exist, a query string, two different days, no address: no day.
    expect(dateFromUrl('https://news.example/2011/03/libia.html')).toBeNull();
    expect(dateFromUrl('https://news.example/2011/02/30/libia.html')).toBeNull();
    expect(dateFromUrl('https://news.example/libia?date=2011-03-20')).toBeNull();
    expect(dateFromUrl('https://news.example/2011/03/20/update-2011-03-27')).toBe('2011-03-20T00:00:00.000Z');
    expect(dateFromUrl('https://news.example/from-2011-03-20-to-2011-03-27')).toBeNull();
    expect(dateFromUrl('not an address')).toBeNull();
    // Digits, slashes and hyphens need no decoding: a broken escape elsewhere in the path changes nothing.
    expect(dateFromUrl('https://news.example/%E0%A4%A/2011/03/20/x')).toBe('2011-03-20T00:00:00.000Z');
  });
});
