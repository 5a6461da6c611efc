import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExportState } from '../../components/corpus-browser.tsx';
import type { AddStatus } from '../../components/options-add-sources.tsx';
import type { ConfirmRequest } from '../../components/options-confirm.tsx';
import { errorText } from '../../lib/sources/error-text.ts';
import type { FileStatus } from '../../components/options-import.tsx';
import type { PasteInput, PasteStatus } from '../../components/options-paste.tsx';
import type { SettingsValue } from '../../components/options-settings.tsx';
import { OptionsView, type OptionsActions } from '../../components/options-view.tsx';
import type { JobView, SourceView } from '../../lib/protocol/options-views.ts';
import type { ReportSummary } from '../../lib/model/corpus-view.ts';
import { originPatterns, parseUrlList } from '../../lib/sources/url-list.ts';
import { t } from '../i18n.ts';
import { sendToBackground } from '../messaging.ts';
import { getSettings, settingsItem } from '../settings.ts';
import { addFiles } from './options-files.ts';
import { CatalogSection } from './catalog-section.tsx';
import { UpkeepSection } from './upkeep-section.tsx';
import { downloadExport } from './options-export.ts';
import { useCorpus } from './use-corpus.ts';
import { MAX_URLS_PER_ADD } from '../../lib/model/limits.ts';

