import type { CoverageProblem, FoundPage } from '../model/coverage.ts';
import { LIMITS } from '../model/limits.ts';
import { GDELT_LANGUAGES } from './gdelt-query.ts';

export type GdeltAnswer = { ok: true; pages: FoundPage[] } | { ok: false; problem: CoverageProblem; detail: string };

const CODE_BY_NAME = new Map(Object.entries(GDELT_LANGUAGES).map(([code, name]) => [name, code]));

/** GDELT's answer to a rate-limited client: a plain-text sentence, with 200 or 429. */
const THROTTLED = /^\s*please limit requests/i;

function seenIso(value: unknown): string | null {
  // "20250105T143000Z", as ArtList writes seendate.
  const m = typeof value === 'string' ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : null;
}

function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > LIMITS.url) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Reads an ArtList answer (`{"articles": [{url, url_mobile, title, seendate, socialimage, domain, language,
 * sourcecountry}]}`; `{}` when nothing matched). Only http(s) addresses survive, each once, at most `max`; the page
 * the reader is on is not found again. The answer is untrusted: anything else in it is ignored.
 */
export function readGdeltAnswer(status: number, body: string, options: { exclude?: string; max: number }): GdeltAnswer {
  if (status === 429 || THROTTLED.test(body)) return { ok: false, problem: 'rate-limited', detail: body.trim().slice(0, 200) };
  if (status !== 200) return { ok: false, problem: 'failed', detail: `HTTP ${status}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'malformed', detail: body.trim().slice(0, 200) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, problem: 'malformed', detail: 'not an object' };
  const articles = (parsed as { articles?: unknown }).articles;
  if (articles === undefined) return { ok: false, problem: 'nothing-found', detail: '' };
  if (!Array.isArray(articles)) return { ok: false, problem: 'malformed', detail: 'articles is not a list' };
  const pages: FoundPage[] = [];
  const seen = new Set<string>(options.exclude ? [httpUrl(options.exclude) ?? options.exclude] : []);
  for (const raw of articles) {
    if (typeof raw !== 'object' || raw === null) continue;
    const a = raw as Record<string, unknown>;
    const url = httpUrl(a['url']);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const language = typeof a['language'] === 'string' ? a['language'].toLowerCase() : '';
    pages.push({
      url,
      title: typeof a['title'] === 'string' ? a['title'].slice(0, 500) : '',
      domain: typeof a['domain'] === 'string' ? a['domain'].slice(0, 200) : new URL(url).hostname,
      lang: CODE_BY_NAME.get(language) ?? 'und',
      seen: seenIso(a['seendate']),
    });
    if (pages.length >= options.max) break;
  }
  return pages.length ? { ok: true, pages } : { ok: false, problem: 'nothing-found', detail: '' };
}
