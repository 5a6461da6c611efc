import type { SourceKind } from './source.ts';

/**
 * Kinds of source whose reports arrive without the reader choosing each one, and so may be pruned. Reports added by
 * hand (a page, an address, a paste, a file, an import) are never pruned: their kinds are not in this list.
 */
export const PRUNABLE_KINDS = ['feed', 'collected'] as const satisfies readonly SourceKind[];
export type PrunableKind = (typeof PRUNABLE_KINDS)[number];

export function isPrunableKind(kind: string): kind is PrunableKind {
  return (PRUNABLE_KINDS as readonly string[]).includes(kind);
}

/**
 * Whether a stored report passes to a source of this kind that brings it again. A page collected as the reader read
 * it, now added on purpose, is the new source's and never evicted; a report the reader adds by hand becomes theirs,
 * so that pruning a feed's reports leaves it.
 */
export function takesReport(kind: SourceKind, wasCollected: boolean): boolean {
  return (wasCollected && kind !== 'collected') || !isPrunableKind(kind);
}
