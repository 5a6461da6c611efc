/**
 * Splits text into the tokens the number reader works on: runs of letters, single Han characters, runs of
 * digits and single other characters. Offsets are the original text's UTF-16 indices (the text is only
 * normalised character for character, so offsets never shift). Linear in the text's length.
 */

import { HAN as HAN_CLASS, LETTER as LETTER_CLASS, MARK, unitClasses } from '../lang/unit-classes.ts';

export type TokenKind = 'word' | 'han' | 'digits' | 'sym';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Lower case, NFC, full-width forms folded: the key to look words up by. */
  key: string;
  /** Index of the first character of the gap before this token (the previous token's end). */
  gapStart: number;
}

/** Characters foldWidth replaces: the full-width ASCII block, the ideographic space, − and ’. */
const WIDE = /[\uff01-\uff5e\u3000\u2212\u2019]/g;

function narrow(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x3000) return ' '; // ideographic space
  if (code === 0x2212) return '-'; // minus sign
  if (code === 0x2019) return "'"; // ’ as in d’un, jusqu’à
  return String.fromCharCode(code - 0xfee0); // full-width ASCII block
}

/**
 * Folds full-width digits and punctuation to ASCII, one UTF-16 unit for one, so offsets stay the same. A regular
 * expression finds them, natively: in Chromium a loop over every unit here bailed out of its optimised code after the
 * loop on every call for the first dozens of calls (code after a loop first run in one long call has no type feedback).
 */
export function foldWidth(text: string): string {
  return text.replace(WIDE, narrow);
}

const LETTER = /[\p{L}\p{M}]/u;
const HAN = /[\p{Script=Han}〇]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200a ||
    c === 0x2007 || c === 0x200b || c === 0x200e || c === 0x200f || c === 0xfeff || c === 0x2060 || c === 0x3000 ||
    c === 0x2002 || c === 0x2003 || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c;
}

/** HAN of one unit: the Han script, and 〇. */
function isHanUnit(c: number, classes: number): boolean {
  return (classes & HAN_CLASS) !== 0 || c === 0x3007;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2)) && !HAN.test(text.slice(i, i + 2));
  const classes = unitClasses(c);
  return (classes & (LETTER_CLASS | MARK)) !== 0 && !isHanUnit(c, classes);
}

function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x2e80) return false;
  if (c >= 0xd800 && c <= 0xdbff) return HAN.test(text.slice(i, i + 2));
  return isHanUnit(c, unitClasses(c));
}

/** Letters whose words are their own NFC form (see inertLower): Latin, Latin Extended, Vietnamese, Cyrillic. */
export const INERT_RANGES: readonly (readonly [number, number])[] = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x400, 0x4ff], [0x1e00, 0x1eff]];
const NOT_INERT = 0xffff;
let inertLowers: Uint16Array | null = null;

/**
 * The lower case of a unit whose words need no NFC normalising, or NOT_INERT: letters of INERT_RANGES (no mark, none
 * that composes with the letter before it: tested) whose lower case is one such letter too. Found once per unit.
 */
export function inertLower(unit: number): number {
  inertLowers ??= new Uint16Array(65536);
  let lower = inertLowers[unit] ?? 0;
  if (lower === 0) {
    lower = NOT_INERT;
    const ch = String.fromCharCode(unit);
    const low = ch.toLowerCase();
    const inside = (u: number) => INERT_RANGES.some(([from, to]) => u >= from && u <= to) && u !== 0xd7 && u !== 0xf7;
    if (inside(unit) && low.length === 1 && inside(low.charCodeAt(0)) && (unitClasses(unit) & MARK) === 0) lower = low.charCodeAt(0);
    inertLowers[unit] = lower;
  }
  return lower;
}

/**
 * A word's key: lower case, NFC. Words of Latin and Cyrillic letters are their own NFC form, and lower-case letter by
 * letter: most are keyed without ICU (lower-casing Cyrillic and normalising cost more than the rest of tokenizing).
 */
function wordKey(raw: string): string {
  let changed = false;
  for (let k = 0; k < raw.length; k++) {
    const unit = raw.charCodeAt(k);
    const lower = inertLower(unit);
    if (lower === NOT_INERT) return raw.toLowerCase().normalize('NFC');
    if (lower !== unit) changed = true;
  }
  if (!changed) return raw;
  let out = '';
  for (let k = 0; k < raw.length; k++) out += String.fromCharCode(inertLower(raw.charCodeAt(k)));
  return out;
}

/** Tokenizes an already width-folded text. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  const n = folded.length;
  let i = 0;
  let prevEnd = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let kind: TokenKind;
    let end: number;
    let ascii = false;
    if (isDigit(c)) {
      kind = 'digits';
      end = i + 1;
      while (end < n && isDigit(folded.charCodeAt(end))) end++;
    } else if (isHanAt(folded, i)) {
      kind = 'han';
      end = i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
    } else if (isLetterAt(folded, i)) {
      kind = 'word';
      end = i + 1;
      ascii = c < 128;
      while (end < n && isLetterAt(folded, end)) {
        if (folded.charCodeAt(end) >= 128) ascii = false;
        end++;
      }
    } else {
      kind = 'sym';
      end = i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
    }
    const raw = folded.slice(i, end);
    // ASCII letters are their own NFC form.
    const key = kind === 'word' ? (ascii ? raw.toLowerCase() : wordKey(raw)) : raw;
    tokens.push({ kind, start: i, end, key, gapStart: prevEnd });
    prevEnd = end;
    i = end;
  }
  return tokens;
}

/** True when the gap before token t is only spaces (at most one line break). */
export function gapIsSpace(text: string, tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t];
  if (!tok) return false;
  let breaks = 0;
  for (let i = tok.gapStart; i < tok.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    if (breaks > 1) return false;
  }
  return true;
}

/** Length of the gap before token t. */
export function gapLength(tokens: readonly Token[], t: number): number {
  const tok = tokens[t];
  return tok ? tok.start - tok.gapStart : 0;
}
