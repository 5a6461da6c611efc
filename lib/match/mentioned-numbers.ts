import { isReadLanguage } from '../model/language.ts';
import { numberLanguage } from '../lang/number-languages.ts';
import type { DecimalMark } from '../numbers/decimal-mark.ts';

/** A number written in digits, with its value read by the language's separators. */
export interface MentionedNumber {
  value: number;
  text: string;
  start: number;
  end: number;
  /** Four digits between 1900 and 2100, with no separator: most likely a year. */
  year: boolean;
}

/** Languages Parallax does not read whose decimal mark is a point (and thousands separator a comma). */
const POINT_DECIMAL = new Set(['ja', 'ko', 'th', 'he', 'hi']);

/** The language's own decimal mark: a read language's number data says it. */
function languageMark(lang: string): DecimalMark {
  const code = lang.toLowerCase().split('-')[0] ?? '';
  if (isReadLanguage(code)) return numberLanguage(code).decimalMark;
  return POINT_DECIMAL.has(code) ? '.' : ',';
}

/** Han multipliers after digits: 1万4000, 3.5亿, 1千多. */
const HAN_SCALE: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 千: 1e3 };
/** Scale words after digits ("1,5 milhão", "14 triệu", "3 млрд"): values must meet across languages. */
const SCALE_WORD =
  /^[ \u00a0]{0,2}(million|millions|milhão|milhões|millón|millones|millionen|milliarden|milliarde|milliards|milliard|billion|billions|bilhão|bilhões|milione|milioni|miliardo|miliardi|mila|thousand|thousands|mil|triệu|tỷ|nghìn|ngàn|миллиард\p{L}*|млрд|миллион\p{L}*|млн|тысяч\p{L}*|тыс)(?![\p{L}])/iu;
const SCALE_VALUE: Readonly<Record<string, number>> = {
  million: 1e6, millions: 1e6, milhão: 1e6, milhões: 1e6, millón: 1e6, millones: 1e6, millionen: 1e6, triệu: 1e6,
  milliarden: 1e9, milliarde: 1e9, milliards: 1e9, milliard: 1e9, billion: 1e9, billions: 1e9, bilhão: 1e9,
  bilhões: 1e9, tỷ: 1e9, thousand: 1e3, thousands: 1e3, mil: 1e3, nghìn: 1e3, ngàn: 1e3, milione: 1e6, milioni: 1e6,
  miliardo: 1e9, miliardi: 1e9, mila: 1e3,
};

function scaleWordValue(word: string): number {
  const lower = word.toLowerCase();
  if (lower.startsWith('миллиард') || lower === 'млрд') return 1e9;
  if (lower.startsWith('миллион') || lower === 'млн') return 1e6;
  if (lower.startsWith('тыс')) return 1e3;
  return SCALE_VALUE[lower] ?? 1;
}

const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/**
 * Every number a text writes in digits, in one linear pass: "14.000" (vi, pt) and "14,000" (en) are 14000,
 * "1万4000" is 14000, "6,5" (pt) is 6.5; `mark`, the decimal mark the text itself writes, overrides the language's.
 * Numbers glued to letters (Uran-6, A320) are skipped: model names.
 */
export function mentionedNumbers(text: string, lang: string, mark: DecimalMark | null = null): MentionedNumber[] {
  const decimal = mark ?? languageMark(lang);
  const group = decimal === '.' ? ',' : '.';
  const out: MentionedNumber[] = [];
  let i = 0;
  const n = text.length;
  // '' outside the text: a read past either end made the optimised loop give up its code ("out of bounds") each time.
  const at = (k: number): string => (k >= 0 && k < n ? (text[k] as string) : '');
  while (i < n) {
    // Most characters are no digit: skip them by code, without a string each.
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) {
      i++;
      continue;
    }
    const start = i;
    const before = at(start - 1);
    while (isDigit(at(i))) i++;
    let digits = text.slice(start, i);
    let grouped = false;
    // Thousands groups: a separator followed by exactly three digits.
    for (;;) {
      const sep = at(i);
      if ((sep === group || GROUP_SPACES.has(sep)) && isDigit(at(i + 1)) && isDigit(at(i + 2)) && isDigit(at(i + 3)) && !isDigit(at(i + 4))) {
        digits += text.slice(i + 1, i + 4);
        grouped = true;
        i += 4;
      } else break;
    }
    let value = Number(digits);
    if ((at(i) === decimal || at(i) === '.') && isDigit(at(i + 1))) {
      let j = i + 1;
      while (isDigit(at(j))) j++;
      value = Number(`${digits}.${text.slice(i + 1, j)}`);
      i = j;
    }
    const scale = HAN_SCALE[at(i)];
    if (scale) {
      value *= scale;
      i++;
      // 1万4000: the rest of the number follows the multiplier.
      let j = i;
      while (isDigit(at(j))) j++;
      const rest = Number(text.slice(i, j));
      if (j > i && rest < scale) {
        value += rest;
        i = j;
      }
    }
    const word = scale ? null : SCALE_WORD.exec(text.slice(i, i + 16));
    if (word?.[1]) value *= scaleWordValue(word[1]);
    const after = word ? '' : at(i);
    if (/[\p{L}]/u.test(before) && !/[\p{sc=Han}]/u.test(before)) continue;
    if (before === '-' && /[\p{L}]/u.test(at(start - 2))) continue;
    if (/[\p{L}]/u.test(after) && !/[\p{sc=Han}]/u.test(after) && !scale) {
      // "5km", "85mph" are quantities; "A320b" is a code. Only units glued to the number pass.
      if (!/^(?:km|m|kg|mph|gw|mw|kw|bn|m|k|t)\b/i.test(text.slice(i, i + 4))) continue;
    }
    if (!Number.isFinite(value)) continue;
    if (word) i += word[0].length;
    out.push({
      value,
      text: text.slice(start, i),
      start,
      end: i,
      year: !grouped && !scale && !word && digits.length === 4 && value >= 1900 && value <= 2100 && !text.slice(start, i).includes('.'),
    });
  }
  return out;
}
