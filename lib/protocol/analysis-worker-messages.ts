import type { ReportInput } from '../model/report.ts';
import type { SourceError } from '../model/source-error.ts';
import type { FileInput } from './options-messages.ts';

/**
 * Options page -> its analysis worker: which lexicons to load (as the service worker chooses them, from the
 * reader's languages and the interface's), then batches of files to analyse, each answered under its id.
 */
export type ToAnalysisWorker =
  | { type: 'lexicons'; readerLanguages: string[]; ui: string }
  | { type: 'analyse'; id: number; files: FileInput[] };

/** One file's analysis: its report, or why it is no article. */
export type FileAnalysis = { ok: true; report: ReportInput } | { ok: false; error: SourceError };

/** Analysis worker -> options page: a batch's analyses in the files' order, or why the batch was not analysed. */
export type FromAnalysisWorker = { id: number; ok: true; results: FileAnalysis[] } | { id: number; ok: false; message: string };
