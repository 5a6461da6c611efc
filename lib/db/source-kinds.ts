import type { SourceKind } from './records.ts';

/**
 * Kinds of source whose reports arrive without the reader choosing each one, and so may be pruned. Reports added by
 * hand (a page, an address, a paste, a file, an import) are never pruned: their kinds are not in this list.
 */
export const PRUNABLE_KINDS = ['feed', 'collected'] as const satisfies readonly SourceKind[];
export type PrunableKind = (typeof PRUNABLE_KINDS)[number];

export function isPrunableKind(kind: string): kind is PrunableKind {
  return (PRUNABLE_KINDS as readonly string[]).includes(kind);
}
