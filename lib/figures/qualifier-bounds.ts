import type { Qualifier } from '../model/figure.ts';

/**
 * The interval a qualified figure allows. The bounds are deliberately generous, because a conflict is only
 * claimed where intervals do not overlap, and a false conflict costs the reader more than a missed one:
 * - exact: [v, v] (widened by `tolerance` when the value was converted from another unit, for rounding);
 * - about: [0.9v, 1.1v]  ("khoảng 14.000", "约1万4000", "roughly 14,000");
 * - nearly: [0.9v, v]  ("nearly 60%": 54% to 60%);
 * - more_than, at_least: [v, 1.5v]  (news that says "more than 6,000" rarely means twice that; shares stop at 1);
 * - less_than: [v / 1.5, v]  (the mirror of more_than);
 * - up_to: [0, v]  ("tới 12.000": anything up to it);
 * - range: [low, high] as read.
 */
export function qualifierBounds(
  qualifier: Qualifier,
  value: number,
  options: { share?: boolean; tolerance?: number; low?: number; high?: number } = {},
): { low: number; high: number } {
  const tol = options.tolerance ?? 0;
  // A share of a whole stops at 1; a percentage above 100 ("up 150%") is a ratio, not a share of anything.
  const cap = (x: number): number => (options.share && value <= 1 ? Math.min(x, 1) : x);
  const a = Math.abs(value);
  let low: number;
  let high: number;
  switch (qualifier) {
    case 'exact':
      low = value - a * tol;
      high = value + a * tol;
      break;
    case 'about':
      low = value - a * Math.max(0.1, tol);
      high = value + a * Math.max(0.1, tol);
      break;
    case 'nearly':
      low = value - a * 0.1;
      high = value + a * tol;
      break;
    case 'more_than':
    case 'at_least':
      low = value - a * tol;
      high = value + a * 0.5;
      break;
    case 'less_than':
      low = value - a / 3;
      high = value + a * tol;
      break;
    case 'up_to':
      low = 0;
      high = value + a * tol;
      break;
    case 'range':
      low = Math.min(options.low ?? value, options.high ?? value) * (1 - tol);
      high = Math.max(options.low ?? value, options.high ?? value) * (1 + tol);
      break;
  }
  return { low: cap(low), high: cap(Math.max(low, high)) };
}
