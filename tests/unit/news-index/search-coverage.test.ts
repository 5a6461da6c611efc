import { describe, expect, it } from 'vitest';
import { gdeltUrl, type CoverageQuery } from '../../../lib/news-index/gdelt-query.ts';
import { searchCoverage } from '../../../lib/news-index/search-coverage.ts';
import { fakeFetch } from '../sources/fake-fetch.ts';
import { coverageFixture } from './coverage-fixtures.ts';

const ENDPOINT = 'https://index.example/api/v2/doc/doc';
const QUERY: CoverageQuery = { query: 'Caldera Idris (sourcelang:french)', terms: ['Caldera', 'Idris'], langs: ['fr'], start: Date.parse('2024-04-09T00:00:00Z'), end: Date.parse('2024-04-15T00:00:00Z') };
const URL_SENT = gdeltUrl(ENDPOINT, QUERY);
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

describe('searching the index', () => {
  it('one GET to the endpoint, without cookies; the pages found come back', async () => {
    const fetch = fakeFetch({ [URL_SENT]: { headers: JSON_TYPE, body: coverageFixture('artlist--caldera-port.json') } });
    const answer = await searchCoverage(ENDPOINT, QUERY, 'https://site.example/ledger/a', { fetch });
    expect(answer.ok && answer.pages.map((p) => p.lang)).toEqual(['fr', 'pt', 'vi', 'zh']);
    expect(fetch.calls.map((c) => c.url)).toEqual([URL_SENT]);
  });

  it('offline: the network refuses', async () => {
    const fetch = fakeFetch({});
    expect(await searchCoverage(ENDPOINT, QUERY, '', { fetch })).toMatchObject({ ok: false, problem: 'offline' });
  });

  it('the index too slow: offline too', async () => {
    const fetch = fakeFetch({ [URL_SENT]: { delayMs: 500, headers: JSON_TYPE, body: '{}' } });
    expect(await searchCoverage(ENDPOINT, QUERY, '', { fetch, timeoutMs: 50 })).toMatchObject({ ok: false, problem: 'offline' });
  });

  it('rate-limited: 429, or the plain-text request to slow down', async () => {
    const limited = fakeFetch({ [URL_SENT]: { status: 429, headers: { 'content-type': 'text/plain' }, body: 'Too many' } });
    expect(await searchCoverage(ENDPOINT, QUERY, '', { fetch: limited })).toMatchObject({ ok: false, problem: 'rate-limited' });
    const plain = fakeFetch({ [URL_SENT]: { headers: { 'content-type': 'text/plain' }, body: coverageFixture('throttled--plain-text.txt') } });
    expect(await searchCoverage(ENDPOINT, QUERY, '', { fetch: plain })).toMatchObject({ ok: false, problem: 'rate-limited' });
  });

  it('malformed and empty answers', async () => {
    const cut = fakeFetch({ [URL_SENT]: { headers: JSON_TYPE, body: coverageFixture('malformed--truncated.json') } });
    expect(await searchCoverage(ENDPOINT, QUERY, '', { fetch: cut })).toMatchObject({ ok: false, problem: 'malformed' });
    const empty = fakeFetch({ [URL_SENT]: { headers: JSON_TYPE, body: coverageFixture('artlist--nothing-found.json') } });
    expect(await searchCoverage(ENDPOINT, QUERY, '', { fetch: empty })).toMatchObject({ ok: false, problem: 'nothing-found' });
  });
});
