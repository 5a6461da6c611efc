import type { VersionView } from '../lib/protocol/views.ts';
import { languageName, safeHref, shortDate, type Translate } from './strings.ts';

export interface VersionListProps {
  versions: VersionView[];
  uiLang: string;
  t: Translate;
}

/** The same story (or related coverage) from other outlets, other languages first. */
export function VersionList({ versions, uiLang, t }: VersionListProps) {
  return (
    <ul class="versions">
      {versions.map((v) => {
        const href = safeHref(v.url);
        const date = shortDate(v.publishedTime, uiLang);
        return (
          <li key={v.id} data-testid="version-item" data-lang={v.lang} data-relation={v.relation} class="version">
            <div class="version-head">
              <span class="lang-chip" title={languageName(v.lang, uiLang)}>{v.lang}</span>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" class="version-title">{v.title}</a>
              ) : (
                <span class="version-title">{v.title}</span>
              )}
            </div>
            <div class="version-meta">
              {[v.siteName, date].filter(Boolean).join(' · ')}
              {' · '}
              <span class={`relation relation-${v.relation}`}>
                {v.relation === 'same_story' ? t('relationSameStory', 'same story') : t('relationRelated', 'related')}
              </span>
              {v.wireCopy ? <span class="wire"> · {t('wireCopy', 'wire copy')}</span> : null}
            </div>
            {v.shared.length ? (
              <div class="version-shared">
                {t('sharedLabel', 'Shared:')} {v.shared.join(', ')}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
