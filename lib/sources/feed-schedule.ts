import { DEFAULT_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from '../model/source.ts';

/** However often a feed fails, it is tried again at least daily (or at its own, longer, interval). */
const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

export function clampInterval(minutes: number): number {
  if (!Number.isFinite(minutes)) return DEFAULT_INTERVAL_MINUTES;
  return Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, Math.round(minutes)));
}

/**
 * When to read a feed next. After a success: one interval on. After `failures` failures in a row: the interval
 * doubled for each (1 failure = 2x, 2 = 4x, ...), capped at a day, and never sooner than the server's Retry-After.
 */
export function nextRunAt(
  now: number,
  intervalMinutes: number,
  failures: number,
  retryAfterMs: number | null = null,
): number {
  const interval = clampInterval(intervalMinutes) * 60_000;
  if (failures <= 0) return now + interval;
  const backoff = Math.min(interval * 2 ** Math.min(failures, 10), Math.max(MAX_BACKOFF_MS, interval));
  return now + Math.max(backoff, retryAfterMs ?? 0);
}
