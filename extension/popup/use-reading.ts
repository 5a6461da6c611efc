import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CoverageState, PopupReadingProps } from '../../components/popup-reading.tsx';
import type { PopupState } from '../../components/popup-view.tsx';
import { isExcludedSite, siteOf } from '../../lib/collect/collect-rules.ts';
import { fewVersions } from '../../lib/protocol/views.ts';
import { originPattern, originPatterns } from '../../lib/sources/url-list.ts';
import { sendToBackground } from '../messaging.ts';
import { getSettings, type Settings } from '../settings.ts';

const POLL_MS = 400;

const failure = (problem: string): CoverageState => ({ status: 'problem', problem });

/**
 * Finding coverage from the popup: the index's host is asked for at the click; the pages found are fetched by the
 * add-by-address job once their sites are allowed (asked for all at once, at the reader's next click when not yet
 * allowed), with progress and cancel. `reanalyze` shows the versions once they are stored.
 */
export function useReading(tabId: number | null, state: PopupState, reanalyze: () => void): Omit<PopupReadingProps, 't'> {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [coverage, setCoverage] = useState<CoverageState>({ status: 'idle' });
  const [excluded, setExcluded] = useState<string | null>(null);
  const found = useRef<string[]>([]);
  const job = useRef<number | null>(null);
  const stopped = useRef(false);
  /** Bumped by every search and every cancel: an answer to an older one is dropped. */
  const searchRun = useRef(0);

  useEffect(() => {
    void getSettings().then(setSettings);
    return () => {
      stopped.current = true;
    };
  }, []);

  const follow = async (jobId: number) => {
    for (;;) {
      if (stopped.current) return;
      const view = (await sendToBackground('bg:jobs.list', {})).jobs.find((j) => j.id === jobId);
      if (!view) return setCoverage(failure('failed'));
      if (view.status === 'done' || view.status === 'failed' || view.status === 'cancelled') {
        job.current = null;
        const stored = view.counts.added + view.counts.updated + view.counts.unchanged;
        setCoverage(view.status === 'cancelled' ? failure('cancelled') : stored ? { status: 'done', stored } : failure('nothing-found'));
        if (stored) reanalyze();
        return;
      }
      setCoverage({ status: 'fetching', done: view.cursor, total: view.total || found.current.length });
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };

  const fetchFound = async () => {
    setCoverage({ status: 'fetching', done: 0, total: found.current.length });
    const { jobId } = await sendToBackground('bg:sources.add', { urls: found.current });
    job.current = jobId;
    await follow(jobId);
  };

  const onFind = () => {
    if (tabId === null || !settings) return;
    const index = originPattern(settings.coverageEndpoint);
    if (!index) return setCoverage(failure('failed'));
    setCoverage({ status: 'searching' });
    const run = ++searchRun.current;
    // Asked from the click itself: a permission request needs the reader's gesture.
    browser.permissions
      .request({ origins: [index] })
      .then(async (granted) => {
        if (!granted) return setCoverage(failure('permission'));
        const result = await sendToBackground('bg:coverage.search', { tabId });
        if (run !== searchRun.current) return;
        if (!result.ok) return setCoverage(failure(result.problem));
        found.current = result.pages.map((p) => p.url);
        const origins = originPatterns(found.current);
        if (await browser.permissions.contains({ origins })) return fetchFound();
        setCoverage({ status: 'asking', sites: origins.length, pages: found.current.length });
      })
      .catch(() => setCoverage(failure('failed')));
  };

  const onAllow = () => {
    browser.permissions
      .request({ origins: originPatterns(found.current) })
      .then((granted) => (granted ? fetchFound() : setCoverage(failure('permission'))))
      .catch(() => setCoverage(failure('failed')));
  };

  const onCancel = () => {
    if (job.current !== null) return void sendToBackground('bg:jobs.cancel', { jobId: job.current });
    // A search: whatever it answers now is not used.
    searchRun.current++;
    setCoverage(failure('cancelled'));
    if (tabId !== null) void sendToBackground('bg:coverage.cancel', { tabId });
  };

  const page = state.status === 'ready' ? state.page : null;
  const site = page ? siteOf(page.url) : null;
  const onExclude = () => {
    if (!site || !settings) return;
    void sendToBackground('bg:collect.exclude', { site }).then((r) => {
      if (!r.ok) return;
      setSettings({ ...settings, collectExcluded: [...settings.collectExcluded, site] });
      setExcluded(site);
      reanalyze();
    });
  };

  const collecting = !!settings?.collect && !!page && !!site && /^https?:/.test(page.url) && !isExcludedSite(page.url, settings.collectExcluded);
  return {
    offerCoverage: !!settings && settings.coverageSearch !== 'off' && state.status === 'ready' && fewVersions(state.versions),
    coverage,
    collectSite: collecting ? site : null,
    excluded,
    onFind,
    onAllow,
    onCancel,
    onExclude,
  };
}
