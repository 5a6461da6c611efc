import type { Interval } from './interval.ts';
import type { Verdict } from './types.ts';

/**
 * Gaps at or below 0.5% of the larger value count as agreement: that absorbs the rounding of a written share
 * (57.8% against 37 of 64) and of converted units, which are not disagreements.
 */
export const CONSISTENT_GAP = 0.005;
/**
 * Disjoint intervals whose gap is under 10% of the larger value are a discrepancy (about 14,000 against about
 * 15,000: shown, but plausibly two roundings of one estimate); from 10% on they are a conflict (up to 12,000 against
 * about 14,000; more than 6,000 against about 600).
 */
export const CONFLICT_GAP = 0.1;

/**
 * How far apart two intervals are, relative to the larger magnitude at the gap: 0 when they overlap, towards 1 as
 * they diverge (600 against 6,000 is 0.9). Scale-free, so counts and shares use the same thresholds.
 */
export function relativeGap(a: Interval, b: Interval): number {
  const upper = Math.max(a.low, b.low);
  const lower = Math.min(a.high, b.high);
  const gap = upper - lower;
  if (!(gap > 0)) return 0;
  return gap / Math.max(Math.abs(upper), Math.abs(lower));
}

export function verdictForGap(gap: number): Verdict {
  if (gap <= CONSISTENT_GAP) return 'consistent';
  return gap < CONFLICT_GAP ? 'discrepancy' : 'conflict';
}

const SEVERITY: Record<Verdict, number> = { consistent: 0, discrepancy: 1, conflict: 2 };

export function verdictSeverity(verdict: Verdict): number {
  return SEVERITY[verdict];
}
