import type { FileAnalysis } from '../../lib/protocol/analysis-worker-messages.ts';
import type { AnalysedFile, FileInput, FileResult } from '../../lib/protocol/options-messages.ts';
import type { Outcome } from '../../lib/model/source-error.ts';
import { FILE_BATCHES_IN_FLIGHT, OPTIONS_LIMITS, WORKER_MIN_FILES } from '../../lib/model/limits.ts';
import { interfaceLanguage } from '../i18n.ts';
import { sendToBackground } from '../messaging.ts';
import { getSettings } from '../settings.ts';
import { AnalysisWorker } from './analysis-worker-client.ts';

export type FilesAnswer = Outcome<{ results: FileResult[] }>;

/** What analyses a folder's files beside the service worker: the options page's worker. */
export interface Analyser {
  analyse(files: FileInput[]): Promise<FileAnalysis[]>;
  close(): void;
}

/** What the batches travel by: the worker (opened with the first batch; null: none) and the service worker's messages. */
export interface FileLanes {
  openWorker(): Promise<Analyser | null>;
  /** Files the service worker analyses and stores (bg:files.add). */
  add(files: FileInput[]): Promise<FilesAnswer>;
  /** Reports the worker analysed, for the service worker to store (bg:files.store). */
  store(files: AnalysedFile[]): Promise<FilesAnswer>;
}

/** The options page's analysis worker, with the lexicons the service worker has for this reader (null: none). */
function openAnalysisWorker(): Promise<AnalysisWorker | null> {
  return getSettings().then(
    (settings) => AnalysisWorker.start(settings.readerLanguages, interfaceLanguage()),
    () => null,
  );
}

const BROWSER_LANES: FileLanes = {
  openWorker: openAnalysisWorker,
  add: (files) => sendToBackground('bg:files.add', { files }),
  store: (files) => sendToBackground('bg:files.store', { files }),
};

/** A batch's analyses sent to the service worker to store; files that are no article are answered here. */
async function storeAnalyses(lanes: FileLanes, files: readonly FileInput[], analyses: readonly FileAnalysis[]): Promise<FilesAnswer> {
  const results: FileResult[] = [];
  const sent: AnalysedFile[] = [];
  const at: number[] = [];
  analyses.forEach((a, i) => {
    if (!a.ok) results[i] = a;
    else {
      sent.push({ name: files[i]!.name, report: a.report });
      at.push(i);
    }
  });
  if (!sent.length) return { ok: true, results };
  const saved = await lanes.store(sent);
  if (!saved.ok) return saved;
  saved.results.forEach((r, j) => (results[at[j]!] = r));
  return { ok: true, results };
}

const failure = (e: unknown): FilesAnswer => ({ ok: false, error: { code: 'failed', params: [String(e)] } });

/**
 * Batches of a folder's files on their way to the corpus, by two lanes: the service worker, which analyses and stores
 * a batch itself, and (for a large folder) this page's analysis worker, whose batches the service worker then only
 * stores. Each lane keeps FILE_BATCHES_IN_FLIGHT batches waiting for it, so that it never waits for this page to read
 * more; a batch goes to the lane with less waiting, and `send` returns when a lane has room for the next.
 */
export class FileBatches {
  /** Started with the first batch (a folder of exports needs none). */
  private worker: Promise<Analyser | null> | null = null;
  private workerDead = false;
  private inWorker = 0;
  /**
   * The worker's batches analysed and not yet stored: with those being analysed, at most three lanes' worth, should
   * the service worker fall behind (each holds a batch's reports in this page).
   */
  private workerStoring = 0;
  private inService = 0;
  private readonly answers: Array<Promise<void>> = [];
  private readonly waiting: Array<() => void> = [];

  private constructor(
    private readonly useWorker: boolean,
    private readonly lanes: FileLanes,
  ) {}

  /**
   * The batches of a folder of `files` files: the worker's lane only for a folder large enough to repay its start
   * (WORKER_MIN_FILES; docs/benchmarks.md).
   */
  static forFolder(files: number, lanes: FileLanes = BROWSER_LANES): FileBatches {
    return new FileBatches(files >= WORKER_MIN_FILES, lanes);
  }

  /**
   * Files in the batch after one of `previous` files (0: the first). A folder goes in batches, each stored in one
   * transaction. The first is small so that answers come soon; they grow fourfold up to what a message may hold, since
   * fewer commits cost less per file.
   */
  static nextSize(previous: number): number {
    return previous ? Math.min(OPTIONS_LIMITS.files, previous * 4) : 50;
  }

  /** Sends a batch on; `onAnswer` gets its files' answers. Returns when another batch may be sent. */
  async send(files: FileInput[], onAnswer: (answer: FilesAnswer) => void): Promise<void> {
    this.worker ??= this.useWorker ? this.lanes.openWorker() : Promise.resolve(null);
    const worker = await this.worker;
    for (;;) {
      const live = worker && !this.workerDead;
      const workerRoom = live && this.inWorker < FILE_BATCHES_IN_FLIGHT && this.inWorker + this.workerStoring < 3 * FILE_BATCHES_IN_FLIGHT;
      const serviceRoom = this.inService < FILE_BATCHES_IN_FLIGHT;
      // The lane with less waiting for it; the worker when they are even.
      if (workerRoom && (!serviceRoom || this.inWorker <= this.inService)) {
        this.inWorker++;
        this.track(this.viaWorker(worker, files), onAnswer);
        return;
      }
      if (serviceRoom) {
        this.inService++;
        this.track(this.viaService(files), onAnswer);
        return;
      }
      await new Promise<void>((room) => this.waiting.push(room));
    }
  }

  /** Waits for the answers of every batch sent so far. */
  async drain(): Promise<void> {
    await Promise.all(this.answers.splice(0));
  }

  /** Waits for every batch's answer, then stops the worker. */
  async finish(): Promise<void> {
    try {
      await this.drain();
    } finally {
      (await this.worker)?.close();
    }
  }

  private track(answer: Promise<FilesAnswer>, onAnswer: (answer: FilesAnswer) => void): void {
    this.answers.push(answer.catch(failure).then(onAnswer));
  }

  private roomMade(): void {
    for (const room of this.waiting.splice(0)) room();
  }

  private async viaService(files: FileInput[]): Promise<FilesAnswer> {
    try {
      return await this.lanes.add(files);
    } finally {
      this.inService--;
      this.roomMade();
    }
  }

  private async viaWorker(worker: Analyser, files: FileInput[]): Promise<FilesAnswer> {
    let analyses: FileAnalysis[];
    try {
      analyses = await worker.analyse(files);
    } catch (error) {
      // The service worker analyses this batch and those after it.
      console.warn('Parallax: the service worker analyses these files', error);
      this.workerDead = true;
      this.inWorker--;
      this.roomMade();
      return this.lanes.add(files);
    }
    this.inWorker--;
    this.workerStoring++;
    this.roomMade();
    try {
      return await storeAnalyses(this.lanes, files, analyses);
    } finally {
      this.workerStoring--;
      this.roomMade();
    }
  }
}
