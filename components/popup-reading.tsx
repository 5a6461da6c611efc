import type { Translate } from './strings.ts';

/** Where finding coverage is: nothing asked yet, searching, waiting for the reader's permission, fetching, or over. */
export type CoverageState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'asking'; sites: number; pages: number }
  | { status: 'fetching'; done: number; total: number }
  | { status: 'done'; stored: number }
  | { status: 'problem'; problem: string };

export interface PopupReadingProps {
  /** Few versions and a search service chosen: the button is offered. */
  offerCoverage: boolean;
  coverage: CoverageState;
  /** The page's site, when collecting is on and the site is not excluded; null hides the button. */
  collectSite: string | null;
  excluded: string | null;
  t: Translate;
  onFind: () => void;
  onAllow: () => void;
  onCancel: () => void;
  onExclude: () => void;
}

function problemText(problem: string, t: Translate): string {
  switch (problem) {
    case 'offline':
      return t('coverageOffline', 'The news index could not be reached. Are you offline? Nothing was stored.');
    case 'rate-limited':
      return t('coverageRateLimited', 'The news index asks to wait before searching again. Try again in a minute; nothing was stored.');
    case 'malformed':
      return t('coverageMalformed', 'The news index gave an answer Parallax cannot read. Nothing was stored.');
    case 'nothing-found':
      return t('coverageNothing', 'The news index found no other coverage of this story in your languages.');
    case 'no-terms':
      return t('coverageNoTerms', 'This article names too little to search for it.');
    case 'off':
      return t('coverageOff', 'Finding coverage is off (see the options page).');
    case 'permission':
      return t('coveragePermission', 'Parallax was not allowed to reach the news index or the sites it found, so nothing was fetched.');
    case 'cancelled':
      return t('coverageCancelled', 'Cancelled. Nothing more is fetched.');
    default:
      return t('coverageFailed', 'Finding coverage failed. Nothing was stored.');
  }
}

/** Finding coverage of the story now, and leaving a site out of what is collected. Props in, callbacks out. */
export function PopupReading({ offerCoverage, coverage, collectSite, excluded, t, onFind, onAllow, onCancel, onExclude }: PopupReadingProps) {
  const busy = coverage.status === 'searching' || coverage.status === 'fetching';
  return (
    <div class="reading">
      {offerCoverage || coverage.status !== 'idle' ? (
        <div class="coverage" data-testid="coverage" data-state={coverage.status}>
          {offerCoverage && !busy && coverage.status !== 'asking' ? (
            <button type="button" data-testid="find-coverage" onClick={onFind}>{t('findCoverage', 'Find coverage now')}</button>
          ) : null}
          {coverage.status === 'asking' ? (
            <button type="button" data-testid="coverage-allow" onClick={onAllow}>
              {t('coverageAllow', `Read ${coverage.pages} pages from ${coverage.sites} sites`, [String(coverage.pages), String(coverage.sites)])}
            </button>
          ) : null}
          {busy ? (
            <button type="button" class="secondary" data-testid="coverage-cancel" onClick={onCancel}>{t('coverageCancel', 'Cancel')}</button>
          ) : null}
          <p class="coverage-status" role="status" data-testid="coverage-status">
            {coverage.status === 'searching' ? t('coverageSearching', 'Searching the news index…') : null}
            {coverage.status === 'fetching' ? (
              <>
                {t('coverageFetching', `Reading the pages found: ${coverage.done} of ${coverage.total}`, [String(coverage.done), String(coverage.total)])}{' '}
                <progress max={Math.max(1, coverage.total)} value={coverage.done} />
              </>
            ) : null}
            {coverage.status === 'done' ? t('coverageDone', `${coverage.stored} pages stored.`, [String(coverage.stored)]) : null}
            {coverage.status === 'problem' ? <span data-testid="coverage-problem" data-problem={coverage.problem}>{problemText(coverage.problem, t)}</span> : null}
          </p>
        </div>
      ) : null}
      {collectSite ? (
        <button type="button" class="link" data-testid="collect-exclude-site" onClick={onExclude}>
          {t('collectExcludeSite', `Don't collect ${collectSite}`, [collectSite])}
        </button>
      ) : null}
      {excluded ? <p class="muted" role="status" data-testid="collect-excluded">{t('collectExcluded', `${excluded} will not be collected.`, [excluded])}</p> : null}
    </div>
  );
}
