import type { OptionsMessages } from '../../lib/protocol/options-messages.ts';
import { attempt } from '../../lib/model/source-error.ts';
import { corpusStaging } from '../../lib/transfer/import-staging.ts';
import { corpus } from './corpus.ts';
import { clearCorpus, deleteCorpusReports, exportCorpusPage, getReport, queryCorpus } from './corpus-service.ts';
import { cancelJob, kickJobs, listJobs, removeJob } from './jobs-service.ts';
import type { BackgroundServices } from './message-handler.ts';
import { pruneCorpus } from './upkeep-service.ts';
import { addFiles, addText, addUrls, configureFeed, deleteSource, listSources, refreshFeeds, storeAnalysed } from './sources-service.ts';

const staging = () => corpusStaging(corpus(), Date.now);

/** The options page's services, one per message. */
export const optionsServices: Pick<BackgroundServices, keyof OptionsMessages> = {
  'bg:sources.add': ({ urls }) => addUrls(urls),
  'bg:sources.list': () => listSources(),
  'bg:sources.refresh': ({ sourceIds }) => refreshFeeds(sourceIds),
  'bg:sources.configure': ({ sourceId, intervalMinutes }) => configureFeed(sourceId, intervalMinutes),
  'bg:sources.delete': ({ sourceId }) => deleteSource(sourceId),
  'bg:text.add': (input) => addText(input),
  'bg:files.add': ({ files }) => addFiles(files),
  'bg:files.store': ({ files }) => storeAnalysed(files),
  'bg:import.begin': ({ name, size }) => staging().begin(name, size),
  'bg:import.chunk': ({ jobId, seq, text }) => staging().chunk(jobId, seq, text),
  'bg:import.commit': async ({ jobId, chunks }) => {
    const committed = await staging().commit(jobId, chunks);
    if (committed.ok) kickJobs();
    return committed;
  },
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
