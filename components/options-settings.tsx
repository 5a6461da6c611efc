import type { CollectCap } from '../lib/model/collect-cap.ts';
import { READ_LANGUAGES } from '../lib/model/language.ts';
import type { CoverageService } from '../lib/news-index/gdelt-query.ts';
import { languageName, type Translate } from './strings.ts';

/** The reader's settings, as the page edits them (the same shape as extension/settings.ts). */
export interface SettingsValue {
  analyzeOnLoad: boolean;
  highlight: boolean;
  readerLanguages: string[];
  translationTarget: string;
  collect: boolean;
  collectExcluded: string[];
  collectCap: CollectCap;
  coverageSearch: CoverageService;
  coverageEndpoint: string;
}

const OTHER_LANGUAGES = ['ar', 'hi', 'id', 'ja', 'ko', 'nl', 'pl', 'th', 'tr', 'uk'];

export function OptionsSettings({ value, uiLang, t, onChange }: { value: SettingsValue | null; uiLang: string; t: Translate; onChange: (next: SettingsValue) => void }) {
  if (!value) return null;
  const langs = [...READ_LANGUAGES, ...OTHER_LANGUAGES];
  const toggleLang = (lang: string) =>
    onChange({
      ...value,
      readerLanguages: value.readerLanguages.includes(lang) ? value.readerLanguages.filter((l) => l !== lang) : [...value.readerLanguages, lang],
    });
  return (
    <section class="card" aria-labelledby="settings-h">
      <h2 id="settings-h">{t('optSettingsHeading', 'Settings')}</h2>
      <fieldset>
        <legend>{t('optAnalyzeLegend', 'Read articles')}</legend>
        <label>
          <input type="radio" name="analyze" data-testid="setting-analyze-load" checked={value.analyzeOnLoad} onChange={() => onChange({ ...value, analyzeOnLoad: true })} />{' '}
          {t('optAnalyzeOnLoad', 'as soon as they load')}
        </label>
        <label>
          <input type="radio" name="analyze" data-testid="setting-analyze-click" checked={!value.analyzeOnLoad} onChange={() => onChange({ ...value, analyzeOnLoad: false })} />{' '}
          {t('optAnalyzeOnClick', 'only when I click the Parallax button')}
        </label>
      </fieldset>
      <label class="check">
        <input type="checkbox" data-testid="setting-highlight" checked={value.highlight} onChange={() => onChange({ ...value, highlight: !value.highlight })} />{' '}
        {t('optHighlight', 'Mark disputed figures in the page')}
      </label>
      <fieldset>
        <legend>{t('optReaderLanguages', 'Languages I read (their versions are listed first)')}</legend>
        <div class="langs">
          {langs.map((lang) => (
            <label key={lang} class="check">
              <input type="checkbox" data-testid={`setting-lang-${lang}`} checked={value.readerLanguages.includes(lang)} onChange={() => toggleLang(lang)} />{' '}
              {languageName(lang, uiLang)}
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        {t('optTranslationTarget', 'Translate quotes into')}{' '}
        <select data-testid="setting-translation" value={value.translationTarget} onChange={(e) => onChange({ ...value, translationTarget: e.currentTarget.value })}>
          <option value="">{t('optNoTranslation', 'Do not translate')}</option>
          {langs.map((lang) => (
            <option key={lang} value={lang}>{languageName(lang, uiLang)}</option>
          ))}
        </select>
      </label>
    </section>
  );
}
