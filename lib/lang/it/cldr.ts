/**
 * Italian calendar words and number marks from CLDR, through the Intl API every runtime ships (Node's full ICU, the
 * browsers'): the maintained source, rather than lists of our own.
 */
const LOCALE = 'it-IT';

/** Month names, January first, lower case as CLDR writes them (gennaio ... dicembre). */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, i, 1)).toLowerCase().normalize('NFC'));

/** Short month names as CLDR writes them (gen, feb, ... dic). */
export const MONTH_SHORT_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat(LOCALE, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, i, 1)).toLowerCase().normalize('NFC'));

/** Weekday names, Monday first (lunedì ... domenica). */
export const WEEKDAY_NAMES: readonly string[] = Array.from({ length: 7 }, (_, i) =>
  new Intl.DateTimeFormat(LOCALE, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, i + 1)).toLowerCase().normalize('NFC'));

const parts = new Intl.NumberFormat(LOCALE).formatToParts(12345.6);
const decimal = parts.find((p) => p.type === 'decimal')?.value;
const group = parts.find((p) => p.type === 'group')?.value;

/** The decimal mark of Italian digits (1,5); CLDR's, checked against the two marks the reader knows. */
export const DECIMAL_MARK: '.' | ',' = decimal === '.' ? '.' : ',';
/** The thousands mark (12.345). */
export const GROUP_MARK: string = group && group !== DECIMAL_MARK ? group : '.';