const ACTIVE = new Set(['staging', 'queued', 'running']);
const POLL_ACTIVE_MS = 500;
const POLL_IDLE_MS = 5000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Wires the options view to the background: sources, jobs and their progress, the corpus, settings. */
export function OptionsApp({ uiLang }: { uiLang: string }) {
  const [error, setError] = useState<string | null>(null);
  const [add, setAdd] = useState<AddStatus>({ status: 'idle' });
  const [paste, setPaste] = useState<PasteStatus>({ status: 'idle' });
  const [files, setFiles] = useState<FileStatus[]>([]);
  const [jobs, setJobs] = useState<JobView[]>([]);
  const [sources, setSources] = useState<SourceView[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [exporting, setExporting] = useState<ExportState>({ status: 'idle' });
  const [settings, setSettings] = useState<SettingsValue | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const corpus = useCorpus(useCallback((m: string) => setError(m), []));
  const activeIds = useRef(new Set<number>());

  const loadSources = useCallback(async () => setSources((await sendToBackground('bg:sources.list', {})).sources), []);
  const refreshAll = useCallback(() => Promise.all([loadSources(), corpus.reload()]).catch((e: unknown) => setError(message(e))), [loadSources, corpus.reload]);

  const pollJobs = useCallback(async (): Promise<boolean> => {
    const list = (await sendToBackground('bg:jobs.list', {})).jobs;
    setJobs(list);
    const nowActive = new Set(list.filter((j) => ACTIVE.has(j.status)).map((j) => j.id));
    // A job ended since the last look: what it stored is shown.
    const ended = [...activeIds.current].some((id) => !nowActive.has(id));
    const running = list.some((j) => j.status === 'running' && j.cursor > 0);
    activeIds.current = nowActive;
    if (ended) void refreshAll();
    else if (running) void corpus.reload();
    return nowActive.size > 0;
  }, [refreshAll, corpus.reload]);

  // Jobs are polled often while some are active, rarely otherwise; starting work wakes the poll at once.
  const wake = useRef<() => void>(() => undefined);
  const filesShown = useRef(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const loop = async () => {
      clearTimeout(timer);
      const active = await pollJobs().catch((e: unknown) => (setError(message(e)), false));
      if (!stopped) timer = setTimeout(() => void loop(), active ? POLL_ACTIVE_MS : POLL_IDLE_MS);
    };
    wake.current = () => void loop();
    void loop();
    void loadSources().catch((e: unknown) => setError(message(e)));
    void getSettings().then(setSettings);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [pollJobs, loadSources]);

  const startAdd = async (urls: string[], note: string) => {
    await sendToBackground('bg:sources.add', { urls });
    setAdd(note ? { status: 'failed', message: note } : { status: 'started', count: urls.length });
    wake.current();
  };

  const ask = (request: ConfirmRequest) => setConfirm({ ...request, onConfirm: () => (setConfirm(null), request.onConfirm()) });

  const deleteIds = async (ids: number[]) => {
    const result = await sendToBackground('bg:corpus.delete', { ids });
    if (!result.ok) setError(errorText(result.error, t));
    setSelected((s) => new Set([...s].filter((id) => !ids.includes(id))));
    if (corpus.detail && ids.includes(corpus.detail.id)) corpus.close();
    await refreshAll();
  };

  const actions: OptionsActions = {
    onAdd: (text) => {
      const { urls, invalid } = parseUrlList(text);
      const note = invalid.length ? t('optInvalidLines', `Not web addresses, left out: ${invalid.join(', ')}`, [invalid.join(', ')]) : '';
      if (!urls.length) return setAdd({ status: 'failed', message: note || t('optNoUrls', 'No web address to add.') });
      if (urls.length > MAX_URLS_PER_ADD) return setAdd({ status: 'failed', message: t('optTooManyUrls', 'At most 1,000 addresses at a time.') });
      setAdd({ status: 'asking' });
      // Asked from the click itself: a permission request needs the reader's gesture. Already granted sites pass at once.
      browser.permissions.request({ origins: originPatterns(urls) }).then(
        (granted) =>
          granted
            ? startAdd(urls, note).catch((e: unknown) => setAdd({ status: 'failed', message: message(e) }))
            : setAdd({ status: 'failed', message: t('optPermissionDenied', 'Parallax was not allowed to read these sites, so nothing was added.') }),
        (e: unknown) => setAdd({ status: 'failed', message: message(e) }),
      );
    },
    onPaste: (input: PasteInput) => {
      setPaste({ status: 'saving' });
      void sendToBackground('bg:text.add', input).then(
        (r) => {
          setPaste(r.ok ? { status: 'saved', created: r.created } : { status: 'failed', message: errorText(r.error, t) });
          if (r.ok) void refreshAll();
        },
        (e: unknown) => setPaste({ status: 'failed', message: message(e) }),
      );
    },
    onFiles: (list) => {
      void (async () => {
        // The list only grows: this choice's files start where the files chosen before end.
        const start = filesShown.current;
        filesShown.current += list.length;
        setFiles((f) => [...f, ...list.map((file): FileStatus => ({ name: file.name, state: 'reading', message: null }))]);
        await addFiles(list, t, (statuses) => {
          setFiles((f) => f.map((s, j) => statuses.get(j - start) ?? s));
          wake.current();
        }).catch((e: unknown) => setError(message(e)));
        await refreshAll();
      })();
    },
    onCancelJob: (jobId) => void sendToBackground('bg:jobs.cancel', { jobId }).then(() => wake.current()),
    onDismissJob: (jobId) => void sendToBackground('bg:jobs.dismiss', { jobId }).then(() => wake.current()),
    onAllow: (origin, retry) => {
      browser.permissions.request({ origins: [origin] }).then(async (granted) => {
        if (!granted) return;
        if (retry.sourceId !== null) await sendToBackground('bg:sources.refresh', { sourceIds: [retry.sourceId] });
        else if (/^https?:\/\//.test(retry.url)) await sendToBackground('bg:sources.add', { urls: [retry.url] });
        wake.current();
      }, (e: unknown) => setError(message(e)));
    },
    onRefresh: (sourceIds) => void sendToBackground('bg:sources.refresh', { sourceIds }).then(() => wake.current()),
    onInterval: (sourceId, minutes) => void sendToBackground('bg:sources.configure', { sourceId, intervalMinutes: minutes }).then(() => loadSources()),
    onDeleteSource: (source: SourceView) =>
      ask({
        message: t('optConfirmDeleteSource', `Delete "${source.title}" and its ${source.reports} reports?`, [source.title, String(source.reports)]),
        confirmLabel: t('optDelete', 'Delete'),
        onConfirm: () =>
          void sendToBackground('bg:sources.delete', { sourceId: source.id }).then((r) => {
            if (!r.ok) setError(errorText(r.error, t));
            corpus.setQuery({ ...corpus.query, sourceId: corpus.query.sourceId === source.id ? null : corpus.query.sourceId });
            return refreshAll();
          }),
      }),
    onQuery: corpus.setQuery,
    onToggle: (id) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id]))),
    onSelect: (ids) => setSelected(new Set(ids)),
    onOpen: (id) => void corpus.open(id).catch((e: unknown) => setError(message(e))),
    onCloseDetail: corpus.close,
    onDeleteReport: (report: ReportSummary) => void deleteIds([report.id]),
    onDeleteSelected: () =>
      ask({
        message: t('optConfirmDeleteSelected', `Delete the ${selected.size} selected reports?`, [String(selected.size)]),
        confirmLabel: t('optDelete', 'Delete'),
        onConfirm: () => void deleteIds([...selected]),
      }),
    onDeleteAll: () =>
      ask({
        message: t('optConfirmDeleteAll', `Delete all ${corpus.listing?.total ?? 0} reports? Feed subscriptions are kept. This cannot be undone.`, [String(corpus.listing?.total ?? 0)]),
        confirmLabel: t('optDeleteAll', 'Delete everything'),
        onConfirm: () =>
          void sendToBackground('bg:corpus.clear', { confirm: 'everything' }).then((r) => {
            if (!r.ok) setError(errorText(r.error, t));
            setSelected(new Set());
            corpus.close();
            return refreshAll();
          }),
      }),
    onExport: (ids) => {
      setExporting({ status: 'working', written: 0 });
      downloadExport(ids, (written) => setExporting({ status: 'working', written })).then(
        (written) => setExporting({ status: 'done', written }),
        (e: unknown) => setExporting({ status: 'failed', message: message(e) }),
      );
    },
    onSettings: (next) => {
      setSettings(next);
      void settingsItem.setValue(next);
    },
    onCancelConfirm: () => setConfirm(null),
  };

  return (
    <OptionsView
      state={{ add, paste, files, jobs, sources, listing: corpus.listing, query: corpus.query, selected, detail: corpus.detail, exporting, settings, confirm, error }}
      actions={actions}
      uiLang={uiLang}
      t={t}
      catalog={<CatalogSection sources={sources} uiLang={uiLang} onStarted={() => wake.current()} />}
      upkeep={<UpkeepSection sources={sources} total={corpus.listing?.total ?? null} uiLang={uiLang} onPruned={() => void refreshAll()} />}
    />
  );
}
