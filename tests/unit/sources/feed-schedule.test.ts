import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampInterval, nextRunAt } from '../../../lib/sources/feed-schedule.ts';
import { DEFAULT_INTERVAL_MINUTES } from '../../../lib/model/source.ts';

const HOUR = 3_600_000;

describe('feed schedule', () => {
  it('after a success, one interval on (hourly by default)', () => {
    expect(nextRunAt(0, DEFAULT_INTERVAL_MINUTES, 0)).toBe(HOUR);
    expect(nextRunAt(1000, 30, 0)).toBe(1000 + HOUR / 2);
  });

  it('backs off after failures: doubling, capped at a day, never before Retry-After', () => {
    expect(nextRunAt(0, 60, 1)).toBe(2 * HOUR);
    expect(nextRunAt(0, 60, 2)).toBe(4 * HOUR);
    expect(nextRunAt(0, 60, 10)).toBe(24 * HOUR);
    expect(nextRunAt(0, 60, 1, 5 * HOUR)).toBe(5 * HOUR);
    // A weekly feed is not read more often because it failed.
    expect(nextRunAt(0, 7 * 24 * 60, 3)).toBe(7 * 24 * HOUR);
  });

  it('is monotone in failures and never sooner than the interval', () => {
    fc.assert(
      fc.property(fc.integer({ min: 15, max: 10_080 }), fc.integer({ min: 0, max: 50 }), (minutes, failures) => {
        const a = nextRunAt(0, minutes, failures);
        expect(a).toBeGreaterThanOrEqual(clampInterval(minutes) * 60_000);
        expect(nextRunAt(0, minutes, failures + 1)).toBeGreaterThanOrEqual(a);
      }),
    );
  });

  it('clamps intervals to 15 minutes .. a week', () => {
    expect(clampInterval(1)).toBe(15);
    expect(clampInterval(100_000)).toBe(10_080);
    expect(clampInterval(Number.NaN)).toBe(60);
  });
});
