import { afterEach, describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION } from '../../../lib/analysis/analyze-article.ts';
import type { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { saveReport } from '../../../lib/db/corpus-store.ts';
import { exportCorpus } from '../../../lib/transfer/export-page.ts';
import { runJob } from '../../../lib/jobs/run-job.ts';
import { stagedImport } from '../../../lib/transfer/import-staging.ts';
import { corpusSnapshot, dropDb, freshDb, makeReport, text } from '../../support/corpus-helpers.ts';

const open: CorpusDb[] = [];
async function db(): Promise<CorpusDb> {
  const d = await freshDb();
  open.push(d);
  return d;
}
afterEach(async () => {
  for (const d of open.splice(0)) await dropDb(d);
});

const refuse = async (): Promise<Response> => {
  throw new Error('no network in import tests');
};

async function importText(target: CorpusDb, file: string, label = 'corpus.parallax.jsonl', batch = 7) {
  const jobId = await stagedImport(target, label, [file], 1000);
  return runJob(jobId, { db: target, now: () => 2000, fetch: refuse, canFetch: async () => false, importBatchSize: batch });
}

async function seeded(count: number): Promise<CorpusDb> {
  const source = await db();
  for (let i = 0; i < count; i++) {
    const src = i % 2 ? { kind: 'feed' as const, key: 'https://ledger.example/feed.xml', title: 'Ledger' } : { kind: 'paste' as const, key: 'paste', title: 'Pasted' };
    await saveReport(source, makeReport(i), src, 1);
  }
  return source;
}

describe('export and import', () => {
  it('round trip: the same reports, the same analysis, the same sources, the same key statistics', async () => {
    const source = await seeded(23);
    const file = await text(exportCorpus(source, null, 5));
    const target = await db();
    const job = await importText(target, file);
    expect(job).toMatchObject({ status: 'done', total: 23, cursor: 23, counts: { added: 23, updated: 0, unchanged: 0, failed: 0 } });
    expect(await corpusSnapshot(target)).toEqual(await corpusSnapshot(source));
    expect(await target.jobChunks.count()).toBe(0);
  });

  it('re-importing the same file adds nothing: every report is already there', async () => {
    const source = await seeded(10);
    const file = await text(exportCorpus(source, null, 5));
    const target = await db();
    await importText(target, file);
    const before = await corpusSnapshot(target);
    const again = await importText(target, file);
    expect(again?.counts).toMatchObject({ added: 0, unchanged: 10 });
    expect(await corpusSnapshot(target)).toEqual(before);
  });

  it('an export of an earlier analysis is analysed again, looking at the event loop every few reports', async () => {
    const source = await seeded(25);
    const current = `"analysisVersion":${ANALYSIS_VERSION}`;
    const file = (await text(exportCorpus(source, null, 5))).replaceAll(current, '"analysisVersion":1');
    expect(file).not.toContain(current);
    const target = await db();
    const jobId = await stagedImport(target, 'old.parallax.jsonl', [file], 1000);
    let pauses = 0;
    const job = await runJob(jobId, { db: target, now: () => 2000, fetch: refuse, canFetch: async () => false, pause: async () => void pauses++ });
    expect(job).toMatchObject({ status: 'done', counts: { added: 25 } });
    expect((await target.reports.toArray()).every((r) => r.analysisVersion === ANALYSIS_VERSION)).toBe(true);
    // One batch of 25 (the default batch is 2,000): without the pauses, all 25 analyses in one run of the thread.
    expect(pauses).toBeGreaterThanOrEqual(2);
  });

  it('exports a selection: only those reports and their sources', async () => {
    const source = await seeded(10);
    const ids = (await source.reports.where('lang').equals('pt').primaryKeys()) as number[];
    const file = await text(exportCorpus(source, ids, 5));
    expect(file.trim().split('\n').filter((l) => l.includes('"type":"source"'))).toHaveLength(new Set(ids.map((i) => i % 2)).size);
    const target = await db();
    await importText(target, file);
    expect((await target.reports.toArray()).map((r) => r.lang)).toEqual(ids.map(() => 'pt'));
  });

  it('a header first, an end line last, one line per record', async () => {
    const source = await seeded(3);
    const lines = (await text(exportCorpus(source, null, Date.parse('2024-05-01T00:00:00Z')))).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({ format: 'parallax-corpus', version: 1, exportedAt: '2024-05-01T00:00:00.000Z', analysisVersion: ANALYSIS_VERSION, reports: 3 });
    expect(lines.at(-1)).toEqual({ type: 'end', reports: 3 });
    expect(lines.filter((l) => l['type'] === 'report')).toHaveLength(3);
  });

  it('an empty corpus exports to a file that imports to nothing', async () => {
    const file = await text(exportCorpus(await db(), null, 5));
    const target = await db();
    expect(await importText(target, file)).toMatchObject({ status: 'done', total: 0 });
    expect(await target.reports.count()).toBe(0);
  });
});

describe('malformed import files store nothing', () => {
  async function validFile(): Promise<string> {
    return text(exportCorpus(await seeded(12), null, 5));
  }

  async function expectRefused(file: string, code: string, line?: number) {
    const target = await db();
    const job = await importText(target, file, 'bad.jsonl', 3);
    expect(job?.status).toBe('failed');
    expect(job?.errors[0]?.error.code).toBe(code);
    if (line !== undefined) expect(job?.errors[0]?.error.params[0]).toBe(String(line));
    expect(await target.reports.count()).toBe(0);
    expect(await target.sources.count()).toBe(0);
    expect(await target.keyBuckets.count()).toBe(0);
    expect(await target.jobChunks.count()).toBe(0);
    return job!;
  }

  it('a bad line near the end (after several batches worth of good ones)', async () => {
    const lines = (await validFile()).split('\n');
    lines[lines.length - 3] = '{"type":"report","url":';
    await expectRefused(lines.join('\n'), 'import-malformed', lines.length - 2);
  });

  it('a truncated file (no end line)', async () => {
    const file = await validFile();
    await expectRefused(file.slice(0, Math.floor(file.length * 0.7)), 'import-malformed');
  });

  it('an end line that counts differently', async () => {
    const file = (await validFile()).replace(/\{"type":"end","reports":12\}/, '{"type":"end","reports":13}');
    await expectRefused(file, 'import-malformed');
  });

  it('a figure whose quote is not in the text', async () => {
    const file = (await validFile()).replace('"quote":"1,200"', '"quote":"9,999"');
    await expectRefused(file, 'import-malformed');
  });

  it('a report without text, a javascript: URL, an unknown record', async () => {
    const base = (await validFile()).split('\n');
    const at = base.findIndex((l) => l.includes('"type":"report"'));
    for (const change of [
      (l: string) => l.replace(/"text":"[^"]*"/, '"text":""'),
      (l: string) => l.replace(/"url":"[^"]*"/, '"url":"javascript:alert(1)"'),
      () => '{"type":"macro","run":"rm -rf"}',
      (l: string) => l.replace(/"source":\d+/, '"source":999'),
    ]) {
      const lines = [...base];
      lines[at] = change(lines[at]!);
      await expectRefused(lines.join('\n'), 'import-malformed', at + 1);
    }
  });

  it('a newer version of the format is refused by its version', async () => {
    const file = (await validFile()).replace('"version":1', '"version":2');
    const job = await expectRefused(file, 'import-version', 1);
    expect(job.errors[0]!.error.params[1]).toBe('2');
  });

  it('something that is not an export at all', async () => {
    await expectRefused('{"hello":"world"}\n', 'import-not-export', 1);
    await expectRefused('<html><body>not json</body></html>\n', 'import-not-export', 1);
    await expectRefused('', 'import-not-export');
  });
});

describe('an import interrupted by the worker stopping', () => {
  it('resumes from its cursor after a restart: no duplicate, no loss, the same corpus', async () => {
    const source = await seeded(50);
    const file = await text(exportCorpus(source, null, 5));
    const name = `import-resume-${Math.random()}`;
    const { CorpusDb } = await import('../../../lib/db/corpus-db.ts');
    const first = new CorpusDb(name);
    await first.open();
    const jobId = await stagedImport(first, 'big.parallax.jsonl', [file], 1000);
    const deps = { now: () => 2000, fetch: refuse, canFetch: async () => false, importBatchSize: 7 };
    // The worker "stops" after its third batch: its connection goes mid-run.
    await expect(runJob(jobId, { ...deps, db: first, onProgress: (j) => (j.cursor === 21 ? first.close() : undefined) })).rejects.toThrow();

    const second = new CorpusDb(name);
    open.push(second);
    await second.open();
    const stalled = await second.jobs.get(jobId);
    expect(stalled).toMatchObject({ status: 'running', phase: 'store', cursor: 21, total: 50 });
    expect(await second.reports.count()).toBe(21);
    const done = await runJob(jobId, { ...deps, db: second });
    expect(done).toMatchObject({ status: 'done', cursor: 50, counts: { added: 50, updated: 0, unchanged: 0 } });
    expect(await corpusSnapshot(second)).toEqual(await corpusSnapshot(source));
    expect(await second.jobChunks.count()).toBe(0);
  });
});
