import type { ReadLanguage } from '../model/language.ts';

/** A number as written in a text, read exactly. Offsets are UTF-16 indices, end exclusive. */
export interface NumberMatch {
  text: string;
  start: number;
  end: number;
  /** The value: percentages as their number (60% -> 60), fractions as a number (2/3 -> 0.666...). */
  value: number;
  kind: 'number' | 'percent' | 'fraction' | 'range' | 'money' | 'ordinal';
  /** For ranges ("5 to 10"): both ends. value is the low end. */
  low?: number;
  high?: number;
  /** For money: ISO 4217 code when known (USD, EUR, VND, CNY, BRL, RUB, ...). */
  currency?: string;
  /** True when the number looks like a year, a date part, a time of day, a model or serial number. */
  notAFigure?: 'year' | 'date' | 'time' | 'code' | 'phone' | 'url' | 'ordinal';
}

export type ReadNumbers = (text: string, lang: ReadLanguage) => NumberMatch[];
