import type { CorpusDb } from '../db/corpus-db.ts';
import type { JobRecord } from '../model/job.ts';
import type { PrepareDeps } from '../sources/prepare-task.ts';

/** What a job runs with: the corpus, the clock, the network (for add and refresh jobs) and where progress goes. */
export interface RunDeps extends Omit<PrepareDeps, 'getSource'> {
  db: CorpusDb;
  now: () => number;
  /** Called after every stored batch, with the job as stored. */
  onProgress?: (job: JobRecord) => void;
  /** Network tasks prepared at once (and stored together). */
  concurrency?: number;
  /** Imported reports per transaction. */
  importBatchSize?: number;
  /** Lets the event loop run between imported reports (lib/util/yield.ts by default). */
  pause?: () => Promise<void>;
}
