/**
 * Italian calendar words and number marks from CLDR, through the Intl API every runtime ships (Node's full ICU, the
 * browsers'): the maintained source, rather than lists of our own.
 */
const LOCALE = 'it-IT';

/** One date field of `count` consecutive days or months from `first`, lower case NFC, as CLDR writes it. */
function names(options: Intl.DateTimeFormatOptions, count: number, at: (i: number) => number): string[] {
  const format = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => format.format(at(i)).toLowerCase().normalize('NFC'));
}

/** Month names, January first (gennaio ... dicembre). */
export const MONTH_NAMES: readonly string[] = names({ month: 'long' }, 12, (i) => Date.UTC(2024, i, 1));
/** Short month names (gen, feb, ... dic). */
export const MONTH_SHORT_NAMES: readonly string[] = names({ month: 'short' }, 12, (i) => Date.UTC(2024, i, 1));
/** Weekday names, Monday first (lunedì ... domenica); 1 January 2024 was a Monday. */
export const WEEKDAY_NAMES: readonly string[] = names({ weekday: 'long' }, 7, (i) => Date.UTC(2024, 0, i + 1));

const parts = new Intl.NumberFormat(LOCALE).formatToParts(12345.6);
const decimal = parts.find((p) => p.type === 'decimal')?.value;
const group = parts.find((p) => p.type === 'group')?.value;

/** The decimal mark of Italian digits (1,5); CLDR's, checked against the two marks the reader knows. */
export const DECIMAL_MARK: '.' | ',' = decimal === '.' ? '.' : ',';
/** The thousands mark (12.345). */
export const GROUP_MARK: string = group && group !== DECIMAL_MARK ? group : '.';
