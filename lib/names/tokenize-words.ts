import { LETTER as LETTER_CLASS, MARK, UPPER as UPPER_CLASS, unitClasses } from '../lang/unit-classes.ts';

/** A word of an alphabetic script, or a run of Han characters, with where it stands. */
export interface WordToken {
  kind: 'word' | 'han';
  text: string;
  start: number;
  end: number;
  /** Starts a sentence, a line or a Title Case heading: its capital letter says nothing about it being a name. */
  initial: boolean;
  capitalized: boolean;
  /** Nothing but spaces or hyphens between this token and the previous one. */
  joined: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const JOINERS = new Set(["'", '’', '-', '‐', '‑']);
const HAN_SEPARATORS = new Set(['·', '・', '‧', '•', '•']);
const ELISION = /^(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;
const POSSESSIVE = /['’]s$/u;
const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？', ':', '：', ';', '；', '\n', '…']);

function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x2ffff)
  );
}

/** One UTF-16 unit (NaN past the end: no letter) is a letter of an alphabetic script. */
function isLetterUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return (unitClasses(code) & (LETTER_CLASS | MARK)) !== 0 && !isHan(code);
}

function isLetter(ch: string): boolean {
  if (ch.length === 1) return isLetterUnit(ch.charCodeAt(0));
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(ch) && !isHan(ch.codePointAt(0) ?? 0);
}

/**
 * Words and Han runs of a text, in one linear pass. Dotted acronyms ("U.S.", "EE.UU.") come out as one word
 * without dots; English possessives and French elisions are taken off ("Pyongyang’s" -> "Pyongyang").
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let sentenceStart = true;
  let gapOnlySpaces = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] ?? '';
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (isHan(code)) {
      const start = i;
      let j = i + width;
      while (j < n) {
        const c = text.codePointAt(j) ?? 0;
        if (isHan(c)) j += c > 0xffff ? 2 : 1;
        else if (HAN_SEPARATORS.has(text[j] ?? '') && isHan(text.codePointAt(j + 1) ?? 0)) j += 1;
        else break;
      }
      tokens.push({ kind: 'han', text: text.slice(start, j), start, end: j, initial: false, capitalized: false, joined: false });
      i = j;
      sentenceStart = false;
      gapOnlySpaces = true;
      continue;
    }
    if (isLetterUnit(text.charCodeAt(i))) {
      const start = i;
      let j = i + width;
      while (j < n) {
        const c = text.charCodeAt(j);
        // A lone unit that is a letter is no high surrogate: one step; a surrogate pair is read as one character.
        if (isLetterUnit(c)) j += 1;
        else if (c >= 0xd800 && c <= 0xdbff && isLetter(text.slice(j, j + 2))) j += 2;
        else if (JOINERS.has(text[j] ?? '') && isLetterUnit(text.charCodeAt(j + 1))) j += 1;
        else break;
      }
      let word = text.slice(start, j);
      let end = j;
      // Dotted acronyms: U.S., EE.UU., U.K.
      if (word.length <= 2 && text[j] === '.' && UPPER.test(word) && word === word.toUpperCase()) {
        let k = start;
        let acronym = '';
        while (k < n) {
          const m = /^(\p{Lu}{1,2})\./u.exec(text.slice(k, k + 3));
          if (!m || !m[1]) break;
          acronym += m[1];
          k += m[0].length;
        }
        if (acronym.length > word.length) {
          word = acronym;
          end = k;
          j = k;
        }
      }
      let wordStart = start;
      // Elisions and possessives need an apostrophe: most words have none, and skip both patterns.
      if (word.includes("'") || word.includes('’')) {
        const elision = ELISION.exec(word);
        if (elision) {
          word = word.slice(elision[0].length);
          wordStart += elision[0].length;
        }
        if (POSSESSIVE.test(word)) word = word.slice(0, -2);
      }
      if (word) {
        tokens.push({
          kind: 'word',
          text: word,
          start: wordStart,
          end,
          initial: sentenceStart,
          capitalized: (unitClasses(word.charCodeAt(0)) & UPPER_CLASS) !== 0,
          joined: gapOnlySpaces && tokens.length > 0,
        });
      }
      i = j;
      sentenceStart = false;
      gapOnlySpaces = true;
      continue;
    }
    if (SENTENCE_END.has(ch)) sentenceStart = true;
    else if (ch >= '0' && ch <= '9') sentenceStart = false;
    if (ch !== ' ' && ch !== '\u00a0' && ch !== '-' && ch !== '\t') gapOnlySpaces = false;
    i += width;
  }
  markTitleCaseLines(text, tokens);
  return tokens;
}

/** In a heading Written Like This, every capital is typographic: treat its words as sentence-initial. */
function markTitleCaseLines(text: string, tokens: WordToken[]): void {
  let lineStart = 0;
  let t = 0;
  while (lineStart <= text.length && t < tokens.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = t;
    let long = 0;
    let capital = 0;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < lineEnd) {
      const token = tokens[t];
      if (token && token.kind === 'word' && token.text.length >= 4) {
        long++;
        if (token.capitalized) capital++;
      }
      t++;
    }
    // A heading is short and ends without a full stop; a sentence full of names is no heading.
    const heading = !/[.!?。！？]\s*$/u.test(text.slice(lineStart, lineEnd)) && t - first <= 20;
    if (heading && long >= 3 && capital / long >= 0.8) {
      for (let k = first; k < t; k++) {
        const token = tokens[k];
        if (token) token.initial = true;
      }
    }
    lineStart = lineEnd + 1;
  }
}
