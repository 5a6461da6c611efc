import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FromAnalysisWorker, ToAnalysisWorker } from '../../../../lib/protocol/analysis-worker-messages.ts';
import { analyseFile } from '../../../../lib/sources/add-files.ts';
import { startAnalysisWorker, type WorkerScope } from '../../../../extension/workers/analysis-worker.ts';

// The extension's files as the worker fetches them: concepts/<lang>.txt, the lexicons the build ships.
let server: Server;
let origin = '';
const asked: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push(req.url ?? '');
    const lang = /^\/concepts\/([a-z]{2})\.txt$/.exec(req.url ?? '')?.[1];
    if (!lang || lang === 'ru') return void res.writeHead(404).end();
    readFile(new URL(`../../../../lib/lang/${lang}/concepts.txt`, import.meta.url)).then(
      (text) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** A worker started on a scope of its own; `ask` sends a message and, for a batch, waits for its answer. */
function worker() {
  const answers = new Map<number, (a: FromAnalysisWorker) => void>();
  const scope: WorkerScope = {
    location: { href: `${origin}/analysis-worker.js` },
    onmessage: null,
    postMessage: (message) => answers.get(message.id)?.(message),
  };
  startAnalysisWorker(scope);
  const send = (data: ToAnalysisWorker) => scope.onmessage!({ data } as MessageEvent<ToAnalysisWorker>);
  return {
    send,
    analyse: (id: number, files: Extract<ToAnalysisWorker, { type: 'analyse' }>['files']) =>
      new Promise<FromAnalysisWorker>((resolve) => {
        answers.set(id, resolve);
        send({ type: 'analyse', id, files });
      }),
  };
}

const ES = 'El Gobierno decretó el toque de queda en la capital tras las protestas. Al menos 12 personas murieron y 300 resultaron heridas, según el Ministerio de Salud, que pidió calma a la población.';

describe("the options page's analysis worker", () => {
  it('loads the lexicons of the languages the reader reads and of the interface, then analyses each file as the service worker would', async () => {
    asked.length = 0;
    const w = worker();
    w.send({ type: 'lexicons', readerLanguages: ['es-ES'], ui: 'fr' });
    const answer = await w.analyse(7, [
      { name: 'toque.txt', type: 'text', content: `Toque de queda en la capital\n\n${ES}` },
      { name: 'empty.txt', type: 'text', content: '  ' },
    ]);
    expect(asked.sort()).toEqual(['/concepts/es.txt', '/concepts/fr.txt']);
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.id).toBe(7);
    const [report, empty] = answer.results;
    if (!report?.ok) throw new Error('not analysed');
    expect(report.report.lang).toBe('es');
    // Ordinary words became concept keys: the lexicon was in before the batch was analysed.
    expect(report.report.keys.some((k) => /^c\d:/.test(k))).toBe(true);
    expect(report.report.figures.map((f) => f.value)).toEqual(expect.arrayContaining([12, 300]));
    expect(empty).toEqual({ ok: false, error: { code: 'empty', params: ['empty.txt'] } });
    // The same analysis as in this thread, now that its lexicons are in.
    expect(answer.results).toEqual([analyseFile({ name: 'toque.txt', type: 'text', content: `Toque de queda en la capital\n\n${ES}` }), empty]);
  });

  it('answers that it cannot analyse when a lexicon does not load, or before any was asked for (the page then asks the service worker)', async () => {
    const w = worker();
    const before = await w.analyse(1, [{ name: 'a.txt', type: 'text', content: ES }]);
    expect(before).toMatchObject({ id: 1, ok: false });
    w.send({ type: 'lexicons', readerLanguages: ['ru'], ui: 'ru' });
    const answer = await w.analyse(2, [{ name: 'a.txt', type: 'text', content: ES }]);
    expect(answer).toMatchObject({ id: 2, ok: false, message: expect.stringContaining('concepts/ru.txt: 404') });
  });
});
