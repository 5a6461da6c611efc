import { pruneReports, type PrunableKind } from '../../lib/db/prune-reports.ts';
import type { Outcome } from '../../lib/protocol/options-views.ts';
import { storageError } from '../../lib/sources/source-error.ts';
import { corpus } from './corpus.ts';
import { corpusChanged } from './corpus-service.ts';

const DAY_MS = 86_400_000;

/** Prunes reports of the given kinds by age (days) or by number kept; reports added by hand stay. */
export async function pruneCorpus(request: { kinds: PrunableKind[]; olderThanDays: number | null; keep: number | null }): Promise<Outcome<{ deleted: number }>> {
  try {
    const olderThan = request.olderThanDays === null ? null : Date.now() - request.olderThanDays * DAY_MS;
    const { deleted } = await pruneReports(corpus(), { kinds: request.kinds, olderThan, keep: request.keep });
    corpusChanged();
    return { ok: true, deleted };
  } catch (error) {
    return { ok: false, error: storageError(error) };
  }
}
