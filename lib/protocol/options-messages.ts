import type { ExportCursor, ExportPage } from '../transfer/export-page.ts';
import type { Article } from '../model/article.ts';
import type { ReportInput } from '../model/report.ts';
import type { CorpusListing, CorpusQuery, ReportDetail } from '../model/corpus-view.ts';
import type { JobView, SourceView } from './options-views.ts';
import type { Outcome } from '../model/source-error.ts';
import type { PruneRequest } from '../model/prune-request.ts';

/**
 * A .txt or .html file the options page read and decoded: a text file's content, or the article the options page
 * read from a saved page itself (with the browser's own HTML parser, which the service worker lacks).
 */
export type FileInput = { name: string; type: 'text'; content: string } | { name: string; type: 'article'; article: Article };

/** The characters a file puts in a message (what OPTIONS_LIMITS.html bounds, for one message's files together). */
export function fileChars(file: FileInput): number {
  if (file.type !== 'article') return file.content.length;
  const a = file.article;
  return a.text.length + a.title.length + a.excerpt.length + (a.byline?.length ?? 0) + (a.siteName?.length ?? 0);
}

/** A file the options page's analysis worker read and analysed: its name and its report, ready to store. */
export interface AnalysedFile {
  name: string;
  report: ReportInput;
}

/** What became of one file: stored (new or updated), or why not. */
export type FileResult = Outcome<{ id: number; created: boolean }>;

/** Options page -> background: the reader's sources and corpus. All are accepted from extension pages only. */
export interface OptionsMessages {
  /** Add articles or feeds by address; runs as a job. */
  'bg:sources.add': { request: { urls: string[] }; response: { jobId: number } };
  'bg:sources.list': { request: Record<string, never>; response: { sources: SourceView[] } };
  /** Read subscribed feeds now (null: all); null when they are being read already. */
  'bg:sources.refresh': { request: { sourceIds: number[] | null }; response: { jobId: number | null } };
  'bg:sources.configure': { request: { sourceId: number; intervalMinutes: number }; response: Outcome };
  /** Deletes a source with all its reports (and its subscription). */
  'bg:sources.delete': { request: { sourceId: number }; response: Outcome<{ deleted: number }> };
  'bg:text.add': {
    request: { text: string; title: string | null; url: string | null; publishedTime: string | null };
    response: Outcome<{ id: number; created: boolean }>;
  };
  /**
   * .txt and .html files, analysed and stored together in one transaction (a folder of articles goes in batches, not
   * a message and a transaction per file); each file gets its own answer.
   */
  'bg:files.add': { request: { files: FileInput[] }; response: Outcome<{ results: FileResult[] }> };
  /**
   * The same, analysed in the options page's worker: the service worker checks each report as it checks an import's
   * and stores them, while the worker analyses the next batch.
   */
  'bg:files.store': { request: { files: AnalysedFile[] }; response: Outcome<{ results: FileResult[] }> };
  /** An export file arrives in pieces, staged in the database, then runs as a job. */
  'bg:import.begin': { request: { name: string; size: number }; response: Outcome<{ jobId: number }> };
  'bg:import.chunk': { request: { jobId: number; seq: number; text: string }; response: Outcome };
  'bg:import.commit': { request: { jobId: number; chunks: number }; response: Outcome };
  'bg:jobs.list': { request: Record<string, never>; response: { jobs: JobView[] } };
  'bg:jobs.cancel': { request: { jobId: number }; response: Outcome };
  'bg:jobs.dismiss': { request: { jobId: number }; response: Outcome };
  'bg:corpus.query': { request: CorpusQuery; response: CorpusListing };
  'bg:corpus.get': { request: { id: number }; response: { report: ReportDetail | null } };
  'bg:corpus.delete': { request: { ids: number[] }; response: Outcome<{ deleted: number }> };
  /** Deletes every report (subscriptions stay). */
  'bg:corpus.clear': { request: { confirm: 'everything' }; response: Outcome<{ deleted: number }> };
  /** Deletes reports of these kinds older than so many days, or beyond the newest `keep`; never those added by hand. */
  'bg:corpus.prune': { request: PruneRequest; response: Outcome<{ deleted: number }> };
  /** The next piece of an export file. */
  'bg:corpus.export': { request: ExportCursor; response: ExportPage };
}
