import { useState } from 'preact/hooks';
import { CATALOG_LANGUAGES, type CatalogFeed } from '../lib/model/catalog-feed.ts';
import { languageName, type Translate } from './strings.ts';

export type CatalogStatus =
  | { status: 'idle' }
  | { status: 'asking' }
  | { status: 'started'; count: number }
  | { status: 'failed'; message: string };

export interface CatalogPickerProps {
  feeds: readonly CatalogFeed[];
  /** Addresses of the feeds the reader already subscribes to. */
  subscribed: ReadonlySet<string>;
  status: CatalogStatus;
  uiLang: string;
  t: Translate;
  /** Called from the click itself: the permission request needs the reader's gesture. */
  onSubscribe: (feeds: CatalogFeed[]) => void;
}

/**
 * The catalogue of public news feeds: tick a language (all its outlets) or single outlets, then subscribe. Nothing is
 * fetched before the reader presses Subscribe.
 */
export function CatalogPicker({ feeds, subscribed, status, uiLang, t, onSubscribe }: CatalogPickerProps) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const open = feeds.filter((f) => !subscribed.has(f.url));
  const picked = open.filter((f) => chosen.has(f.url));
  const toggle = (urls: string[], on: boolean) => setChosen((c) => new Set(on ? [...c, ...urls] : [...c].filter((u) => !urls.includes(u))));
  const langs = CATALOG_LANGUAGES.filter((lang) => feeds.some((f) => f.lang === lang));
  return (
    <section class="card catalog" aria-labelledby="catalog-h">
      <h2 id="catalog-h">{t('catHeading', 'News feeds by language')}</h2>
      <p class="hint">
        {t('catHint', 'Pick the languages (or single outlets) whose news you want beside what you read. Nothing is fetched until you press Subscribe; your browser then asks once to let Parallax read those sites.')}
      </p>
      <ul class="catalog-langs">
        {langs.map((lang) => {
          const ofLang = feeds.filter((f) => f.lang === lang);
          const openUrls = ofLang.filter((f) => !subscribed.has(f.url)).map((f) => f.url);
          const count = openUrls.filter((u) => chosen.has(u)).length;
          const all = openUrls.length > 0 && count === openUrls.length;
          return (
            <li key={lang} class="catalog-lang">
              <label class="check">
                <input
                  type="checkbox"
                  data-testid="catalog-language"
                  data-lang={lang}
                  checked={all || (openUrls.length === 0 && ofLang.length > 0)}
                  disabled={openUrls.length === 0}
                  ref={(el) => {
                    if (el) el.indeterminate = count > 0 && !all;
                  }}
                  onChange={() => toggle(openUrls, !all)}
                />{' '}
                <span class="catalog-lang-name" lang={lang}>{languageName(lang, lang)}</span>
                {lang !== uiLang.split('-')[0] ? <span class="muted"> ({languageName(lang, uiLang)})</span> : null}{' '}
                <span class="muted">{t('catFeedCount', `${ofLang.length} feeds`, [String(ofLang.length)])}</span>
              </label>
              <details>
                <summary>{t('catOutlets', 'Outlets')}</summary>
                <ul>
                  {ofLang.map((f) => (
                    <li key={f.url}>
                      <label class="check">
                        <input
                          type="checkbox"
                          data-testid="catalog-feed"
                          data-url={f.url}
                          checked={subscribed.has(f.url) || chosen.has(f.url)}
                          disabled={subscribed.has(f.url)}
                          onChange={(e) => toggle([f.url], e.currentTarget.checked)}
                        />{' '}
                        <span lang={lang}>{f.outlet}</span> <span class="muted">{f.country}</span>
                        {subscribed.has(f.url) ? <span class="muted"> · {t('catSubscribed', 'subscribed')}</span> : null}
                      </label>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
      <div class="row">
        <button type="button" data-testid="catalog-subscribe" disabled={!picked.length || status.status === 'asking'} onClick={() => (onSubscribe(picked), setChosen(new Set()))}>
          {t('catSubscribe', `Subscribe to ${picked.length} feeds`, [String(picked.length)])}
        </button>
        <span class="status" role="status" data-testid="catalog-status" data-state={status.status} data-count={status.status === 'started' ? status.count : ''}>
          {status.status === 'asking' ? t('optAddAsking', 'Waiting for your permission to read these sites…') : null}
          {status.status === 'started' ? t('catStarted', `Subscribing to ${status.count} feeds: their articles are being read.`, [String(status.count)]) : null}
          {status.status === 'failed' ? <span class="error">{status.message}</span> : null}
        </span>
      </div>
    </section>
  );
}
