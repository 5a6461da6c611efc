import type { CoverageProblem, FoundPage } from '../model/coverage.ts';
import type { Outcome } from '../model/source-error.ts';

/** What a search of the news index gave: the pages to fetch, or why there are none. */
export type CoverageSearchResult =
  | { ok: true; pages: FoundPage[]; query: string }
  | { ok: false; problem: CoverageProblem | 'off' | 'no-terms' | 'permission' | 'cancelled' | 'unavailable' };

/**
 * Popup -> background: the corpus from what the reader reads. Accepted from the extension's own pages only.
 * The pages found are fetched and stored with 'bg:sources.add', as a job with progress and cancel.
 */
export interface ReadingMessages {
  /** Search the news index for the story on a tab (one request to the index; nothing is stored). */
  'bg:coverage.search': { request: { tabId: number }; response: CoverageSearchResult };
  /** Stop that search. */
  'bg:coverage.cancel': { request: { tabId: number }; response: { cancelled: boolean } };
  /** Never collect this site again, and forget the pages collected from it. */
  'bg:collect.exclude': { request: { site: string }; response: Outcome<{ removed: number }> };
}
