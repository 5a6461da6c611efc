import type { PrunableKind } from './source-kinds.ts';

/** What the reader asks to prune: reports of these kinds older than so many days, or beyond the newest `keep`. */
export interface PruneRequest {
  kinds: PrunableKind[];
  olderThanDays: number | null;
  keep: number | null;
}
