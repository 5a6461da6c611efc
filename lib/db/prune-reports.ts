import type { CorpusDb } from './corpus-db.ts';
import { deleteReports } from './corpus-store.ts';
import { isPrunableKind, type PrunableKind } from '../model/source-kinds.ts';

export interface PruneRule {
  /** Whose reports may go. */
  kinds: readonly PrunableKind[];
  /** Reports older than this (epoch ms; by publication, else by when they were stored) go. */
  olderThan: number | null;
  /** At most this many reports of these kinds stay, the newest. */
  keep: number | null;
}

/** Deletions go in transactions of this many reports, so that a large prune does not hold one huge transaction. */
const CHUNK = 2000;

/** The ids a rule removes, from each report's id and age; pure, so that the rule is tested apart from storage. */
export function idsToPrune(reports: ReadonlyArray<{ id: number; at: number }>, rule: Pick<PruneRule, 'olderThan' | 'keep'>): number[] {
  const newestFirst = [...reports].sort((a, b) => b.at - a.at || b.id - a.id);
  return newestFirst.filter((r, i) => (rule.olderThan !== null && r.at < rule.olderThan) || (rule.keep !== null && i >= rule.keep)).map((r) => r.id);
}

/** Deletes the reports of the given kinds of source that the rule says go, keeping the key statistics current. */
export async function pruneReports(db: CorpusDb, rule: PruneRule): Promise<{ deleted: number }> {
  const kinds = rule.kinds.filter(isPrunableKind);
  if (!kinds.length || (rule.olderThan === null && rule.keep === null)) return { deleted: 0 };
  const sourceIds = (await db.sources.where('kind').anyOf(kinds).primaryKeys()) as number[];
  const reports: Array<{ id: number; at: number }> = [];
  if (sourceIds.length) {
    await db.reports.where('sourceId').anyOf(sourceIds).each((r) => {
      reports.push({ id: r.id!, at: r.publishedAt ?? r.addedAt });
    });
  }
  const ids = idsToPrune(reports, rule);
  let deleted = 0;
  for (let i = 0; i < ids.length; i += CHUNK) deleted += await deleteReports(db, ids.slice(i, i + CHUNK));
  return { deleted };
}
