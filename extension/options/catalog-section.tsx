import { useMemo, useRef, useState } from 'preact/hooks';
import { CatalogPicker, type CatalogStatus } from '../../components/catalog-picker.tsx';
import { CATALOG_FEEDS } from '../../lib/catalog/feeds.ts';
import type { SourceView } from '../../lib/protocol/options-views.ts';
import { subscribeFeeds, subscribedUrls } from '../catalog/subscribe-feeds.ts';
import { t } from '../i18n.ts';

/**
 * The feed catalogue, wired to the subscription path; `onStarted` wakes the page's look at the jobs. Drawn again only
 * when the sources or its status change, not on every redraw of the options page (each look at the jobs).
 */
export function CatalogSection({ sources, uiLang, onStarted }: { sources: readonly SourceView[]; uiLang: string; onStarted: () => void }) {
  const [status, setStatus] = useState<CatalogStatus>({ status: 'idle' });
  const started = useRef(onStarted);
  started.current = onStarted;
  const subscribed = useMemo(() => subscribedUrls(sources), [sources]);
  return useMemo(
    () => (
      <CatalogPicker
        feeds={CATALOG_FEEDS}
        subscribed={subscribed}
        status={status}
        uiLang={uiLang}
        t={t}
        onSubscribe={(feeds) => subscribeFeeds(feeds, t, setStatus, () => started.current())}
      />
    ),
    [subscribed, status, uiLang],
  );
}
