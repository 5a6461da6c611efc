import type { CorpusDb } from './corpus-db.ts';
import type { ReportRecord } from './records.ts';

export interface RelatedReport {
  report: ReportRecord;
  shared: string[];
  score: number;
}

/**
 * Simple relatedness: reports sharing the most rare keys with the query. The matching engine replaces the scoring;
 * this is the storage side: candidates from the rarest keys first, bounded work per query.
 */
export async function relatedReports(
  db: CorpusDb,
  query: { url: string; keys: readonly string[] },
  options: { maxKeys?: number; postingsPerKey?: number; limit?: number } = {},
): Promise<RelatedReport[]> {
  const { maxKeys = 64, postingsPerKey = 500, limit = 20 } = options;
  const keys = [...new Set(query.keys)];
  const stats = await db.keyStats.bulkGet(keys);
  const total = Math.max(1, await db.reports.count());
  const ranked = keys
    .map((key, i) => ({ key, df: stats[i]?.df ?? 0 }))
    .filter((k) => k.df > 0)
    .sort((a, b) => a.df - b.df)
    .slice(0, maxKeys);
  const scores = new Map<number, { score: number; shared: string[] }>();
  for (const { key, df } of ranked) {
    const idf = Math.log(1 + total / df);
    const ids = (await db.reports.where('keys').equals(key).limit(postingsPerKey).primaryKeys()) as number[];
    for (const id of ids) {
      const entry = scores.get(id) ?? { score: 0, shared: [] };
      entry.score += idf;
      entry.shared.push(key);
      scores.set(id, entry);
    }
  }
  const top = [...scores.entries()].sort((a, b) => b[1].score - a[1].score).slice(0, limit * 2);
  const reports = await db.reports.bulkGet(top.map(([id]) => id));
  const out: RelatedReport[] = [];
  top.forEach(([, entry], i) => {
    const report = reports[i];
    if (report && report.url !== query.url) out.push({ report, shared: entry.shared, score: entry.score });
  });
  return out.slice(0, limit);
}
