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

/** Folds full-width digits and punctuation to ASCII, one UTF-16 unit for one, so offsets stay the same. */
export function foldWidth(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0; // full-width ASCII block
    else if (c === 0x3000) r = 0x20; // ideographic space
    else if (c === 0x2212) r = 0x2d; // minus sign
    else if (c === 0x2019) r = 0x27; // ’ as in d’un, jusqu’à
    if (r >= 0) {
      out += text.slice(last, i) + String.fromCharCode(r);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
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
    const key = kind === 'word' ? (ascii ? raw.toLowerCase() : raw.toLowerCase().normalize('NFC')) : raw;
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
