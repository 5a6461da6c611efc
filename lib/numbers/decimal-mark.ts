import type { NumberLanguage } from '../lang/number-words.ts';

export type DecimalMark = '.' | ',';

/** Clock times read like decimals ("a las 3.57 horas", "20,30"): an hour, one mark and two digits below 60. */
const CLOCK = /^([01]?\d|2[0-4])[.,][0-5]\d$/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const CURRENCY = /\p{Sc}/u;
const SPACE = /\s/u;

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A character that may stand before a numeral: none (the text's start), or neither letter, number, point nor comma. */
function opensAt(text: string, i: number, from: number): boolean {
  if (i < 0) return true;
  if (i < from) return false;
  const ch = text[i] as string;
  return ch !== '.' && ch !== ',' && !LETTER_OR_NUMBER.test(ch);
}

/**
 * Digits joined by points or commas ("1.234,5", "3.37"), with a currency sign before or a percent sign after: a
 * numeral as written, before any reading. One pass over the text by character code; a numeral glued to a letter
 * ("12.5km") keeps its groups up to its last mark ("1.234,5km": "1.234"), as a regular expression with a lookahead
 * would read it.
 */
function* numerals(text: string): Generator<{ numeral: string; money: boolean; percent: boolean }> {
  const n = text.length;
  // Where the last numeral ended: a numeral needs its own character before it.
  let from = 0;
  let i = 0;
  while (i < n) {
    if (!isDigitAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isDigitAt(text, i)) i++;
    let end = i;
    let previous = -1;
    let groups = 0;
    while (i + 1 < n && (text[i] === '.' || text[i] === ',') && isDigitAt(text, i + 1)) {
      i++;
      while (i < n && isDigitAt(text, i)) i++;
      previous = end;
      end = i;
      groups++;
    }
    if (groups === 0) continue;
    if (end < n && LETTER_OR_NUMBER.test(text[end] as string)) {
      if (groups === 1) continue;
      end = previous;
    }
    // A currency sign, and one space, before the digits.
    let money = false;
    let sign = start - 1;
    if (sign >= 0 && SPACE.test(text[sign] as string) && sign - 1 >= 0 && CURRENCY.test(text[sign - 1] as string)) sign--;
    if (sign >= 0 && CURRENCY.test(text[sign] as string) && opensAt(text, sign - 1, from)) money = true;
    else if (!opensAt(text, start - 1, from)) continue;
    let after = end;
    let percent = false;
    if (end === i) {
      if (text[after] === '%') after++;
      else if (after + 1 < n && SPACE.test(text[after] as string) && text[after + 1] === '%') after += 2;
      percent = after > end;
    }
    from = after;
    i = Math.max(i, after);
    yield { numeral: text.slice(start, end), money, percent };
  }
}

/**
 * The mark that writes a decimal in this text, from its unambiguous numerals: both marks in one numeral
 * ("1.234,5", "1,234.5": the last one is the decimal), one mark repeated between groups of three ("12,345,678":
 * a group mark, so the other is the decimal), one mark followed by other than three digits ("3.37", "44,3": the
 * decimal; clock times, dates and versions left out), one mark before three digits ending in "00" ("1,200": a group
 * mark). Null without evidence or when the evidence is split; the language's
 * own mark then stays. Mexican and US Spanish write "1,200" and "3.37" where Spain writes "1.200" and "3,37".
 */
export function documentDecimalMark(text: string): DecimalMark | null {
  let point = 0;
  let comma = 0;
  const vote = (mark: string) => (mark === '.' ? point++ : comma++);
  for (const { numeral, percent, money } of numerals(text)) {
    const marks = numeral.replace(/\d/g, '');
    const groups = numeral.split(/[.,]/);
    const hasPoint = marks.includes('.');
    const hasComma = marks.includes(',');
    if (hasPoint && hasComma) {
      // One decimal at the end, groups of three before it: "1.234.567,89".
      const last = marks[marks.length - 1] as string;
      if (marks.indexOf(last) === marks.length - 1 && groups.slice(1, -1).every((g) => g.length === 3)) vote(last);
      continue;
    }
    if (marks.length > 1) {
      // "12,345,678" groups thousands; "1.2.2020", "1.2.3" are dates and versions.
      if (groups.slice(1).every((g) => g.length === 3) && (groups[0] as string).length <= 3) vote(hasPoint ? ',' : '.');
      continue;
    }
    const frac = groups[1] as string;
    // Three digits ending in "00" group thousands ("1,200", "3.000"): nobody writes 1.2 as "1,200".
    if (frac.length === 3 && frac.endsWith('00')) {
      vote(marks === '.' ? ',' : '.');
      continue;
    }
    // Other three digits may be either; four or more only after a zero ("0.1234"), else a code or a phone number;
    // a zero fraction is a version or a label ("4.0", "RSS 2.0").
    if (frac.length === 3 || (frac.length > 3 && groups[0] !== '0') || /^0+$/.test(frac)) continue;
    // A time of day looks like a decimal unless a percent sign follows or a currency sign comes before.
    if (CLOCK.test(numeral) && !percent && !money) continue;
    vote(marks);
  }
  // One mark must clearly win: three votes to one at least.
  if (point > 0 && point >= 3 * comma) return '.';
  if (comma > 0 && comma >= 3 * point) return ',';
  return null;
}

const swapped = new WeakMap<NumberLanguage, NumberLanguage>();

/**
 * The language's number data reading digits with the given decimal mark: the other mark then groups thousands
 * ("1,200" is 1200 and "3.370" 3.37 with a point). The same object when the mark is already the language's own.
 */
export function withDecimalMark(lang: NumberLanguage, mark: DecimalMark | null | undefined): NumberLanguage {
  if (mark === null || mark === undefined || mark === lang.decimalMark) return lang;
  let other = swapped.get(lang);
  if (!other) {
    const group = mark === '.' ? ',' : '.';
    other = {
      ...lang,
      decimalMark: mark,
      groupMarks: [...lang.groupMarks.filter((g) => g !== group && g !== mark), group],
    };
    swapped.set(lang, other);
  }
  return other;
}
