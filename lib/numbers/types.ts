import type { ReadLanguage } from '../model/language.ts';
import type { DecimalMark } from './decimal-mark.ts';

/** A number as written in a text, read exactly. Offsets are UTF-16 indices, end exclusive. */
export interface NumberMatch {
  text: string;
  start: number;
  end: number;
  /** The value: percentages as their number (60% -> 60), fractions as a number (2/3 -> 0.666...). */
  value: number;
  kind: 'number' | 'percent' | 'fraction' | 'range' | 'money' | 'ordinal';
  /** For ranges ("5 to 10"): both ends. value is the low end. A one-sided range has only one of them. */
  low?: number;
  high?: number;
  /** For money: ISO 4217 code when known (USD, EUR, VND, CNY, BRL, RUB, ...). */
  currency?: string;
  /** True when the number looks like a year, a date part, a time of day, a model or serial number. */
  notAFigure?: 'year' | 'date' | 'time' | 'code' | 'phone' | 'url' | 'ordinal';
  /** For fractions written as such (2/3, hai phần ba, 三分之二): the two numbers. */
  numerator?: number;
  denominator?: number;
  /**
   * A lone word that is more often an article or pronoun than a count (un, ein, một, 一, one): keep it as a
   * figure only when a counted noun follows.
   */
  weak?: boolean;
  /**
   * Written as "N and more" (十多万, 五百余万; 1千多名, 100多人, 数十万 where the mark stays outside the span): the
   * value is a lower bound.
   */
  plus?: boolean;
  /** A vague amount read as an interval ("tens of thousands", "several hundred", 数万): no count a report states. */
  vague?: boolean;
  /**
   * A unit of measure written with the number (its key in lib/lang/measure-units.ts: "km", "gb", "°c"),
   * 'percent' for a range of percentages (5-20%), or TIMES for a multiplier ("three times", "el doble", "三倍").
   */
  unit?: string;
}

/** The unit of a multiplier ("three times", "trois fois", "三倍", "twice"): a ratio, not a count of anything. */
export const TIMES = 'times';

/** A number reader; `decimalMark` is the text's own decimal mark when it differs from its language's. */
export type ReadNumbers = (text: string, lang: ReadLanguage, options?: { decimalMark?: DecimalMark | null }) => NumberMatch[];
