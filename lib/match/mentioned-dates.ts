import { nameLanguage } from '../names/languages.ts';

/** A date a text mentions, at whatever precision it gives. */
export interface MentionedDate {
  year: number | null;
  month: number | null;
  day: number | null;
  text: string;
  start: number;
  end: number;
}

/** Each UTF-16 unit folded (lower case, without diacritics), found once per unit; 0 until then. */
let foldedUnits: Uint16Array | null = null;

function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (code >= 0xd800 && code <= 0xdfff) return code;
  foldedUnits ??= new Uint16Array(65536);
  let folded = foldedUnits[code] ?? 0;
  if (folded === 0) {
    const ch = String.fromCharCode(code);
    const base = ch.toLowerCase().normalize('NFD')[0] ?? ch;
    folded = (base === 'đ' ? 'd' : base.length === 1 ? base : ch).charCodeAt(0);
    foldedUnits[code] = folded;
  }
  return folded;
}

/** Lower case without diacritics, one character for one, so that offsets into the result are offsets into the text. */
function foldSameLength(text: string): string {
  // Runs of units that fold to themselves are copied whole.
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII but capitals folds to itself: most units of most texts, passed without a call (dear in a fresh page).
    if (code < 0x80 && (code < 0x41 || code > 0x5a)) continue;
    const folded = foldUnit(code);
    if (folded !== code) {
      out += text.slice(last, i) + String.fromCharCode(folded);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
const NUMERIC = /(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/g;
const HAN_DATE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?/g;
const VI_DAY = /ngay\s{1,3}(\d{1,2})(?:\s{0,3}\/\s{0,3}|\s{1,3}thang\s{1,3})(\d{1,2})(?:(?:\s{0,3}\/\s{0,3}|\s{1,3}nam\s{1,3})(\d{4}))?/g;
const VI_MONTH = /thang\s{1,3}(\d{1,2})(?:(?:\s{0,3}\/\s{0,3}|\s{1,3}nam\s{1,3})(\d{4}))?/g;

const monthPatterns = new Map<string, { pattern: RegExp; months: Map<string, number> } | null>();

function monthPattern(lang: string) {
  const code = lang.toLowerCase().split('-')[0] ?? '';
  if (monthPatterns.has(code)) return monthPatterns.get(code) ?? null;
  const language = nameLanguage(code);
  const months = new Map<string, number>();
  language?.months.forEach((names, i) => names.forEach((name) => months.set(name, i + 1)));
  let entry = null;
  if (months.size) {
    const words = [...months.keys()].sort((a, b) => b.length - a.length).join('|');
    // [day[.] [de]] MONTH[.] [day[st]] [[,] [de|of] year]; every gap bounded, so the scan stays linear.
    const pattern = new RegExp(
      `(?:(?<![\\d.])(\\d{1,2})\\.?\\s{1,3}(?:de\\s{1,3})?)?(?<![\\p{L}])(${words})(?![\\p{L}])\\.?(?:\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?(?:,?\\s{1,3}(?:de\\s{1,3}|of\\s{1,3})?(\\d{4})(?!\\d))?`,
      'gu',
    );
    entry = { pattern, months };
  }
  monthPatterns.set(code, entry);
  return entry;
}

function valid(d: MentionedDate): boolean {
  if (d.month !== null && (d.month < 1 || d.month > 12)) return false;
  if (d.day !== null && (d.day < 1 || d.day > 31)) return false;
  if (d.year !== null && (d.year < 1900 || d.year > 2100)) return false;
  return true;
}

/**
 * Dates a text mentions with at least a month and a day or a year: "14 tháng 11 năm 2025", "2024年6月",
 * "August 2024", "14 de novembro de 2025", "14 ноября". A month alone ("in April") says too little to match on.
 */
export function mentionedDates(text: string, lang: string): MentionedDate[] {
  const folded = foldSameLength(text);
  const out: MentionedDate[] = [];
  const taken: Array<[number, number]> = [];
  const add = (m: RegExpExecArray, year: string | undefined, month: string | undefined, day: string | undefined) => {
    const start = m.index;
    const end = m.index + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) return;
    const date: MentionedDate = {
      year: year ? Number(year) : null,
      month: month ? Number(month) : null,
      day: day ? Number(day) : null,
      text: text.slice(start, end),
      start,
      end,
    };
    if (!valid(date) || (date.year === null && date.day === null)) return;
    taken.push([start, end]);
    out.push(date);
  };
  for (const m of text.matchAll(ISO)) add(m, m[1], m[2], m[3]);
  const monthFirst = (lang.toLowerCase().split('-')[0] ?? '') === 'en';
  for (const m of text.matchAll(NUMERIC)) add(m, m[3], monthFirst ? m[1] : m[2], monthFirst ? m[2] : m[1]);
  for (const m of text.matchAll(HAN_DATE)) add(m, m[1], m[2], m[3]);
  for (const m of folded.matchAll(VI_DAY)) add(m, m[3], m[2], m[1]);
  for (const m of folded.matchAll(VI_MONTH)) add(m, m[2], m[1], undefined);
  const names = monthPattern(lang);
  if (names) {
    for (const m of folded.matchAll(names.pattern)) {
      const month = names.months.get(m[2] ?? '');
      if (month !== undefined) add(m, m[4], String(month), m[1] ?? m[3]);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
