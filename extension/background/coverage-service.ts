import { browser } from 'wxt/browser';
import { READ_LANGUAGES } from '../../lib/model/language.ts';
import { coverageQuery } from '../../lib/news-index/gdelt-query.ts';
import { searchCoverage } from '../../lib/news-index/search-coverage.ts';
import type { CoverageSearchResult } from '../../lib/protocol/reading-messages.ts';
import { originPattern } from '../../lib/sources/url-list.ts';
import { getSettings } from '../settings.ts';
import { tabAnalysis } from './tab-analysis.ts';

/** Searches under way, by tab: the popup's cancel stops them. */
const searches = new Map<number, AbortController>();

/**
 * The reader asked for coverage of the story on a tab: one request to the news index they chose, with the article's
 * names, languages and dates (lib/news-index/gdelt-query.ts says exactly what is sent). Nothing is stored here.
 */
export async function searchTabCoverage(tabId: number): Promise<CoverageSearchResult> {
  // Registered first: a cancel that comes while the page is being read stops the search before anything is sent.
  searches.get(tabId)?.abort();
  const controller = new AbortController();
  searches.set(tabId, controller);
  try {
    return await search(tabId, controller.signal);
  } finally {
    if (searches.get(tabId) === controller) searches.delete(tabId);
  }
}

async function search(tabId: number, signal: AbortSignal): Promise<CoverageSearchResult> {
  const settings = await getSettings();
  if (settings.coverageSearch === 'off') return { ok: false, problem: 'off' };
  const origin = originPattern(settings.coverageEndpoint);
  if (!origin || !(await browser.permissions.contains({ origins: [origin] }).catch(() => false))) return { ok: false, problem: 'permission' };
  const page = await tabAnalysis(tabId);
  if (!page) return { ok: false, problem: 'unavailable' };
  const { article, keyLabels } = page;
  const keys = [...keyLabels].map(([key, label]) => ({ key, label }));
  const langs = settings.readerLanguages.length ? settings.readerLanguages : [...READ_LANGUAGES];
  const query = coverageQuery({ keys, title: article.title, text: article.text, byline: article.byline, publishedTime: article.publishedTime, langs, now: Date.now() });
  if (!query) return { ok: false, problem: 'no-terms' };
  if (signal.aborted) return { ok: false, problem: 'cancelled' };
  const answer = await searchCoverage(settings.coverageEndpoint, query, article.url, { fetch: (u, init) => fetch(u, init), signal });
  if (signal.aborted) return { ok: false, problem: 'cancelled' };
  return answer.ok ? { ok: true, pages: answer.pages, query: query.query } : { ok: false, problem: answer.problem };
}

export function cancelCoverage(tabId: number): { cancelled: boolean } {
  const controller = searches.get(tabId);
  controller?.abort();
  return { cancelled: controller !== undefined };
}
