import { coverageFixture } from '../../unit/news-index/coverage-fixtures.ts';
import { currentWorker, type ExtensionBrowser } from './extension.ts';
import type { Handler } from './server.ts';

export type IndexMode = 'found' | 'throttled' | 'too-many' | 'nothing' | 'silent';

/** A local server answering as the GDELT DOC 2.0 API does, with answers recorded in its documented shape. */
export function newsIndex(state: { mode: IndexMode; queries: URLSearchParams[] }, siteOrigin: () => string): Handler {
  return (req, res, url) => {
    if (url.pathname !== '/api/v2/doc/doc') return false;
    state.queries.push(url.searchParams);
    switch (state.mode) {
      case 'found':
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(coverageFixture('artlist--caldera-port.json', siteOrigin()));
        break;
      case 'nothing':
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(coverageFixture('artlist--nothing-found.json'));
        break;
      case 'throttled':
        res.writeHead(200, { 'content-type': 'text/plain' }).end(coverageFixture('throttled--plain-text.txt'));
        break;
      case 'silent':
        // Never answers: only a cancel ends the search.
        req.on('close', () => res.destroy());
        break;
      case 'too-many':
        res.writeHead(429, { 'content-type': 'text/plain' }).end('Too Many Requests');
        break;
    }
    return true;
  };
}

/** Points the search at the local index and names the reader's languages, as stored settings. */
export async function useLocalIndex(ext: ExtensionBrowser, endpoint: string, langs: string[]): Promise<void> {
  const worker = await currentWorker(ext);
  await worker.evaluate(
    async ([endpoint, langs]) => {
      const current = ((await chrome.storage.local.get('settings')) as { settings?: object }).settings ?? {};
      await chrome.storage.local.set({ settings: { ...current, coverageEndpoint: endpoint, readerLanguages: langs } });
    },
    [endpoint, langs] as const,
  );
}
