import type { ComponentChildren } from 'preact';
import type { CorpusListing, CorpusQuery, ReportDetail, ReportSummary } from '../lib/model/corpus-view.ts';
import type { JobView, SourceView } from '../lib/protocol/options-views.ts';
import { CorpusBrowser, type ExportState } from './corpus-browser.tsx';
import { OptionsAddSources, type AddStatus } from './options-add-sources.tsx';
import { OptionsConfirm, type ConfirmRequest } from './options-confirm.tsx';
import { OptionsImport, type FileStatus } from './options-import.tsx';
import { OptionsJobs } from './options-jobs.tsx';
import { OptionsPaste, type PasteInput, type PasteStatus } from './options-paste.tsx';
import { OptionsSettings, type SettingsValue } from './options-settings.tsx';
import { OptionsReading } from './options-reading.tsx';
import { OptionsSources } from './options-sources.tsx';
import type { Translate } from './strings.ts';

export interface OptionsState {
  add: AddStatus;
  paste: PasteStatus;
  files: FileStatus[];
  jobs: JobView[];
  sources: SourceView[];
  listing: CorpusListing | null;
  query: CorpusQuery;
  selected: ReadonlySet<number>;
  detail: ReportDetail | null;
  exporting: ExportState;
  settings: SettingsValue | null;
  confirm: ConfirmRequest | null;
  /** A failure not tied to one section (the background did not answer). */
  error: string | null;
}

export interface OptionsActions {
  onAdd: (text: string) => void;
  onPaste: (input: PasteInput) => void;
  onFiles: (files: File[]) => void;
  onCancelJob: (jobId: number) => void;
  onDismissJob: (jobId: number) => void;
  onAllow: (origin: string, retry: { sourceId: number | null; url: string }) => void;
  onRefresh: (sourceIds: number[] | null) => void;
  onInterval: (sourceId: number, minutes: number) => void;
  onDeleteSource: (source: SourceView) => void;
  onQuery: (query: CorpusQuery) => void;
  onToggle: (id: number) => void;
  onSelect: (ids: number[]) => void;
  onOpen: (id: number) => void;
  onCloseDetail: () => void;
  onDeleteReport: (report: ReportSummary) => void;
  onDeleteSelected: () => void;
  onDeleteAll: () => void;
  onExport: (ids: number[] | null) => void;
  onSettings: (next: SettingsValue) => void;
  onCancelConfirm: () => void;
}

/** The options page: the reader's sources, their corpus, their settings. Props in, callbacks out. */
/** `catalog` and `upkeep` are sections wired on their own (the feed catalogue, storage), placed here. */
export function OptionsView({ state, actions, uiLang, t, catalog, upkeep }: { state: OptionsState; actions: OptionsActions; uiLang: string; t: Translate; catalog?: ComponentChildren; upkeep?: ComponentChildren }) {
  return (
    <div class="options">
      <header class="page-head">
        <h1>{t('optTitle', 'Parallax: sources and corpus')}</h1>
        {state.error ? <p class="error" role="alert" data-testid="options-error">{state.error}</p> : null}
      </header>
      <OptionsConfirm request={state.confirm} t={t} onCancel={actions.onCancelConfirm} />
      <div class="columns">
        <div class="column">
          {catalog}
          <OptionsAddSources status={state.add} t={t} onAdd={actions.onAdd} />
          <OptionsJobs jobs={state.jobs} t={t} onCancel={actions.onCancelJob} onDismiss={actions.onDismissJob} onAllow={actions.onAllow} />
          <OptionsPaste status={state.paste} t={t} onSubmit={actions.onPaste} />
          <OptionsImport files={state.files} t={t} onFiles={actions.onFiles} />
          <OptionsSources sources={state.sources} uiLang={uiLang} t={t} onRefresh={actions.onRefresh} onInterval={actions.onInterval} onDelete={actions.onDeleteSource} />
          <OptionsSettings value={state.settings} uiLang={uiLang} t={t} onChange={actions.onSettings} />
          <OptionsReading value={state.settings} t={t} onChange={actions.onSettings} />
          {upkeep}
        </div>
        <div class="column wide">
          <CorpusBrowser
            listing={state.listing}
            query={state.query}
            sources={state.sources}
            selected={state.selected}
            detail={state.detail}
            exporting={state.exporting}
            uiLang={uiLang}
            t={t}
            onQuery={actions.onQuery}
            onToggle={actions.onToggle}
            onSelect={actions.onSelect}
            onOpen={actions.onOpen}
            onCloseDetail={actions.onCloseDetail}
            onDelete={actions.onDeleteReport}
            onDeleteSelected={actions.onDeleteSelected}
            onDeleteAll={actions.onDeleteAll}
            onExport={actions.onExport}
          />
        </div>
      </div>
    </div>
  );
}
