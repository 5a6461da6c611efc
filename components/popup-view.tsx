import type { ComponentChildren } from 'preact';
import type { TabState } from '../lib/protocol/views.ts';
import { FigureGroups, type QuoteTranslation } from './figure-groups.tsx';
import { languageName, shortDate, type Translate } from './strings.ts';
import { VersionList } from './version-list.tsx';

export type PopupState = TabState | { status: 'loading' };

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; created: boolean } | { status: 'failed'; message: string };

export interface PopupViewProps {
  state: PopupState;
  save: SaveState;
  uiLang: string;
  t: Translate;
  onAdd: () => void;
  onOpenOptions: () => void;
  translation?: QuoteTranslation | null | undefined;
  /** Finding coverage and collecting (popup-reading.tsx), under the versions. */
  reading?: ComponentChildren;
}

/** What Parallax knows about the page on the reader's tab. */
export function PopupView({ state, save, uiLang, t, onAdd, onOpenOptions, translation, reading }: PopupViewProps) {
  if (state.status === 'loading') {
    return <p class="state" data-testid="state-loading" role="status">{t('stateWorking', 'Reading the page…')}</p>;
  }
  if (state.status !== 'ready') {
    const testid = state.status === 'not-article' ? 'state-not-article' : `state-${state.status}`;
    return (
      <div class="state" data-testid={testid} role="status">
        <p class="state-title">
          {state.status === 'not-article' ? t('stateNotArticle', 'This page is not an article.') : t('stateProblem', 'Parallax cannot help with this page.')}
        </p>
        <p class="state-detail">{state.message}</p>
      </div>
    );
  }
  const { page, versions, groups, corpusSize } = state;
  const stored = page.storedId !== null || (save.status === 'saved');
  const disputed = groups.filter((g) => g.verdict !== 'consistent');
  const agreeing = groups.filter((g) => g.verdict === 'consistent');
  return (
    <div class="popup">
      <header class="page" data-testid="page">
        <h1 class="page-title" data-testid="page-title">{page.title}</h1>
        <p class="page-meta">
          <span class="lang-chip" data-testid="page-lang" title={languageName(page.lang, uiLang)}>{page.lang}</span>{' '}
          <span data-testid="page-site">{page.siteName}</span>
          {page.publishedTime ? <span> · {shortDate(page.publishedTime, uiLang)}</span> : null}
        </p>
        <div class="page-actions">
          <button type="button" data-testid="add-page" onClick={onAdd} disabled={save.status === 'saving'}>
            {stored ? t('updateInCorpus', 'Update in corpus') : t('addToCorpus', 'Add to corpus')}
          </button>
          <span class="save-status" role="status" data-testid="save-status">
            {save.status === 'saved' ? (save.created ? t('savedNew', 'Added.') : t('savedUpdated', 'Updated.')) : null}
            {save.status === 'failed' ? save.message : null}
            {save.status === 'idle' && page.storedId !== null ? t('alreadyStored', 'In your corpus.') : null}
          </span>
        </div>
      </header>

      <section class="section" aria-labelledby="versions-h">
        <h2 id="versions-h">{t('versionsHeading', 'Other versions')}</h2>
        {versions.length ? (
          <VersionList versions={versions} uiLang={uiLang} t={t} />
        ) : (
          <p class="empty" data-testid="no-versions">
            {corpusSize === 0
              ? t('emptyCorpus', 'Your corpus is empty. Add this page, or add sources on the options page.')
              : t('noVersions', 'Nothing in your corpus matches this story yet. Add more sources on the options page.')}{' '}
            <button type="button" class="link" onClick={onOpenOptions}>{t('openOptions', 'Open options')}</button>
          </p>
        )}
        {reading}
      </section>

      {disputed.length ? (
        <section class="section" aria-labelledby="disputed-h">
          <h2 id="disputed-h">{t('disputedHeading', 'Figures in dispute')}</h2>
          <FigureGroups groups={disputed} uiLang={uiLang} t={t} translation={translation} />
        </section>
      ) : null}
      {agreeing.length ? (
        <section class="section" aria-labelledby="agree-h">
          <h2 id="agree-h">{t('agreeHeading', 'Figures that agree')}</h2>
          <FigureGroups groups={agreeing} uiLang={uiLang} t={t} translation={translation} />
        </section>
      ) : null}
    </div>
  );
}
