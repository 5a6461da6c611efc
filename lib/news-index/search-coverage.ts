import { decodeText } from '../sources/decode-text.ts';
import { fetchResource, type FetchFn } from '../sources/fetch-resource.ts';
import { readGdeltAnswer, type GdeltAnswer } from './gdelt-answer.ts';
import { gdeltUrl, MAX_RECORDS, type CoverageQuery } from './gdelt-query.ts';

/** GDELT often takes 10 to 15 seconds to answer. */
const TIMEOUT_MS = 45_000;
const MAX_BYTES = 2 * 1024 * 1024;

export interface SearchDeps {
  fetch: FetchFn;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * Asks the index for pages telling the story: one GET, nothing stored. Offline, throttled, an answer that is not the
 * documented JSON or an empty one all come back as a problem, never a throw.
 */
export async function searchCoverage(endpoint: string, query: CoverageQuery, exclude: string, deps: SearchDeps): Promise<GdeltAnswer> {
  const url = gdeltUrl(endpoint, query);
  const fetched = await fetchResource(url, {
    fetch: deps.fetch,
    accept: 'application/json',
    timeoutMs: deps.timeoutMs ?? TIMEOUT_MS,
    maxBytes: MAX_BYTES,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  if (!fetched.ok) {
    const { code, params } = fetched.error;
    if (code === 'http-status') return readGdeltAnswer(Number(params[0]), '', { max: MAX_RECORDS });
    if (code === 'network' || code === 'timeout') return { ok: false, problem: 'offline', detail: code };
    return { ok: false, problem: 'malformed', detail: `${code} ${params.join(' ')}`.trim() };
  }
  if (fetched.notModified) return { ok: false, problem: 'malformed', detail: 'HTTP 304' };
  const text = decodeText(fetched.resource.bytes, { charset: fetched.resource.charset });
  return readGdeltAnswer(fetched.resource.status, text.ok ? text.text : '', { exclude, max: MAX_RECORDS });
}
