import { pruneReports } from '../../lib/db/prune-reports.ts';
import type { PruneRequest } from '../../lib/model/prune-request.ts';
import { attempt, type Outcome } from '../../lib/model/source-error.ts';
import { corpus } from './corpus.ts';
import { corpusChanged } from './corpus-service.ts';

const DAY_MS = 86_400_000;

/** Prunes reports of the given kinds by age (days) or by number kept; reports added by hand stay. */
export function pruneCorpus(request: PruneRequest): Promise<Outcome<{ deleted: number }>> {
  return attempt(async () => {
    const olderThan = request.olderThanDays === null ? null : Date.now() - request.olderThanDays * DAY_MS;
    const { deleted } = await pruneReports(corpus(), { kinds: request.kinds, olderThan, keep: request.keep });
    corpusChanged();
    return { deleted };
  });
}
