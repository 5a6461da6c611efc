import { useState } from 'preact/hooks';
import type { FigureGroupView } from '../lib/protocol/views.ts';
import { safeHref, shortDate, type Translate } from './strings.ts';

/** Translates quotes on the device from the languages in `langs`; absent where the browser has no translator. */
export interface QuoteTranslation {
  langs: ReadonlySet<string>;
  translate: (text: string, from: string) => Promise<string | null>;
}

export interface FigureGroupsProps {
  groups: FigureGroupView[];
  uiLang: string;
  t: Translate;
  translation?: QuoteTranslation | null | undefined;
}

/** The original quote, and beside it a translation in the reader's language when asked for and possible. */
function Quote({ text, lang, t, translation }: { text: string; lang: string; t: Translate; translation?: QuoteTranslation | null | undefined }) {
  const [translated, setTranslated] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <span class="quote">
      <q class="member-quote" lang={lang}>{text}</q>
      {translation?.langs.has(lang) && translated === null && !failed ? (
        <button type="button" class="link translate" onClick={() => void translation.translate(text, lang).then((r) => (r === null ? setFailed(true) : setTranslated(r)))}>
          {t('translateQuote', 'Translate')}
        </button>
      ) : null}
      {translated !== null ? <span class="translation" data-testid="quote-translation">{translated}</span> : null}
    </span>
  );
}

/** Each group of figures counting one thing: every value with its source, language, date, whom it cites, its quote. */
export function FigureGroups({ groups, uiLang, t, translation }: FigureGroupsProps) {
  return (
    <ul class="groups">
      {groups.map((g) => (
        <li key={g.id} class={`group verdict-${g.verdict}`} data-testid={g.verdict === 'consistent' ? 'agree-item' : 'conflict-item'} data-verdict={g.verdict} data-concept={g.concept}>
          <div class="group-head">
            <span class="group-label">{g.label}</span>
            <span class={`verdict verdict-${g.verdict}`}>
              {g.verdict === 'conflict' ? t('verdictConflict', 'Sources conflict') : g.verdict === 'discrepancy' ? t('verdictDiscrepancy', 'Sources differ') : t('verdictConsistent', 'Sources agree')}
            </span>
          </div>
          <ul class="members">
            {g.members.map((m, i) => {
              const href = safeHref(m.url);
              return (
                <li key={i} class={m.onPage ? 'member on-page' : 'member'} data-testid="figure-member" data-value={String(m.value)} data-lang={m.lang}>
                  <span class="member-value">{m.label}</span>{' '}
                  <span class="member-meta">
                    {href ? <a href={href} target="_blank" rel="noopener noreferrer">{m.siteName ?? m.title}</a> : <span>{m.siteName ?? m.title}</span>}
                    {' · '}{m.lang}
                    {m.publishedTime ? ` · ${shortDate(m.publishedTime, uiLang)}` : ''}
                    {m.attribution ? ` · ${t('cites', 'cites')} ${m.attribution}` : ''}
                    {m.asOf ? ` · ${m.asOf}` : ''}
                  </span>
                  <Quote text={m.quote} lang={m.lang} t={t} translation={translation} />
                </li>
              );
            })}
          </ul>
          {g.notes.length ? <p class="group-notes">{g.notes.join(' ')}</p> : null}
        </li>
      ))}
    </ul>
  );
}
