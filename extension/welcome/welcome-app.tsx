import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CatalogPicker, type CatalogStatus } from '../../components/catalog-picker.tsx';
import { CATALOG_FEEDS } from '../../lib/catalog/feeds.ts';
import type { SourceView } from '../../lib/protocol/options-views.ts';
import { subscribeFeeds, subscribedUrls } from '../catalog/subscribe-feeds.ts';
import { t } from '../i18n.ts';
import { sendToBackground } from '../messaging.ts';
import { getSettings, settingsItem } from '../settings.ts';

/** The first-run page, opened on install: what Parallax needs (a corpus), and the feed catalogue to start one. */
export function WelcomeApp({ uiLang }: { uiLang: string }) {
  const [status, setStatus] = useState<CatalogStatus>({ status: 'idle' });
  const [sources, setSources] = useState<SourceView[]>([]);
  const [collect, setCollect] = useState<boolean | null>(null);
  const load = () => void sendToBackground('bg:sources.list', {}).then((r) => setSources(r.sources), () => undefined);
  useEffect(load, []);
  useEffect(() => void getSettings().then((s) => setCollect(s.collect), () => undefined), []);
  const toggleCollect = async () => {
    const next = !(await getSettings()).collect;
    await settingsItem.setValue({ ...(await getSettings()), collect: next });
    setCollect(next);
  };
  return (
    <div class="welcome-page">
      <h1>{t('welTitle', 'Welcome to Parallax')}</h1>
      <p>
        {t('welIntro', 'On a news article, Parallax shows the same story from other outlets in other languages, and every figure they disagree on. It compares against the reports stored on this computer, so it needs some to start with: subscribe to feeds in the languages you want to compare.')}
      </p>
      <CatalogPicker
        feeds={CATALOG_FEEDS}
        subscribed={subscribedUrls(sources)}
        status={status}
        uiLang={uiLang}
        t={t}
        onSubscribe={(feeds) => subscribeFeeds(feeds, t, setStatus, load)}
      />
      <label class="check">
        <input type="checkbox" data-testid="first-run-collect" checked={collect === true} disabled={collect === null} onChange={() => void toggleCollect()} />{' '}
        {t('optCollect', 'Collect as I read')}
      </label>
      <p class="hint">
        {t('optCollectHint', 'Each article page you open is kept in your corpus, so your own reading in several languages finds its other versions. It stays on this computer. Private windows are never collected.')}
      </p>
      <p class="hint">
        {t('welLater', 'You can change this at any time on the options page, where the feeds are read and the reports are listed.')}{' '}
        <button type="button" class="link" data-testid="first-run-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions', 'Open options')}
        </button>
      </p>
    </div>
  );
}
