// Bundled into an extension page by key-levels.test.ts: the key statistics' main and delta rows written through
// Chromium's real IndexedDB with a small tier, where a transaction left without requests commits.
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { deleteReports, saveReport, type ReportInput } from '../../../lib/db/corpus-store.ts';
import { decodeBucket } from '../../../lib/db/key-bucket-codec.ts';
import { countKeyStats, KEY_BUCKETS, KEY_DELTA_FROM, keyStatsOf } from '../../../lib/db/key-postings.ts';
import { saveReportsBatch } from '../../../lib/db/save-batch.ts';

const SRC = { kind: 'import' as const, key: 'levels', title: 'Levels' };

function report(n: number, keys: string[]): ReportInput {
  return {
    url: `https://levels.example/${n}`, contentHash: `h${n}`, title: `T${n}`, byline: null, siteName: 'L', lang: 'en',
    publishedTime: null, publishedAt: null, text: `Text ${n}`, excerpt: '', figures: [], keys, analysisVersion: 1,
  };
}

/** Where the stored statistics differ from a recount of the stored reports (keys sorted, as JSON). */
async function differences(db: CorpusDb): Promise<string[]> {
  const [reports, rows] = await Promise.all([db.reports.toArray(), db.keyBuckets.toArray()]);
  const norm = (stats: ReturnType<typeof countKeyStats>) => new Map(stats.map((s) => [s.key, JSON.stringify({ df: s.df, ids: [...s.ids].sort((a, b) => a - b) })]));
  const stored = norm(keyStatsOf(rows));
  const recount = norm(countKeyStats(reports));
  const out: string[] = [];
  for (const key of new Set([...stored.keys(), ...recount.keys()])) if (stored.get(key) !== recount.get(key)) out.push(`${key}: stored ${stored.get(key)}, recount ${recount.get(key)}`);
  // Main rows hold the reports before the deltas' start, delta rows those from it on.
  const from = (await db.meta.get(KEY_DELTA_FROM))?.value ?? Infinity;
  for (const row of rows) {
    for (const [key, entry] of decodeBucket(row)) {
      const wrong = (entry.ids ?? []).filter((id) => (row.bucket >= KEY_BUCKETS) !== (id >= from));
      if (wrong.length) out.push(`${key}: reports ${wrong.join(', ')} in row ${row.bucket}, the deltas starting at ${from}`);
    }
  }
  return out;
}

(globalThis as Record<string, unknown>)['parallaxKeyLevels'] = async (steps: number): Promise<{ errors: string[]; maxId: number; levels: number[] }> => {
  const db = new CorpusDb(`key-levels-${Date.now()}`);
  db.keyTier = { startAt: 20, mergeAt: () => 25 };
  const errors: string[] = [];
  let next = 0;
  const keysOf = (n: number) => ['k:all', `k:${n % 5}`, `k:${n % 11}`, `k:own${n}`];
  try {
    for (let step = 0; step < steps && errors.length === 0; step++) {
      const kind = step % 4;
      if (kind === 0 || kind === 1) {
        // A batch in the caller's transaction, as imports, feeds and files write.
        const items = Array.from({ length: 1 + (step % 7) }, () => ({ input: report(next, keysOf(next++)), source: SRC }));
        await db.transaction('rw', [db.reports, db.sources, db.keyBuckets, db.meta], () => saveReportsBatch(db, items, step));
      } else if (kind === 2) {
        // One report changes its keys: an old one, then a recent one.
        await saveReport(db, report(step % 3 === 0 ? step % 10 : next - 1, ['k:changed', `k:${step}`]), SRC, step);
      } else {
        const ids = (await db.reports.toCollection().primaryKeys()) as number[];
        await deleteReports(db, [ids[(step * 7) % ids.length]!, ids[ids.length - 1]!]);
      }
      errors.push(...(await differences(db)).map((d) => `after step ${step}: ${d}`));
    }
  } catch (error) {
    errors.push(`${(error as Error).name}: ${(error as Error).message}`);
  }
  const rows = await db.keyBuckets.toArray();
  const levels = [rows.filter((r) => r.bucket < KEY_BUCKETS).length, rows.filter((r) => r.bucket >= KEY_BUCKETS).length];
  const maxId = ((await db.reports.orderBy(':id').last())?.id ?? 0) as number;
  await db.delete();
  return { errors: errors.slice(0, 5), maxId, levels };
};
