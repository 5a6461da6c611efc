import { describe, expect, it } from 'vitest';
import { readGdeltAnswer } from '../../../lib/news-index/gdelt-answer.ts';
import { coverageFixture } from './coverage-fixtures.ts';

describe('reading the index answer', () => {
  it('an ArtList answer: http(s) pages only, each once, the reader\'s own page left out, languages as codes', () => {
    const answer = readGdeltAnswer(200, coverageFixture('artlist--caldera-port.json'), { exclude: 'https://site.example/xinwen/gangkou', max: 15 });
    expect(answer).toEqual({
      ok: true,
      pages: [
        { url: 'https://site.example/courrier/port-caldera', title: 'Le port de Caldera rouvre après la tempête', domain: 'courrier.example', lang: 'fr', seen: '2024-04-12T07:45:00Z' },
        { url: 'https://site.example/diario/porto-reabre', title: 'Porto de Caldera reabre após tempestade', domain: 'diario.example', lang: 'pt', seen: '2024-04-12T12:30:00Z' },
        { url: 'https://site.example/tincang/cang-caldera', title: 'Cảng Caldera mở cửa trở lại sau bão', domain: 'tincang.example', lang: 'vi', seen: '2024-04-12T07:15:00Z' },
      ],
    });
  });

  it('at most `max` pages', () => {
    const answer = readGdeltAnswer(200, coverageFixture('artlist--caldera-port.json'), { max: 2 });
    expect(answer.ok && answer.pages.length).toBe(2);
  });

  it('nothing matched ({}): nothing found', () => {
    expect(readGdeltAnswer(200, coverageFixture('artlist--nothing-found.json'), { max: 15 })).toMatchObject({ ok: false, problem: 'nothing-found' });
    expect(readGdeltAnswer(200, '{"articles": []}', { max: 15 })).toMatchObject({ ok: false, problem: 'nothing-found' });
  });

  it('throttled: the plain-text answer (with 200) and a 429 are both "rate-limited", not a quiet news day', () => {
    expect(readGdeltAnswer(200, coverageFixture('throttled--plain-text.txt'), { max: 15 })).toMatchObject({ ok: false, problem: 'rate-limited' });
    expect(readGdeltAnswer(429, '', { max: 15 })).toMatchObject({ ok: false, problem: 'rate-limited' });
  });

  it('malformed: a cut-off answer, an HTML error page, JSON of another shape', () => {
    for (const body of [coverageFixture('malformed--truncated.json'), coverageFixture('malformed--html-error.html'), '[1, 2]', '{"articles": 3}']) {
      expect(readGdeltAnswer(200, body, { max: 15 }), body).toMatchObject({ ok: false, problem: 'malformed' });
    }
  });

  it('a server error is a failure, with its status', () => {
    expect(readGdeltAnswer(503, '', { max: 15 })).toEqual({ ok: false, problem: 'failed', detail: 'HTTP 503' });
  });
});
