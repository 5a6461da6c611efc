import { Component } from 'preact';
import type { SourceView } from '../lib/protocol/options-views.ts';
import { errorText } from '../lib/sources/error-text.ts';
import { safeHref, type Translate } from './strings.ts';

const INTERVALS = [15, 30, 60, 180, 360, 720, 1440, 10080];

function intervalLabel(minutes: number, t: Translate): string {
  if (minutes < 60) return t('optEveryMinutes', `every ${minutes} minutes`, [String(minutes)]);
  if (minutes < 1440) return t('optEveryHours', `every ${minutes / 60} hours`, [String(minutes / 60)]);
  return minutes === 10080 ? t('optEveryWeek', 'every week') : t('optEveryDay', 'every day');
}

function when(ms: number | null, uiLang: string): string {
  return ms === null ? '—' : new Date(ms).toLocaleString(uiLang || 'en', { dateStyle: 'medium', timeStyle: 'short' });
}

function kindText(kind: SourceView['kind'], t: Translate): string {
  switch (kind) {
    case 'feed':
      return t('optKindFeed', 'feed');
    case 'url':
      return t('optKindUrl', 'by address');
    case 'page':
      return t('optKindPage', 'from the toolbar');
    case 'paste':
      return t('optKindPaste', 'pasted');
    case 'file':
      return t('optKindFile', 'file');
    case 'import':
      return t('optKindImport', 'imported');
    case 'collected':
      return t('optKindCollected', 'collected as you read');
  }
}

export interface SourcesProps {
  sources: SourceView[];
  uiLang: string;
  t: Translate;
  onRefresh: (sourceIds: number[] | null) => void;
  onInterval: (sourceId: number, minutes: number) => void;
  onDelete: (source: SourceView) => void;
}

/** Where the corpus comes from: subscriptions with their last reading, and the other sources. */
export function OptionsSources({ sources, uiLang, t, onRefresh, onInterval, onDelete }: SourcesProps) {
  const feeds = sources.filter((s) => s.feed);
  return (
    <section class="card" aria-labelledby="sources-h">
      <div class="card-head">
        <h2 id="sources-h">{t('optSourcesHeading', 'Sources')}</h2>
        {feeds.length ? (
          <button type="button" class="secondary" data-testid="feeds-refresh-all" onClick={() => onRefresh(null)}>
            {t('optRefreshAll', 'Refresh all feeds')}
          </button>
        ) : null}
      </div>
      {sources.length === 0 ? <p class="empty">{t('optNoSources', 'No sources yet.')}</p> : null}
      <SourceList sources={sources} uiLang={uiLang} t={t} onRefresh={onRefresh} onInterval={onInterval} onDelete={onDelete} />
    </section>
  );
}

/**
 * The sources, drawn again only when they (or the language) change, not on every redraw of the page: a folder of
 * files makes a source of each file, and the page redraws on every batch's answers. Handlers read the latest props.
 */
class SourceList extends Component<SourcesProps> {
  override shouldComponentUpdate(next: SourcesProps): boolean {
    return next.sources !== this.props.sources || next.uiLang !== this.props.uiLang || next.t !== this.props.t;
  }

  override render() {
    const { sources, uiLang, t } = this.props;
    return (
      <ul class="sources">
        {sources.map((s) => {
          const feed = s.feed;
          const result = feed?.lastResult ?? null;
          const site = feed ? safeHref(feed.siteUrl ?? feed.url) : undefined;
          return (
            <li key={s.id} class="source" data-testid="source-item" data-kind={s.kind} data-source-id={s.id}>
              <div class="source-head">
                {site ? (
                  <a href={site} target="_blank" rel="noopener noreferrer" class="source-title" data-testid="source-title">{s.title}</a>
                ) : (
                  <span class="source-title" data-testid="source-title">{s.title}</span>
                )}
                <span class="muted"> · {kindText(s.kind, t)} · </span>
                <span data-testid="source-count">{t('optReportCount', `${s.reports} reports`, [String(s.reports)])}</span>
              </div>
              {feed ? (
                <div class="feed-state">
                  <span data-testid="feed-last-result" data-status={result?.status ?? 'never'}>
                    {result === null ? t('optFeedNever', 'Not read yet.') : null}
                    {result?.status === 'ok' ? t('optFeedOk', `Read ${when(result.at, uiLang)}: ${result.newItems} new, ${result.added} stored.`, [when(result.at, uiLang), String(result.newItems), String(result.added)]) : null}
                    {result?.status === 'not-modified' ? t('optFeedNotModified', `Read ${when(result.at, uiLang)}: nothing new.`, [when(result.at, uiLang)]) : null}
                    {result?.status === 'error' ? t('optFeedFailedAt', `Reading failed ${when(result.at, uiLang)}.`, [when(result.at, uiLang)]) : null}
                  </span>
                  {result?.status === 'error' && result.error ? (
                    <span class="error" data-testid="feed-error"> {errorText(result.error, t)}</span>
                  ) : null}
                  <div class="row">
                    <span class="muted">{t('optFeedNext', `Next: ${when(feed.nextRunAt, uiLang)}`, [when(feed.nextRunAt, uiLang)])}</span>
                    <label class="muted">
                      {t('optFeedInterval', 'Read')}{' '}
                      <select data-testid="feed-interval" value={String(feed.intervalMinutes)} onChange={(e) => this.props.onInterval(s.id, Number(e.currentTarget.value))}>
                        {[...new Set([...INTERVALS, feed.intervalMinutes])].sort((a, b) => a - b).map((m) => (
                          <option key={m} value={String(m)}>{intervalLabel(m, t)}</option>
                        ))}
                      </select>
                    </label>
                    <button type="button" class="secondary" data-testid="feed-refresh" onClick={() => this.props.onRefresh([s.id])}>
                      {t('optRefresh', 'Refresh')}
                    </button>
                  </div>
                </div>
              ) : null}
              <button type="button" class="link danger" data-testid="source-delete" onClick={() => this.props.onDelete(s)}>
                {feed ? t('optDeleteFeed', 'Unsubscribe and delete its reports') : t('optDeleteSource', 'Delete its reports')}
              </button>
            </li>
          );
        })}
      </ul>
    );
  }
}
