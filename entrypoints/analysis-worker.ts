import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAnalysisWorker, type WorkerScope } from '../extension/workers/analysis-worker.ts';

// A dedicated worker the options page starts to analyse the files the reader adds (extension/workers/analysis-worker.ts).
export default defineUnlistedScript(() => startAnalysisWorker(globalThis as unknown as WorkerScope));
