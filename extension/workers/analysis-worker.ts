import { lexiconLanguages } from '../../lib/lang/concept-languages.ts';
import type { FromAnalysisWorker, ToAnalysisWorker } from '../../lib/protocol/analysis-worker-messages.ts';
import { analyseFile } from '../../lib/sources/add-files.ts';
import { loadConceptLexicons } from '../concept-lexicon-files.ts';

/** What the worker needs of its global scope (a dedicated worker's). */
export interface WorkerScope {
  location: { href: string };
  onmessage: ((event: MessageEvent<ToAnalysisWorker>) => void) | null;
  postMessage(message: FromAnalysisWorker): void;
}

/**
 * The options page's analysis worker: it analyses the files of a folder the reader adds, batch after batch, while
 * the service worker stores the batch before (two threads, not one, for the costliest step). Its lexicons are the
 * service worker's, so that a report comes out as the service worker would have made it. A batch it cannot analyse
 * (a lexicon that failed to load) is answered with why, and the page sends that batch's files to the service worker.
 */
export function startAnalysisWorker(scope: WorkerScope): void {
  let lexicons: Promise<void> = Promise.reject(new Error('no lexicons were asked for'));
  lexicons.catch(() => {});
  scope.onmessage = ({ data }) => {
    if (data.type === 'lexicons') {
      // No labels: naming shared concepts is the service worker's part.
      lexicons = loadConceptLexicons(scope.location.href, lexiconLanguages(data.readerLanguages, data.ui), null);
      lexicons.catch(() => {});
      return;
    }
    const { id, files } = data;
    lexicons.then(
      () => {
        let answer: FromAnalysisWorker;
        try {
          answer = { id, ok: true, results: files.map(analyseFile) };
        } catch (error) {
          answer = { id, ok: false, message: `analysis failed: ${String(error)}` };
        }
        scope.postMessage(answer);
      },
      (error: unknown) => scope.postMessage({ id, ok: false, message: `concept lexicons not loaded: ${String(error)}` }),
    );
  };
}
