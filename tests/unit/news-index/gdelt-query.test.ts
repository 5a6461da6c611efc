import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../lib/analysis/analyze-article.ts';
import { coverageQuery, coverageTerms, gdeltDateTime, gdeltUrl, GDELT_DOC_ENDPOINT, termFor } from '../../../lib/news-index/gdelt-query.ts';
import { parseHtml } from '../../../lib/extract/parse-html.ts';
import { articleFromPage } from '../../../lib/sources/page-article.ts';
import { site } from '../sources/fake-fetch.ts';

const NOW = Date.parse('2024-06-01T00:00:00Z');

function pageQuery(file: string, langs: string[], now = NOW) {
  const outcome = articleFromPage('https://site.example/a', parseHtml(site(file)));
  if (!outcome.ok) throw new Error(file);
  const a = outcome.article;
  const keys = [...analyzePage(a).keyLabels].map(([key, label]) => ({ key, label }));
  return coverageQuery({ keys, title: a.title, text: a.text, byline: a.byline, publishedTime: a.publishedTime, langs, now });
}

describe('the coverage query', () => {
  it("an English article: the names its title gives and it repeats are required, the byline's are left out", () => {
    const q = pageQuery('news--caldera-port-en.html', ['fr', 'pt-BR', 'vi', 'zh-CN']);
    expect(q?.terms.slice(0, 2)).toEqual(['Caldera', 'Idris']);
    expect(q?.terms).not.toContain('Mara');
    expect(q?.query).toBe('Caldera Idris (Elena OR Vasquez OR Marlow) (sourcelang:french OR sourcelang:portuguese OR sourcelang:vietnamese OR sourcelang:chinese)');
  });

  it('the same story in Portuguese and Vietnamese asks for the same required names', () => {
    for (const file of ['news--caldera-port-pt.html', 'news--caldera-port-vi.html', 'news--caldera-port-fr.html']) {
      expect(pageQuery(file, ['en'])?.terms[0], file).toBe('Caldera');
    }
    expect(pageQuery('news--caldera-port-pt.html', ['en'])?.terms.slice(0, 2)).toEqual(['Caldera', 'Idris']);
  });

  it('a window of three days either side of the article, never past now', () => {
    const q = pageQuery('news--caldera-port-en.html', ['fr']);
    expect(gdeltDateTime(q!.start)).toBe('20240409073000');
    expect(gdeltDateTime(q!.end)).toBe('20240415073000');
    const fresh = pageQuery('news--caldera-port-en.html', ['fr'], Date.parse('2024-04-13T00:00:00Z'));
    expect(gdeltDateTime(fresh!.end)).toBe('20240413000000');
  });

  it('names in Latin letters lose their diacritics, Cyrillic ones are spelt as the press does, entities by English name', () => {
    expect(termFor({ key: 'n:nk', label: 'Nẵng' })).toBe('Nang');
    expect(termFor({ key: 'n:pskf', label: 'Песков' })).toBe('Peskov');
    expect(termFor({ key: 'n:KP-CAPITAL', label: 'Bình Nhưỡng' })).toBe('Pyongyang');
    expect(termFor({ key: 'n:KP', label: 'Triều Tiên' })).toBe('North Korea');
    expect(termFor({ key: 'n:US', label: 'Mỹ' })).toBe('United States');
    expect(termFor({ key: 'n:KREMLIN', label: 'Кремль' })).toBe('Kremlin');
    // No reliable spelling of a Han name here: left out rather than guessed.
    expect(termFor({ key: 'n:pskf', label: '佩斯科夫' })).toBeNull();
  });

  it('countries come last, short words and acronyms not at all, each term once', () => {
    const keys = [
      { key: 'n:RU', label: 'Russia' },
      { key: 'n:pskf', label: 'Peskov' },
      { key: 'n:un.', label: 'UN' },
      { key: 'n:kr', label: 'Kim' },
      { key: 'n:krsk', label: 'Kursk' },
      { key: 'n:pskf', label: 'Peskov' },
    ];
    expect(coverageTerms(keys, 'Peskov on Kursk', 'Peskov said in Kursk that Russia...')).toEqual(['Peskov', 'Kursk', 'Russia']);
  });

  it('too little to search for: no query (and nothing is sent)', () => {
    const keys = [{ key: 'n:krsk', label: 'Kursk' }];
    expect(coverageQuery({ keys, title: '', text: 'Kursk', byline: null, publishedTime: null, langs: ['en'], now: NOW })).toBeNull();
    const two = [...keys, { key: 'n:pskf', label: 'Peskov' }];
    expect(coverageQuery({ keys: two, title: '', text: '', byline: null, publishedTime: null, langs: ['xx'], now: NOW })).toBeNull();
  });

  it('the request: the documented parameters, the terms quoted where they are phrases, nothing else', () => {
    const keys = [{ key: 'n:tnttrs', label: 'Elena Vasquez' }, { key: 'n:krtr', label: 'Caldera' }];
    const q = coverageQuery({ keys, title: 'Caldera', text: 'Caldera', byline: null, publishedTime: '2024-04-12T07:30:00Z', langs: ['fr', 'de'], now: NOW })!;
    const url = new URL(gdeltUrl(GDELT_DOC_ENDPOINT, q));
    expect(url.origin + url.pathname).toBe('https://api.gdeltproject.org/api/v2/doc/doc');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: 'Caldera "Elena Vasquez" (sourcelang:french OR sourcelang:german)',
      mode: 'ArtList',
      format: 'json',
      maxrecords: '15',
      sort: 'HybridRel',
      startdatetime: '20240409073000',
      enddatetime: '20240415073000',
    });
  });
});
