import { describe, expect, it } from 'vitest';
import { qualifierBounds } from '../../../lib/figures/qualifier-bounds.ts';

describe('qualifierBounds', () => {
  it.each([
    ['exact', 37, 37, 37],
    ['about', 14000, 12600, 15400],
    ['nearly', 0.6, 0.54, 0.6],
    ['more_than', 6000, 6000, 9000],
    ['at_least', 120, 120, 180],
    ['less_than', 300, 200, 300],
    ['up_to', 12000, 0, 12000],
  ] as const)('%s %d allows [%d, %d]', (qualifier, value, low, high) => {
    const b = qualifierBounds(qualifier, value);
    expect(b.low).toBeCloseTo(low, 9);
    expect(b.high).toBeCloseTo(high, 9);
  });

  it('caps shares at one', () => {
    expect(qualifierBounds('more_than', 0.8, { share: true }).high).toBe(1);
  });

  it('takes ranges as read, and widens converted values for rounding', () => {
    expect(qualifierBounds('range', 2, { low: 2, high: 4 })).toEqual({ low: 2, high: 4 });
    const b = qualifierBounds('exact', 321.8688, { tolerance: 0.08 });
    expect(b.low).toBeLessThan(300.01);
    expect(b.high).toBeGreaterThan(340);
  });

  it('keeps the figures of the seeds consistent where gold says they are', () => {
    // 37 of 64 (57.8%) against "nearly 60%" and "more than half".
    const share = 37 / 64;
    const nearly = qualifierBounds('nearly', 0.6, { share: true });
    const moreThanHalf = qualifierBounds('more_than', 0.5, { share: true });
    expect(share).toBeGreaterThanOrEqual(nearly.low);
    expect(share).toBeLessThanOrEqual(nearly.high);
    expect(share).toBeGreaterThanOrEqual(moreThanHalf.low);
    expect(share).toBeLessThanOrEqual(moreThanHalf.high);
    // "up to 12,000" against "about 14,000": no overlap, a conflict.
    expect(qualifierBounds('up_to', 12000).high).toBeLessThan(qualifierBounds('about', 14000).low);
  });
});
