import type { ReportDetail } from '../lib/model/corpus-view.ts';
import { languageName, safeHref, shortDate, type Translate } from './strings.ts';

function valueText(value: number, unit: string, uiLang: string): string {
  if (unit === 'share') return `${(value * 100).toLocaleString(uiLang || 'en', { maximumFractionDigits: 2 })} %`;
  const n = value.toLocaleString(uiLang || 'en', { maximumFractionDigits: 2 });
  return unit === 'count' ? n : `${n} ${unit}`;
}

/** A report opened from the list: where it is from, and every figure it states. */
export function CorpusDetail({ report, uiLang, t, onClose }: { report: ReportDetail; uiLang: string; t: Translate; onClose: () => void }) {
  const href = safeHref(report.url);
  return (
    <article class="corpus-detail" data-testid="corpus-detail" aria-labelledby="detail-h">
      <div class="card-head">
        <h3 id="detail-h" lang={report.lang}>{report.title}</h3>
        <button type="button" class="link" data-testid="corpus-detail-close" onClick={onClose}>{t('optClose', 'Close')}</button>
      </div>
      <p class="muted">
        {languageName(report.lang, uiLang)}
        {report.siteName ? ` · ${report.siteName}` : ''}
        {report.byline ? ` · ${report.byline}` : ''}
        {report.publishedTime ? ` · ${shortDate(report.publishedTime, uiLang)}` : ''}
        {href ? (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">{t('optOpenArticle', 'Open the article')}</a>
          </>
        ) : null}
      </p>
      {report.excerpt ? <p class="excerpt" lang={report.lang}>{report.excerpt}</p> : null}
      <h4>{t('optFiguresHeading', 'Figures')}</h4>
      {report.figures.length === 0 ? (
        <p class="empty">{t('optNoFigures', 'No figures were found in this report.')}</p>
      ) : (
        <ul class="figures">
          {report.figures.map((f, i) => (
            <li key={i} data-testid="corpus-figure" data-concept={f.concept} data-value={String(f.value)}>
              <span class="figure-value">{f.qualifierText ? `${f.qualifierText} ` : ''}{valueText(f.value, f.unit, uiLang)}</span>{' '}
              <span class="muted">{f.concept.replace(/_/g, ' ')}</span>
              {f.attribution ? <span class="muted"> · {t('cites', 'cites')} {f.attribution}</span> : null}
              <q lang={report.lang}>{f.quote}</q>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
