// Import speed: reports stored per second from a Parallax export of 10,000 reports, through the same code path as
// the extension (staged file, checked whole, stored in batches with the job's cursor). Runs in Node on
// fake-indexeddb, and in real Chromium through the built extension's options page when it is built.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConceptLexicons } from '../cli/concept-lexicons.ts';
import { CorpusDb } from '../lib/db/corpus-db.ts';
import { runJob } from '../lib/jobs/run-job.ts';
import { stagedImport } from '../lib/transfer/import-staging.ts';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/helpers/extension.ts';
import { syntheticExport } from '../tests/e2e/helpers/options-export-file.ts';
import { dbAll, jobsSettled, openOptions } from '../tests/e2e/helpers/options-page.ts';
import type { BenchRow } from './types.ts';

export interface ImportBenchContext {
  /** Reports in the export (10,000 by default). */
  count?: number;
  /** A database to import into (Node); a fresh one on fake-indexeddb otherwise. */
  db?: CorpusDb;
  /** Also run through the built extension in Chromium (default: when .output/chrome-mv3 exists). */
  browser?: boolean;
}

const TARGET = '≥ 500 reports/s';
const refuse = async (): Promise<Response> => {
  throw new Error('the import bench uses no network');
};

async function inNode(file: string, count: number, given?: CorpusDb): Promise<BenchRow[]> {
  // The import job analyses what it stores: with the concept lexicons, as the CLI and the extension do.
  await loadConceptLexicons();
  // Node has no IndexedDB: fake-indexeddb's, passed in (Dexie looks for a global one only when it loads).
  const fake = globalThis.indexedDB ? null : await import('fake-indexeddb');
  const db = given ?? (fake ? new CorpusDb(`bench-import-${Date.now()}`, { indexedDB: fake.indexedDB, IDBKeyRange: fake.IDBKeyRange }) : new CorpusDb(`bench-import-${Date.now()}`));
  await db.open();
  const rows: BenchRow[] = [];
  try {
    for (const pass of ['first import', 're-import (all already stored)']) {
      const started = performance.now();
      const jobId = await stagedImport(db, 'bench.parallax.jsonl', [file], Date.now());
      const job = await runJob(jobId, { db, fetch: refuse, canFetch: async () => false, now: Date.now });
      const seconds = (performance.now() - started) / 1000;
      if (job?.status !== 'done' || job.cursor !== count) throw new Error(`import ended ${job?.status} at ${job?.cursor}`);
      rows.push({ area: 'import', measure: `${pass}: ${count} reports, Node + fake-indexeddb (reports/s)`, value: (count / seconds).toFixed(0), target: TARGET });
    }
    rows.push({ area: 'import', measure: 'reports stored after both passes (no duplicates)', value: String(await db.reports.count()), target: String(count) });
  } finally {
    if (!given) {
      db.close();
      await db.delete();
    }
  }
  return rows;
}

async function inChromium(file: string, count: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const path = join(dir, 'bench.parallax.jsonl');
  writeFileSync(path, file);
  const ext = await launchWithExtension();
  try {
    const page = await openOptions(ext);
    const started = Date.now();
    await page.setInputFiles('[data-testid="import-file-input"]', path);
    await jobsSettled(page, 600_000);
    const seconds = (Date.now() - started) / 1000;
    const [job] = await dbAll<{ status: string; cursor: number; createdAt: number; updatedAt: number }>(page, 'jobs');
    if (job?.status !== 'done' || job.cursor !== count) throw new Error(`import ended ${job?.status} at ${job?.cursor}`);
    return [
      { area: 'import', measure: `${count} reports through the options page, Chromium IndexedDB, file chosen to done (reports/s)`, value: (count / seconds).toFixed(0), target: TARGET },
      { area: 'import', measure: 'the same, the import job alone (staged to done, reports/s)', value: (count / ((job.updatedAt - job.createdAt) / 1000)).toFixed(0), target: TARGET },
    ];
  } finally {
    await ext.close(true);
  }
}

/** Reports imported per second from an export of 10,000 reports. */
export async function benchImport(ctx: ImportBenchContext = {}): Promise<BenchRow[]> {
  const count = ctx.count ?? 10_000;
  const file = syntheticExport(count);
  const rows = [
    { area: 'import', measure: 'export file size (MB)', value: (file.length / 1024 / 1024).toFixed(1), target: '' },
    ...(await inNode(file, count, ctx.db)),
  ];
  const browser = ctx.browser ?? existsSync(join(EXTENSION_DIR, 'manifest.json'));
  if (browser) rows.push(...(await inChromium(file, count)));
  else rows.push({ area: 'import', measure: 'Chromium (not measured: no build in .output/chrome-mv3)', value: '', target: TARGET });
  return rows;
}
