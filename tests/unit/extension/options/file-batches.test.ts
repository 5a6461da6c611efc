import { describe, expect, it } from 'vitest';
import { FileBatches, type Analyser, type FileLanes, type FilesAnswer } from '../../../../extension/options/file-batches.ts';
import type { FileAnalysis } from '../../../../lib/protocol/analysis-worker-messages.ts';
import type { AnalysedFile, FileInput } from '../../../../lib/protocol/options-messages.ts';
import type { ReportInput } from '../../../../lib/model/report.ts';
import { FILE_BATCHES_IN_FLIGHT, WORKER_MIN_FILES } from '../../../../lib/model/limits.ts';

/** A gate: a lane's work that finishes when the test says so. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const file = (name: string, content = `Text of ${name}.`): FileInput => ({ name, type: 'text', content });
const report = (f: FileInput) => ({ text: f.type === 'text' ? f.content : '' }) as unknown as ReportInput;

/**
 * Lanes that record what reached them and answer each file by name; the worker's and the service worker's work each
 * wait for their gate, so that the test sees what waits where.
 */
function lanes(options: { worker?: boolean; workerFails?: boolean; storesWait?: boolean } = {}) {
  const seen = { worker: [] as string[][], add: [] as string[][], store: [] as string[][], closed: 0, inWorker: 0, inAdd: 0, maxWorker: 0, maxAdd: 0 };
  const gates = { worker: gate(), service: gate(), store: gate() };
  if (!options.storesWait) gates.store.open();
  const answer = (names: string[]): FilesAnswer => ({ ok: true, results: names.map((n, i) => ({ ok: true, id: Number(n.replace(/\D/g, '')) || i, created: true })) });
  const analyser: Analyser = {
    async analyse(files) {
      seen.worker.push(files.map((f) => f.name));
      seen.maxWorker = Math.max(seen.maxWorker, ++seen.inWorker);
      await gates.worker.opened;
      seen.inWorker--;
      if (options.workerFails) throw new Error('a lexicon did not load');
      return files.map((f): FileAnalysis => (f.type === 'text' && !f.content.trim() ? { ok: false, error: { code: 'empty', params: [f.name] } } : { ok: true, report: report(f) }));
    },
    close: () => void seen.closed++,
  };
  const world: FileLanes = {
    openWorker: async () => (options.worker ? analyser : null),
    async add(files) {
      seen.add.push(files.map((f) => f.name));
      seen.maxAdd = Math.max(seen.maxAdd, ++seen.inAdd);
      await gates.service.opened;
      seen.inAdd--;
      return answer(files.map((f) => f.name));
    },
    async store(files: AnalysedFile[]) {
      seen.store.push(files.map((f) => f.name));
      await gates.store.opened;
      return answer(files.map((f) => f.name));
    },
  };
  return { seen, gates, world };
}

/** Sends `batches` as the options page does (each when there is room), collecting the answers by file name. */
async function sendAll(batches: FileBatches, files: FileInput[][]) {
  const answers = new Map<string, unknown>();
  for (const batch of files) {
    await batches.send(batch, (a) =>
      batch.forEach((f, i) => {
        if (answers.has(f.name)) throw new Error(`${f.name} answered twice`);
        answers.set(f.name, a.ok ? a.results[i] : a);
      }),
    );
  }
  await batches.finish();
  return answers;
}

const folder = (batches: number, size: number) => Array.from({ length: batches }, (_, b) => Array.from({ length: size }, (_, i) => file(`f${b * size + i}`)));

