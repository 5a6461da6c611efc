import ceilings from './concept-ceilings.json' with { type: 'json' };

/**
 * How much of a text's concept weight its translation into another language keeps (median over translations of
 * one article, scripts/concept-ceilings.ts on NTREX): the lexicons' reach and sense choices, not the stories.
 * Within one language a text keeps all of it.
 */
const TABLE: Readonly<Record<string, number>> = ceilings.pairs;

export function conceptCeiling(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined || a === b) return 1;
  return TABLE[a < b ? `${a}-${b}` : `${b}-${a}`] ?? ceilings.default;
}
