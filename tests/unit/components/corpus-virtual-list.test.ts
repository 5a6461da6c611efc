import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleRange } from '../../../components/corpus-virtual-list.tsx';

describe('visibleRange', () => {
  it('renders the rows in view plus the overscan, within the list', () => {
    expect(visibleRange(10_000, 0, 56, 480, 6)).toEqual([0, 15]);
    expect(visibleRange(10_000, 56 * 5000, 56, 480, 6)).toEqual([4994, 5015]);
    expect(visibleRange(10_000, 56 * 10_000, 56, 480, 6)).toEqual([9994, 10_000]);
    expect(visibleRange(0, 0, 56, 480, 6)).toEqual([0, 0]);
  });

  it('always covers the viewport and never renders more than it needs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.nat(), fc.integer({ min: 10, max: 100 }), fc.integer({ min: 50, max: 2000 }), (count, scroll, row, height) => {
        const top = Math.min(scroll, Math.max(0, count * row - height));
        const [first, last] = visibleRange(count, top, row, height, 6);
        expect(first).toBeGreaterThanOrEqual(0);
        expect(last).toBeLessThanOrEqual(count);
        expect(first).toBeLessThanOrEqual(Math.floor(top / row));
        expect(last).toBeGreaterThanOrEqual(Math.min(count, Math.ceil((top + height) / row)));
        expect(last - first).toBeLessThanOrEqual(Math.ceil(height / row) + 13);
      }),
    );
  });
});
