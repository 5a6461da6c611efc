import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABOUT_SPREAD, NEARLY_SPREAD, OPEN_BOUND_FACTOR, intervalFor } from '../../../lib/conflicts/interval.ts';
import { relativeGap, verdictForGap } from '../../../lib/conflicts/compare-intervals.ts';
import type { Qualifier } from '../../../lib/model/figure.ts';

const QUALIFIERS: Qualifier[] = ['exact', 'about', 'nearly', 'more_than', 'at_least', 'less_than', 'up_to', 'range'];

describe('intervalFor', () => {
  it('reads each qualifier', () => {
    expect(intervalFor(14000, 'exact')).toEqual({ low: 14000, high: 14000 });
    expect(intervalFor(14000, 'about')).toEqual({ low: 14000 * (1 - ABOUT_SPREAD), high: 14000 * (1 + ABOUT_SPREAD) });
    expect(intervalFor(0.6, 'nearly')).toEqual({ low: 0.6 * (1 - NEARLY_SPREAD), high: 0.6 });
    expect(intervalFor(6000, 'more_than')).toEqual({ low: 6000, high: 6000 * OPEN_BOUND_FACTOR });
    expect(intervalFor(6000, 'at_least')).toEqual(intervalFor(6000, 'more_than'));
    expect(intervalFor(12000, 'up_to')).toEqual({ low: 12000 / OPEN_BOUND_FACTOR, high: 12000 });
    expect(intervalFor(12000, 'less_than')).toEqual(intervalFor(12000, 'up_to'));
    expect(intervalFor(5000, 'range', { high: 6000 })).toEqual({ low: 5000, high: 6000 });
    expect(intervalFor(5000, 'range')).toEqual({ low: 5000, high: 5000 });
  });

  it('keeps shares within 0..1', () => {
    expect(intervalFor(0.8, 'more_than', { unit: 'share' })).toEqual({ low: 0.8, high: 1 });
    expect(intervalFor(0.5, 'more_than', { unit: 'share' })).toEqual({ low: 0.5, high: 0.75 });
  });

  it('gives an ordered, finite interval holding the value, for any finite value and qualifier', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom(...QUALIFIERS), (value, q) => {
        const { low, high } = intervalFor(value, q);
        expect(Number.isFinite(low) && Number.isFinite(high)).toBe(true);
        expect(low).toBeLessThanOrEqual(high);
        expect(value).toBeGreaterThanOrEqual(low);
        expect(value).toBeLessThanOrEqual(high);
      }),
    );
  });
});

describe('relativeGap and verdictForGap', () => {
  const v = (a: number, qa: Qualifier, b: number, qb: Qualifier) =>
    verdictForGap(relativeGap(intervalFor(a, qa), intervalFor(b, qb)));

  it('reads the worked examples of qualified figures', () => {
    expect(v(6000, 'more_than', 600, 'about')).toBe('conflict');
    expect(v(14000, 'about', 15000, 'about')).toBe('discrepancy');
    expect(v(12000, 'up_to', 14000, 'about')).toBe('conflict');
    expect(v(1000, 'exact', 6000, 'exact')).toBe('conflict');
    expect(v(14000, 'about', 14000, 'exact')).toBe('consistent');
    expect(v(0.6, 'nearly', 37 / 64, 'exact')).toBe('consistent');
    expect(v(0.5, 'more_than', 37 / 64, 'exact')).toBe('consistent');
  });

  it('absorbs the rounding of a written share', () => {
    expect(v(0.578, 'exact', 37 / 64, 'exact')).toBe('consistent');
  });

  it('is symmetric and zero on overlap', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e9, noNaN: true }), fc.double({ min: 1, max: 1e9, noNaN: true }), (a, b) => {
        const x = intervalFor(a, 'about');
        const y = intervalFor(b, 'more_than');
        expect(relativeGap(x, y)).toBe(relativeGap(y, x));
        expect(relativeGap(x, x)).toBe(0);
        expect(relativeGap(x, y)).toBeGreaterThanOrEqual(0);
        expect(relativeGap(x, y)).toBeLessThan(1);
      }),
    );
  });
});
