import { describe, expect, it } from 'vitest';
import { describeReportKeys, MAX_KEYS, reportKeys } from '../../../lib/match/report-keys.ts';
import type { Figure } from '../../../lib/model/figure.ts';

const keys = (text: string, lang: string, publishedTime: string | null = null, figures: Figure[] = []) =>
  reportKeys({ title: '', text, lang, publishedTime, figures });

describe('reportKeys', () => {
  it('prefixes every key by its kind', () => {
    const found = keys('Russia said Peskov met officials on 14 November 2025; 14,000 troops.', 'en');
    expect(found.length).toBeGreaterThan(3);
    for (const k of found) expect(k).toMatch(/^[nfvd]:/);
  });

  it('reads one number the same in every language’s writing', () => {
    for (const [text, lang] of [
      ['khoảng 14.000 binh sĩ', 'vi'],
      ['roughly 14,000 soldiers', 'en'],
      ['约1万4000名士兵', 'zh'],
      ['cerca de 14.000 soldados', 'pt'],
      ['около 14 000 военных', 'ru'],
      ['circa 14.000 soldati', 'it'],
      ['circa 14mila soldati', 'it'],
    ] as const) {
      expect(keys(text, lang), text).toContain('v:14000');
    }
    expect(keys('1,5 milioni di persone', 'it')).toContain('v:1500000');
    expect(keys('1,5 milhão de pessoas', 'pt')).toContain('v:1500000');
    expect(keys('1.5 million people', 'en')).toContain('v:1500000');
  });

  it('reads digits with the decimal mark the text itself writes, as its figures do', () => {
    // Mexican Spanish writes a point for decimals and a comma between thousands.
    const mexican = 'Llegaron 1,200 migrantes; la inflación fue de 3.37% y el peso cayó 4.51%. Otros 2,500 esperan.';
    expect(keys(mexican, 'es')).toEqual(expect.arrayContaining(['v:1200', 'v:3.37', 'v:4.51', 'v:2500']));
    // A Spanish text from Spain keeps the language's own mark.
    expect(keys('Llegaron 1.200 migrantes; la inflación fue de 3,37% y el peso cayó 4,51%.', 'es')).toEqual(expect.arrayContaining(['v:1200', 'v:3.37', 'v:4.51']));
    // A caller that has read the mark already hands it over: no mark found keeps the language's.
    expect(reportKeys({ title: '', text: 'Llegaron 1,5 millones.', lang: 'es', publishedTime: null, figures: [], decimalMark: null })).toContain('v:1500000');
    expect(reportKeys({ title: '', text: 'Son 3,250 euros.', lang: 'es', publishedTime: null, figures: [], decimalMark: '.' })).toContain('v:3250');
    expect(reportKeys({ title: '', text: 'Son 3,250 euros.', lang: 'es', publishedTime: null, figures: [], decimalMark: null })).toContain('v:3.25');
  });

  it('reads the dates a report mentions, down to the day where it says', () => {
    for (const [text, lang] of [
      ['vào tháng 8/2024', 'vi'],
      ['in August 2024', 'en'],
      ['2024年8月', 'zh'],
      ['em agosto de 2024', 'pt'],
      ['в августе 2024 года', 'ru'],
      ["nell'agosto 2024", 'it'],
    ] as const) {
      expect(keys(text, lang), text).toContain('d:2024-08');
    }
    expect(keys('ngày 14 tháng 11 năm 2025', 'vi')).toEqual(expect.arrayContaining(['d:2025-11-14', 'd:--11-14']));
    // A day without its year takes the year of publication.
    expect(keys('在11月14日的记者会上', 'zh', '2025-11-17')).toContain('d:2025-11-14');
  });

  it('takes figures with their concept, labelled as the report words them', () => {
    const figure: Figure = {
      quote: 'khoảng 14.000 binh sĩ', start: 0, end: 21, value: 14000, low: 13000, high: 15000, qualifier: 'about',
      qualifierText: 'khoảng', unit: 'count', concept: 'troops_sent', noun: 'binh sĩ', subject: 'KP', event: 'sent',
      attribution: null, asOf: null, of: null,
    };
    const described = describeReportKeys({ title: '', text: figure.quote, lang: 'vi', publishedTime: null, figures: [figure] });
    expect(described).toContainEqual({ key: 'f:troops_sent:14000', label: 'khoảng 14.000 binh sĩ' });
  });

  it('lists keys once, in order of first mention, within a bound', () => {
    const found = keys('Kursk. Then Peskov spoke in Kursk about Peskov.', 'en');
    expect(new Set(found).size).toBe(found.length);
    const many = Array.from({ length: 2000 }, (_, i) => `${1000 + i * 7} `).join('');
    expect(keys(many, 'en').length).toBeLessThanOrEqual(MAX_KEYS);
    expect(keys(many, 'en')[0]).toBe('v:1000');
  });

  it('stays fast on megabytes of digits and on scripts it does not read', () => {
    const started = performance.now();
    keys('9'.repeat(2_000_000), 'en');
    keys('1.000.000,'.repeat(100_000), 'pt');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(() => keys('กรุงเทพมหานคร ๒๕๖๘ 2025 العربية ١٢٣', 'th')).not.toThrow();
  });

  it('keys the day of publication with the language, for the reports of the same days in each language', () => {
    expect(keys('Kadhafi à Tripoli.', 'fr', '2011-03-20T09:00:00Z')).toContain('p:2011-03-20:fr');
    expect(keys('Kadhafi à Tripoli.', 'fr', null).some((k) => k.startsWith('p:'))).toBe(false);
    // A language matching does not look up by name keeps the day alone, which every query reads.
    expect(keys('東京で会議。', 'ja', '2011-03-20T09:00:00Z')).toContain('p:2011-03-20');
  });
});
