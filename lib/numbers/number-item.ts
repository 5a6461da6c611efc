// What the `numbers` command prints for one match: the reader's match in a shape any extractor's output can be
// compared with (kind, both ends of a range or interval, unit, ISO currency, whether it is a figure of the story).
import type { NumberMatch } from './types.ts';

export interface NumberItem {
  text: string;
  start: number;
  end: number;
  value: number;
  kind: 'number' | 'percent' | 'money' | 'range' | 'ordinal';
  /** Ranges ("5 to 10"), one-sided ranges ("more than 30": low only) and vague amounts ("tens of thousands"). */
  low?: number;
  high?: number;
  /** A unit of measure ("km", "GB"), "percent" for a range of percentages, "times" for a multiplier ("three times"). */
  unit?: string;
  /** ISO 4217 code. */
  currency?: string;
  /** False for years, dates, times, phone numbers, codes, identifiers and ordinals. */
  figure: boolean;
}

export function numberItem(m: NumberMatch): NumberItem {
  const ordinal = m.kind === 'ordinal' || m.notAFigure === 'ordinal';
  const kind: NumberItem['kind'] = ordinal ? 'ordinal' : m.kind === 'fraction' ? 'number' : m.kind;
  const item: NumberItem = { text: m.text, start: m.start, end: m.end, value: m.value, kind, figure: m.notAFigure === undefined };
  if (m.low !== undefined) item.low = m.low;
  if (m.high !== undefined) item.high = m.high;
  // "数十万", "100多人": written as a lower bound.
  if (m.plus && m.kind !== 'range' && item.low === undefined) item.low = m.value;
  if (m.unit !== undefined) item.unit = m.unit;
  if (m.currency !== undefined) item.currency = m.currency;
  return item;
}
