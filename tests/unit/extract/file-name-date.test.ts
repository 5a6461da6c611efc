import { describe, expect, it } from 'vitest';
import { dateFromFileName } from '../../../lib/extract/file-name-date.ts';

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
});
