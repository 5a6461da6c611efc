import { Component } from 'preact';
import { useMemo } from 'preact/hooks';
import type { CorpusListing, CorpusQuery, ReportDetail, ReportSummary } from '../lib/model/corpus-view.ts';
import type { SourceView } from '../lib/protocol/options-views.ts';
import { CorpusDetail } from './corpus-detail.tsx';
import { CorpusItem } from './corpus-item.tsx';
import { VirtualList } from './corpus-virtual-list.tsx';
import { languageName, type Translate } from './strings.ts';

export type ExportState = { status: 'idle' } | { status: 'working'; written: number } | { status: 'done'; written: number } | { status: 'failed'; message: string };

export interface CorpusBrowserProps {
  listing: CorpusListing | null;
  query: CorpusQuery;
  sources: SourceView[];
  selected: ReadonlySet<number>;
  detail: ReportDetail | null;
  exporting: ExportState;
  uiLang: string;
  t: Translate;
  onQuery: (query: CorpusQuery) => void;
  onToggle: (id: number) => void;
  onSelect: (ids: number[]) => void;
  onOpen: (id: number) => void;
  onCloseDetail: () => void;
  onDelete: (report: ReportSummary) => void;
  onDeleteSelected: () => void;
  onDeleteAll: () => void;
  onExport: (ids: number[] | null) => void;
}

/**
 * The source filter's options, drawn again only when the sources change: a folder of files makes a source of each
 * file, and the page redraws on every batch's answers.
 */
class SourceOptions extends Component<{ sources: SourceView[] }> {
  override shouldComponentUpdate(next: { sources: SourceView[] }): boolean {
    return next.sources !== this.props.sources;
  }

  override render() {
    return this.props.sources.map((s) => (
      <option key={s.id} value={String(s.id)}>{`${s.title} (${s.reports})`}</option>
    ));
  }
}

const ROW_HEIGHT = 56;
const LIST_HEIGHT = 480;

/** Every report in the corpus: searchable, filterable, with its figures; deletions and exports from here. */
export function CorpusBrowser(props: CorpusBrowserProps) {
  const { listing, query, sources, selected, detail, exporting, uiLang, t } = props;
  const sourceTitles = useMemo(() => new Map(sources.map((s) => [s.id, s.title])), [sources]);
  const items = listing?.items ?? [];
  const allShownSelected = items.length > 0 && items.every((r) => selected.has(r.id));
  const set = (change: Partial<CorpusQuery>) => props.onQuery({ ...query, ...change });
  return (
    <section class="card corpus" aria-labelledby="corpus-h">
      <div class="card-head">
        <h2 id="corpus-h">{t('optCorpusHeading', 'Your corpus')}</h2>
        <span class="muted" data-testid="corpus-count" data-total={listing?.total ?? 0} data-shown={items.length}>
          {listing
            ? items.length === listing.total
              ? t('optCorpusTotal', `${listing.total} reports`, [String(listing.total)])
              : t('optCorpusShown', `${items.length} of ${listing.total} reports`, [String(items.length), String(listing.total)])
            : t('optLoading', 'Loading…')}
        </span>
      </div>
      <div class="filters">
        <input
          type="search"
          data-testid="corpus-search"
          placeholder={t('optSearch', 'Search titles, sites and texts')}
          aria-label={t('optSearch', 'Search titles, sites and texts')}
          value={query.text}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
        <select data-testid="corpus-filter-lang" aria-label={t('optFilterLang', 'Language')} value={query.lang ?? ''} onChange={(e) => set({ lang: e.currentTarget.value || null })}>
          <option value="">{t('optAllLanguages', 'All languages')}</option>
          {(listing?.langs ?? []).map(([lang, n]) => (
            <option key={lang} value={lang}>{`${languageName(lang, uiLang)} (${n})`}</option>
          ))}
        </select>
        <select data-testid="corpus-filter-site" aria-label={t('optFilterSite', 'Site')} value={query.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value || null })}>
          <option value="">{t('optAllSites', 'All sites')}</option>
          {(listing?.sites ?? []).filter(([site]) => site).map(([site, n]) => (
            <option key={site} value={site}>{`${site} (${n})`}</option>
          ))}
        </select>
        <select
          data-testid="corpus-filter-source"
          aria-label={t('optFilterSource', 'Source')}
          value={query.sourceId === null ? '' : String(query.sourceId)}
          onChange={(e) => set({ sourceId: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
        >
          <option value="">{t('optAllSources', 'All sources')}</option>
          <SourceOptions sources={sources} />
        </select>
      </div>
      <div class="toolbar">
        <label class="muted">
          <input type="checkbox" data-testid="corpus-select-all" checked={allShownSelected} onChange={() => props.onSelect(allShownSelected ? [] : items.map((r) => r.id))} />{' '}
          {t('optSelectShown', 'Select all shown')}
        </label>
        <button type="button" class="secondary" data-testid="corpus-export-all" disabled={exporting.status === 'working' || !listing?.total} onClick={() => props.onExport(null)}>
          {t('optExportAll', 'Export all')}
        </button>
        <button type="button" class="secondary" data-testid="corpus-export-selected" disabled={exporting.status === 'working' || selected.size === 0} onClick={() => props.onExport([...selected])}>
          {t('optExportSelected', `Export selected (${selected.size})`, [String(selected.size)])}
        </button>
        <button type="button" class="secondary danger" data-testid="corpus-delete-selected" disabled={selected.size === 0} onClick={props.onDeleteSelected}>
          {t('optDeleteSelected', `Delete selected (${selected.size})`, [String(selected.size)])}
        </button>
        <button type="button" class="secondary danger" data-testid="corpus-delete-all" disabled={!listing?.total} onClick={props.onDeleteAll}>
          {t('optDeleteAll', 'Delete everything')}
        </button>
        <span class="status" role="status" data-testid="export-status" data-state={exporting.status}>
          {exporting.status === 'working' ? t('optExporting', `Exporting… ${exporting.written} reports`, [String(exporting.written)]) : null}
          {exporting.status === 'done' ? t('optExported', `Exported ${exporting.written} reports.`, [String(exporting.written)]) : null}
          {exporting.status === 'failed' ? <span class="error">{exporting.message}</span> : null}
        </span>
      </div>
      {listing && items.length === 0 ? (
        <p class="empty" data-testid="corpus-empty">{listing.total === 0 ? t('optCorpusEmpty', 'Your corpus is empty: add articles, feeds or files above.') : t('optNoMatch', 'No report matches.')}</p>
      ) : (
        <VirtualList
          items={items}
          rowHeight={ROW_HEIGHT}
          height={LIST_HEIGHT}
          label={t('optCorpusHeading', 'Your corpus')}
          itemKey={(r) => r.id}
          renderRow={(r) => (
            <CorpusItem
              report={r}
              sourceTitle={r.sourceId === null ? null : sourceTitles.get(r.sourceId) ?? null}
              selected={selected.has(r.id)}
              open={detail?.id === r.id}
              uiLang={uiLang}
              t={t}
              onToggle={props.onToggle}
              onOpen={props.onOpen}
              onDelete={props.onDelete}
            />
          )}
        />
      )}
      {detail ? <CorpusDetail report={detail} uiLang={uiLang} t={t} onClose={props.onCloseDetail} /> : null}
    </section>
  );
}
