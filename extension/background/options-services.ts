import { commitStaging, createJob, requestCancel, stageChunk } from '../../lib/db/jobs-store.ts';
import type { OptionsMessages } from '../../lib/protocol/options-messages.ts';
import type { Outcome } from '../../lib/protocol/options-views.ts';
import { storageError } from '../../lib/sources/source-error.ts';
import { corpus } from './corpus.ts';
import { clearCorpus, deleteCorpusReports, exportCorpusPage, getReport, queryCorpus } from './corpus-service.ts';
import { cancelJob, kickJobs, listJobs, removeJob } from './jobs-service.ts';
import type { BackgroundServices } from './message-handler.ts';
import { pruneCorpus } from './upkeep-service.ts';
import { addFiles, addText, addUrls, configureFeed, deleteSource, listSources, refreshFeeds } from './sources-service.ts';

/** Runs a storage step; a failure (the quota, most likely) is an answer, not a thrown error. */
async function attempt<T extends object>(step: () => Promise<T>, onFailure?: () => Promise<unknown>): Promise<Outcome<T>> {
  try {
    return { ok: true, ...(await step()) };
  } catch (error) {
    await onFailure?.().catch(() => undefined);
    return { ok: false, error: storageError(error) };
  }
}

/** The options page's services, one per message. */
export const optionsServices: Pick<BackgroundServices, keyof OptionsMessages> = {
  'bg:sources.add': ({ urls }) => addUrls(urls),
  'bg:sources.list': () => listSources(),
  'bg:sources.refresh': ({ sourceIds }) => refreshFeeds(sourceIds),
  'bg:sources.configure': ({ sourceId, intervalMinutes }) => configureFeed(sourceId, intervalMinutes),
  'bg:sources.delete': ({ sourceId }) => deleteSource(sourceId),
  'bg:text.add': (input) => addText(input),
  'bg:files.add': ({ files }) => addFiles(files),
  'bg:import.begin': ({ name }) => attempt(async () => ({ jobId: await createJob(corpus(), { kind: 'import', label: name }, Date.now()) })),
  // A piece that cannot be stored (the quota) ends the import and frees what was staged.
  'bg:import.chunk': ({ jobId, seq, text }) =>
    attempt(
      async () => {
        await stageChunk(corpus(), jobId, seq, text, Date.now());
        return {};
      },
      () => requestCancel(corpus(), jobId, Date.now()),
    ),
  'bg:import.commit': ({ jobId, chunks }) =>
    attempt(async () => {
      await commitStaging(corpus(), jobId, chunks, Date.now());
      kickJobs();
      return {};
    }),
  'bg:jobs.list': async () => ({ jobs: await listJobs() }),
  'bg:jobs.cancel': ({ jobId }) => attempt(async () => (await cancelJob(jobId), {})),
  'bg:jobs.dismiss': ({ jobId }) => attempt(async () => (await removeJob(jobId), {})),
  'bg:corpus.query': (query) => queryCorpus(query),
  'bg:corpus.get': ({ id }) => getReport(id),
  'bg:corpus.delete': ({ ids }) => deleteCorpusReports(ids),
  'bg:corpus.clear': () => clearCorpus(),
  'bg:corpus.export': (cursor) => exportCorpusPage(cursor),
  'bg:corpus.prune': (request) => pruneCorpus(request),
};
