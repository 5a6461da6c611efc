import { COLLECT_CAP_LIMITS } from './limits.ts';
import type { SourceInput } from './source.ts';

/** How much the pages collected as the reader reads may take: a number of reports, or megabytes. */
export interface CollectCap {
  unit: 'reports' | 'megabytes';
  value: number;
}

export const DEFAULT_COLLECT_CAP: CollectCap = { unit: 'reports', value: COLLECT_CAP_LIMITS.defaultReports };

/** The source every collected page belongs to; only its reports are ever evicted by the cap. */
export const COLLECTED_SOURCE: SourceInput = { kind: 'collected', key: 'collected', title: 'Collected as you read' };

/** A cap as the reader may set it: whole, at least 1, at most COLLECT_CAP_LIMITS' maximum for its unit. */
export function clampCap(cap: CollectCap): CollectCap {
  const max = cap.unit === 'reports' ? COLLECT_CAP_LIMITS.maxReports : COLLECT_CAP_LIMITS.maxMegabytes;
  const value = Number.isFinite(cap.value) ? Math.min(max, Math.max(1, Math.round(cap.value))) : DEFAULT_COLLECT_CAP.value;
  return { unit: cap.unit === 'megabytes' ? 'megabytes' : 'reports', value };
}