describe("a folder's batches on their way to the corpus (the options page's side)", () => {
  it('starts a worker only for a folder large enough to repay it', async () => {
    for (const [count, expected] of [[WORKER_MIN_FILES - 1, 0], [WORKER_MIN_FILES, 1]] as const) {
      const { seen, gates, world } = lanes({ worker: true });
      gates.worker.open();
      gates.service.open();
      await sendAll(FileBatches.forFolder(count, world), folder(3, 2));
      expect(seen.closed, `${count} files`).toBe(expected);
      expect(seen.worker.length > 0, `${count} files`).toBe(expected === 1);
    }
  });

  it('keeps both lanes busy, neither with more than its batches in flight, and answers every file once', async () => {
    const { seen, gates, world } = lanes({ worker: true });
    const batches = FileBatches.forFolder(WORKER_MIN_FILES, world);
    const files = folder(9, 3);
    const done = sendAll(batches, files);
    // Nothing is answered yet: the page has sent as many batches as both lanes hold, and waits for room.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.worker.length + seen.add.length).toBe(2 * FILE_BATCHES_IN_FLIGHT);
    gates.worker.open();
    gates.service.open();
    const answers = await done;
    expect(seen.maxWorker).toBeLessThanOrEqual(FILE_BATCHES_IN_FLIGHT);
    expect(seen.maxAdd).toBeLessThanOrEqual(FILE_BATCHES_IN_FLIGHT);
    expect(seen.add.length).toBeGreaterThan(0);
    // The worker's batches are stored by the service worker, as they were analysed.
    expect(seen.store).toEqual(seen.worker);
    expect([...answers.keys()].sort()).toEqual(files.flat().map((f) => f.name).sort());
    expect([...answers.values()].every((a) => (a as { ok: boolean }).ok)).toBe(true);
    expect(seen.closed).toBe(1);
  });

  it('sends the worker no more batches while the service worker falls behind storing its reports', async () => {
    const { seen, gates, world } = lanes({ worker: true, storesWait: true });
    gates.worker.open();
    const files = folder(12, 2);
    const done = sendAll(FileBatches.forFolder(WORKER_MIN_FILES, world), files);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Analysed and waiting to be stored, or being analysed: at most three times a lane's batches in flight.
    expect(seen.worker.length).toBe(3 * FILE_BATCHES_IN_FLIGHT);
    expect(seen.add.length).toBe(FILE_BATCHES_IN_FLIGHT);
    gates.store.open();
    gates.service.open();
    const answers = await done;
    expect(answers.size).toBe(files.flat().length);
  });

  it("answers a file the worker finds no article itself, and stores the batch's others", async () => {
    const { seen, gates, world } = lanes({ worker: true });
    gates.worker.open();
    gates.service.open();
    const answers = await sendAll(FileBatches.forFolder(WORKER_MIN_FILES, world), [[file('a1'), file('blank', '  '), file('a2')]]);
    expect(seen.store).toEqual([['a1', 'a2']]);
    expect(answers.get('blank')).toEqual({ ok: false, error: { code: 'empty', params: ['blank'] } });
    expect(answers.get('a2')).toMatchObject({ ok: true });
  });

  it('sends the batches of a worker that failed, and all after them, to the service worker: no file is lost', async () => {
    const { seen, gates, world } = lanes({ worker: true, workerFails: true });
    gates.worker.open();
    gates.service.open();
    const files = folder(6, 2);
    const answers = await sendAll(FileBatches.forFolder(WORKER_MIN_FILES, world), files);
    // Only the batches it held when it failed reached it.
    expect(seen.worker.length).toBeGreaterThan(0);
    expect(seen.worker.length).toBeLessThanOrEqual(FILE_BATCHES_IN_FLIGHT);
    expect(seen.store).toEqual([]);
    expect(seen.add.flat().sort()).toEqual(files.flat().map((f) => f.name).sort());
    expect([...answers.values()].every((a) => (a as { ok: boolean }).ok)).toBe(true);
  });

  it("tells a lane's failure as each of its files' answer", async () => {
    const { gates, world } = lanes();
    gates.service.open();
    const answers = await sendAll(FileBatches.forFolder(10, { ...world, add: () => Promise.reject(new Error('the service worker stopped')) }), [[file('a'), file('b')]]);
    expect(answers.get('b')).toEqual({ ok: false, error: { code: 'failed', params: ['Error: the service worker stopped'] } });
  });

  it('grows its batches fourfold from 50 to what a message holds', () => {
    const sizes = [FileBatches.nextSize(0)];
    while (sizes.length < 5) sizes.push(FileBatches.nextSize(sizes.at(-1)!));
    expect(sizes).toEqual([50, 200, 800, 2000, 2000]);
  });
});
