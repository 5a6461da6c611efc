import { browser } from 'wxt/browser';
import type { FileAnalysis, FromAnalysisWorker, ToAnalysisWorker } from '../../lib/protocol/analysis-worker-messages.ts';
import type { FileInput } from '../../lib/protocol/options-messages.ts';

/**
 * The options page's side of its analysis worker (extension/workers/analysis-worker.ts): batches are analysed in
 * the order sent, each answered by its own promise. A worker that fails (it could not start, a lexicon did not load)
 * rejects what it was asked, and the caller sends those files to the service worker instead.
 */
export class AnalysisWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (results: FileAnalysis[]) => void; reject: (error: Error) => void }>();
  private next = 1;
  private broken: Error | null = null;

  private constructor(worker: Worker) {
    this.worker = worker;
    worker.onmessage = ({ data }: MessageEvent<FromAnalysisWorker>) => {
      const waiter = this.waiting.get(data.id);
      this.waiting.delete(data.id);
      if (data.ok) waiter?.resolve(data.results);
      else waiter?.reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new Error(`the analysis worker failed: ${event.message || 'it could not start'}`));
    };
  }

  /** A worker with the lexicons the service worker has for this reader, or null where workers cannot start. */
  static start(readerLanguages: string[], ui: string): AnalysisWorker | null {
    let worker: Worker;
    try {
      worker = new Worker(browser.runtime.getURL('/analysis-worker.js'));
    } catch (error) {
      console.warn('Parallax: no analysis worker; the service worker analyses the files', error);
      return null;
    }
    const client = new AnalysisWorker(worker);
    client.post({ type: 'lexicons', readerLanguages, ui });
    return client;
  }

  analyse(files: FileInput[]): Promise<FileAnalysis[]> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.post({ type: 'analyse', id, files });
    });
  }

  close(): void {
    this.worker.terminate();
    this.fail(new Error('the analysis worker was closed'));
  }

  private post(message: ToAnalysisWorker): void {
    this.worker.postMessage(message);
  }

  private fail(error: Error): void {
    this.broken ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
