// Bundled into an extension page by key-levels.test.ts: the key statistics' main and delta rows written through
// Chromium's real IndexedDB with a small tier, where a transaction left without requests commits.
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { deleteReports, saveReport } from '../../../lib/db/corpus-store.ts';
import { type ReportInput } from '../../../lib/model/report.ts';
import { KEY_BUCKETS } from '../../../lib/db/key-stats.ts';
import { saveReportsBatch } from '../../../lib/db/save-batch.ts';
import { keyStoreViolations } from '../../support/corpus-invariants.ts';

const SRC = { kind: 'import' as const, key: 'levels', title: 'Levels' };

function report(n: number, keys: string[]): ReportInput {
  return {
    url: `https://levels.example/${n}`, contentHash: `h${n}`, title: `T${n}`, byline: null, siteName: 'L', lang: 'en',
    publishedTime: null, publishedAt: null, text: `Text ${n}`, excerpt: '', figures: [], keys, analysisVersion: 1,
  };
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
      errors.push(...(await keyStoreViolations(db)).map((d) => `after step ${step}: ${d}`));
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
