import type { Qualifier } from '../model/figure.ts';

/**
 * The interval a figure's wording allows, shared by the figure extractor (Figure.low/high) and the comparison, so
 * that both read "about", "more than", "up to" the same way.
 *
 * The widths are pragmatic readings of news wording, not logic: "more than 1,000 engineers" is not a claim that
 * 6,000 were sent, so open bounds are closed at a factor of the stated value.
 */

/** "about 14,000": ±2.5%. Narrow enough that "about 14,000" and "about 15,000" (7% apart) do not overlap. */
export const ABOUT_SPREAD = 0.025;
/** "nearly 60%": up to 10% below the stated value, never above it. */
export const NEARLY_SPREAD = 0.1;
/**
 * "more than X" / "at least X": up to X × 1.5; "up to X" / "less than X": down to X / 1.5. A writer who knew of
 * twice the number would have said so.
 */
export const OPEN_BOUND_FACTOR = 1.5;

/**
 * A measure converted from another unit (85 mph -> 136.79 km/h) is widened by ±3% on top of its qualifier: a
 * translation or another outlet converts and rounds differently (137, 135 km/h).
 */
export const CONVERTED_SPREAD = 0.03;

export interface Interval {
  low: number;
  high: number;
}

export interface IntervalOptions {
  /** For a range ("5,000 to 6,000"): its upper end; value is the lower end. */
  high?: number;
  /** "share" (0..1) clamps the interval to [0, 1]. */
  unit?: string;
  /** The value was converted from another unit (Figure.stated is set). */
  converted?: boolean;
}

/** The values a figure stated as `value` with `qualifier` allows. Pure; finite input gives finite output. */
export function intervalFor(value: number, qualifier: Qualifier, options: IntervalOptions = {}): Interval {
  let low: number;
  let high: number;
  switch (qualifier) {
    case 'exact':
      low = value;
      high = value;
      break;
    case 'about':
      low = value * (1 - ABOUT_SPREAD);
      high = value * (1 + ABOUT_SPREAD);
      break;
    case 'nearly':
      low = value * (1 - NEARLY_SPREAD);
      high = value;
      break;
    case 'more_than':
    case 'at_least':
      low = value;
      high = value * OPEN_BOUND_FACTOR;
      break;
    case 'less_than':
    case 'up_to':
      low = value / OPEN_BOUND_FACTOR;
      high = value;
      break;
    case 'range':
      low = value;
      high = options.high !== undefined && Number.isFinite(options.high) ? options.high : value;
      break;
  }
  // Negative values (a fall of 5%) flip the factors' direction.
  if (low > high) [low, high] = [high, low];
  if (options.converted) {
    low -= Math.abs(low) * CONVERTED_SPREAD;
    high += Math.abs(high) * CONVERTED_SPREAD;
  }
  if (options.unit === 'share') {
    low = Math.max(0, low);
    high = Math.min(1, high);
    if (low > high) low = high;
  }
  return { low, high };
}
