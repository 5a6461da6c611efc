import { describe, expect, it } from 'vitest';
import { fetchResource } from '../../../lib/sources/fetch-resource.ts';
import { countingStream, fakeFetch } from './fake-fetch.ts';

const URL_A = 'https://site.example/a';

describe('fetchResource', () => {
  it('reads a page, with its type, charset and validators, and sends no cookies', async () => {
    const fetch = fakeFetch({ [URL_A]: { body: '<p>hi</p>', headers: { 'content-type': 'text/html; charset=ISO-8859-1', etag: '"v1"', 'last-modified': 'Fri, 12 Apr 2024 08:00:00 GMT' } } });
    const out = await fetchResource(URL_A, { fetch, accept: 'text/html' });
    if (!out.ok || out.notModified) throw new Error('expected a resource');
    expect(out.resource).toMatchObject({ url: URL_A, mime: 'text/html', charset: 'iso-8859-1', kind: 'html', etag: '"v1"', lastModified: 'Fri, 12 Apr 2024 08:00:00 GMT' });
    expect(fetch.calls[0]!.headers['accept']).toBe('text/html');
  });

  it('refuses what is not http(s) without fetching', async () => {
    const fetch = fakeFetch({});
    expect(await fetchResource('file:///etc/passwd', { fetch })).toMatchObject({ ok: false, error: { code: 'invalid-url' } });
    expect(await fetchResource('javascript:alert(1)', { fetch })).toMatchObject({ ok: false, error: { code: 'invalid-url' } });
    expect(fetch.calls).toHaveLength(0);
  });

  it('a 404 is an HTTP error with its status; a 503 carries Retry-After', async () => {
    const fetch = fakeFetch({ [URL_A]: { status: 404, body: 'nope' }, 'https://site.example/busy': { status: 503, headers: { 'retry-after': '120' } } });
    expect(await fetchResource(URL_A, { fetch })).toEqual({ ok: false, error: { code: 'http-status', params: ['404'] }, retryAfterMs: null });
    expect(await fetchResource('https://site.example/busy', { fetch })).toMatchObject({ error: { code: 'http-status', params: ['503'] }, retryAfterMs: 120_000 });
  });

  it('times out a server that does not answer', async () => {
    const fetch = fakeFetch({ [URL_A]: { delayMs: 5_000 } });
    const started = Date.now();
    expect(await fetchResource(URL_A, { fetch, timeoutMs: 100 })).toMatchObject({ ok: false, error: { code: 'timeout', params: ['0'] } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a refused connection is a network error', async () => {
    expect(await fetchResource('https://unknown.example/', { fetch: fakeFetch({}) })).toMatchObject({ ok: false, error: { code: 'network' } });
  });

  it('refuses a PDF or an image by its declared type, before reading the body', async () => {
    const pulled = { bytes: 0 };
    const fetch = fakeFetch({
      [URL_A]: { headers: { 'content-type': 'application/pdf' }, body: countingStream(1_000_000, pulled) },
      'https://site.example/img': { headers: { 'content-type': 'image/png' }, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    });
    expect(await fetchResource(URL_A, { fetch })).toMatchObject({ ok: false, error: { code: 'unsupported-type', params: ['application/pdf'] } });
    expect(pulled.bytes).toBeLessThan(200_000);
    expect(await fetchResource('https://site.example/img', { fetch })).toMatchObject({ ok: false, error: { code: 'unsupported-type', params: ['image/png'] } });
  });

  it('refuses a PDF sent without a type, by its first bytes', async () => {
    const fetch = fakeFetch({ [URL_A]: { headers: {}, body: '%PDF-1.7\n...' } });
    expect(await fetchResource(URL_A, { fetch })).toMatchObject({ ok: false, error: { code: 'unsupported-type', params: ['pdf'] } });
  });

  it('stops reading a 50 MB body at the cap, streaming, whatever the server declares', async () => {
    const pulled = { bytes: 0 };
    const fetch = fakeFetch({ [URL_A]: { headers: { 'content-type': 'text/html' }, body: countingStream(50 * 1024 * 1024, pulled) } });
    const out = await fetchResource(URL_A, { fetch, maxBytes: 10 * 1024 * 1024 });
    expect(out).toMatchObject({ ok: false, error: { code: 'too-large', params: ['10'] } });
    expect(pulled.bytes).toBeLessThan(11 * 1024 * 1024);
  });

  it('refuses at once a body declared larger than the cap', async () => {
    const pulled = { bytes: 0 };
    const fetch = fakeFetch({ [URL_A]: { headers: { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }, body: countingStream(50 * 1024 * 1024, pulled) } });
    expect(await fetchResource(URL_A, { fetch })).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(pulled.bytes).toBeLessThan(1024 * 1024);
  });

  it('sends the validators it has and reports 304 as nothing new', async () => {
    const fetch = fakeFetch({ [URL_A]: (h) => (h['if-none-match'] === '"v1"' ? { status: 304 } : { body: 'x', headers: { etag: '"v1"' } }) });
    expect(await fetchResource(URL_A, { fetch, etag: '"v1"', lastModified: 'Fri, 12 Apr 2024 08:00:00 GMT' })).toEqual({ ok: true, notModified: true });
    expect(fetch.calls[0]!.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Fri, 12 Apr 2024 08:00:00 GMT' });
  });

  it('keeps the URL answered after a redirect', async () => {
    const fetch = fakeFetch({ [URL_A]: { body: '<p>x</p>', url: 'https://site.example/final' } });
    const out = await fetchResource(URL_A, { fetch });
    expect(out.ok && !out.notModified && out.resource.url).toBe('https://site.example/final');
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const fetch = fakeFetch({ [URL_A]: { delayMs: 5_000 } });
    setTimeout(() => controller.abort(), 50);
    expect(await fetchResource(URL_A, { fetch, signal: controller.signal })).toMatchObject({ ok: false, error: { code: 'network' } });
  });
});
