import type { ReportSummary } from '../lib/model/corpus-view.ts';
import { languageName, safeHref, shortDate, type Translate } from './strings.ts';

export interface CorpusItemProps {
  report: ReportSummary;
  sourceTitle: string | null;
  selected: boolean;
  open: boolean;
  uiLang: string;
  t: Translate;
  onToggle: (id: number) => void;
  onOpen: (id: number) => void;
  onDelete: (report: ReportSummary) => void;
}

/** One report in the corpus list: a fixed-height row. */
export function CorpusItem({ report, sourceTitle, selected, open, uiLang, t, onToggle, onOpen, onDelete }: CorpusItemProps) {
  const href = safeHref(report.url);
  const date = shortDate(report.publishedTime, uiLang);
  return (
    <div class={open ? 'corpus-item open' : 'corpus-item'} data-testid="corpus-item" data-id={report.id} data-lang={report.lang}>
      <input type="checkbox" data-testid="corpus-select" checked={selected} aria-label={t('optSelect', 'Select')} onChange={() => onToggle(report.id)} />
      <div class="corpus-main">
        <button type="button" class="corpus-title link" data-testid="corpus-item-title" onClick={() => onOpen(report.id)} title={report.title}>
          {report.title || report.url}
        </button>
        <div class="corpus-meta">
          <span class="lang-chip" title={languageName(report.lang, uiLang)}>{report.lang}</span>{' '}
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">{report.siteName ?? new URL(href).hostname}</a>
          ) : (
            <span>{report.siteName ?? t('optNoAddress', 'no address')}</span>
          )}
          {date ? ` · ${date}` : ''}
          {' · '}
          <span data-testid="corpus-figure-count">{t('optFigureCount', `${report.figureCount} figures`, [String(report.figureCount)])}</span>
          {sourceTitle ? ` · ${sourceTitle}` : ''}
        </div>
      </div>
      <button type="button" class="link danger" data-testid="corpus-item-delete" aria-label={t('optDeleteReport', 'Delete this report')} onClick={() => onDelete(report)}>
        ×
      </button>
    </div>
  );
}
