import { clampCap, DEFAULT_COLLECT_CAP } from '../lib/model/collect-cap.ts';
import { COLLECT_CAP_LIMITS } from '../lib/model/limits.ts';
import { siteList } from '../lib/collect/collect-rules.ts';
import type { SettingsValue } from './options-settings.tsx';
import type { Translate } from './strings.ts';

/** The corpus from what the reader reads: collecting as they read, and searching a news index when they ask. */
export function OptionsReading({ value, t, onChange }: { value: SettingsValue | null; t: Translate; onChange: (next: SettingsValue) => void }) {
  if (!value) return null;
  const cap = value.collectCap;
  return (
    <section class="card" aria-labelledby="reading-h">
      <h2 id="reading-h">{t('optReadingHeading', 'Your reading as a corpus')}</h2>
      <label class="check">
        <input type="checkbox" data-testid="setting-collect" checked={value.collect} onChange={() => onChange({ ...value, collect: !value.collect })} />{' '}
        {t('optCollect', 'Collect as I read')}
      </label>
      <p class="hint">
        {t('optCollectHint', 'Each article page you open is kept in your corpus, so your own reading in several languages finds its other versions. It stays on this computer. Private windows are never collected.')}
      </p>
      <label>
        {t('optCollectExcluded', 'Never collect these sites (one per line)')}
        <textarea
          rows={3}
          data-testid="setting-collect-excluded"
          value={value.collectExcluded.join('\n')}
          onChange={(e) => onChange({ ...value, collectExcluded: siteList(e.currentTarget.value.split(/\s+/)) })}
        />
      </label>
      <div class="row">
        <label>
          {t('optCollectCap', 'Keep at most')}{' '}
          <input
            type="number"
            min={1}
            data-testid="setting-collect-cap"
            value={cap.value}
            onChange={(e) => onChange({ ...value, collectCap: clampCap({ unit: cap.unit, value: Number(e.currentTarget.value) }) })}
          />
        </label>
        <select
          data-testid="setting-collect-cap-unit"
          value={cap.unit}
          onChange={(e) => {
            const unit = e.currentTarget.value === 'megabytes' ? 'megabytes' : 'reports';
            onChange({ ...value, collectCap: { unit, value: unit === 'reports' ? DEFAULT_COLLECT_CAP.value : COLLECT_CAP_LIMITS.defaultMegabytes } });
          }}
        >
          <option value="reports">{t('optCapReports', 'collected reports')}</option>
          <option value="megabytes">{t('optCapMegabytes', 'MB of collected reports')}</option>
        </select>
      </div>
      <p class="hint">{t('optCollectCapHint', 'Beyond that, the oldest collected pages go first. Pages you added yourself or from your subscriptions are never removed.')}</p>
      <label>
        {t('optCoverageSearch', 'Find coverage with')}{' '}
        <select data-testid="setting-coverage-search" value={value.coverageSearch} onChange={(e) => onChange({ ...value, coverageSearch: e.currentTarget.value === 'off' ? 'off' : 'gdelt' })}>
          <option value="gdelt">{t('optCoverageGdelt', 'GDELT (public news index)')}</option>
          <option value="off">{t('optCoverageOff', 'Off')}</option>
        </select>
      </label>
      <p class="hint">
        {t('optCoverageHint', `Only when you click "Find coverage now" in the popup: the article's main names, your languages and its dates are sent to ${value.coverageEndpoint}, and the pages it finds are read from their sites.`, [value.coverageEndpoint])}
      </p>
    </section>
  );
}
