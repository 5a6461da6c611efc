import { browser } from 'wxt/browser';
import type { CatalogStatus } from '../../components/catalog-picker.tsx';
import type { Translate } from '../../components/strings.ts';
import { catalogOrigins } from '../../lib/catalog/catalog.ts';
import type { CatalogFeed } from '../../lib/model/catalog-feed.ts';
import type { SourceView } from '../../lib/protocol/options-views.ts';
import { sendToBackground } from '../messaging.ts';

/**
 * Subscribes to catalogue feeds through the options page's own path (bg:sources.add). The permission for every
 * feed's site and its articles' site is asked at once, from the reader's click: call this synchronously from it.
 */
export function subscribeFeeds(feeds: readonly CatalogFeed[], t: Translate, setStatus: (s: CatalogStatus) => void, onStarted: () => void): void {
  const urls = feeds.map((f) => f.url);
  setStatus({ status: 'asking' });
  browser.permissions.request({ origins: catalogOrigins(feeds) }).then(
    async (granted) => {
      if (!granted) return setStatus({ status: 'failed', message: t('optPermissionDenied', 'Parallax was not allowed to read these sites, so nothing was added.') });
      await sendToBackground('bg:sources.add', { urls });
      setStatus({ status: 'started', count: urls.length });
      onStarted();
    },
    (e: unknown) => setStatus({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
}

/** Addresses of the feeds the reader subscribes to, as the catalogue lists them. */
export function subscribedUrls(sources: readonly SourceView[]): Set<string> {
  return new Set(sources.flatMap((s) => (s.feed ? [s.key, s.feed.url] : [])));
}
