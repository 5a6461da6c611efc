import type { CorpusDb } from './corpus-db.ts';

/** The meta row holding how many reports the corpus has: Chromium counts an object store by walking it. */
export const REPORT_COUNT = 'reportCount';

/**
 * Keeps the report count current; call inside the write transaction, after the write, with the change it made.
 * A corpus from before the count was kept is counted once (the walk then already includes the write).
 */
export async function adjustReportCount(db: CorpusDb, delta: number): Promise<void> {
  const row = await db.meta.get(REPORT_COUNT);
  const value = row ? Math.max(0, row.value + delta) : await db.reports.count();
  await db.meta.put({ key: REPORT_COUNT, value });
}

/** Sets the count outright (after clearing the corpus). */
export async function setReportCount(db: CorpusDb, value: number): Promise<void> {
  await db.meta.put({ key: REPORT_COUNT, value });
}

/** The count kept in meta, or a walk of the store when none is kept yet. */
export async function reportCount(db: CorpusDb): Promise<number> {
  return (await db.meta.get(REPORT_COUNT))?.value ?? db.reports.count();
}
