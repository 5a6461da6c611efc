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
/** ' ’ - ‐ ‑ */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011;
}
/** · ・ ‧ • */
function isHanSeparator(c: number): boolean {
  return c === 0xb7 || c === 0x30fb || c === 0x2027 || c === 0x2022;
}
const ELISION = /^(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;
/** Italian articles and prepositions elided before a name: dell'Egitto, all'Onu, nell'Unione, un'Italia. */
const ELISION_BEFORE_CAPITAL = /^(?:dell|dall|nell|sull|all|coll|quell|un)['’](?=\p{Lu})/iu;
const POSSESSIVE = /['’]s$/u;
/** . ! ? 。 ！ ？ : ： ; ； \n … */
function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x0a || c === 0x3002 || c === 0xff01 ||
    c === 0xff1f || c === 0xff1a || c === 0xff1b || c === 0x2026;
}

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
    const unit = text.charCodeAt(i);
    const code = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) ?? unit) : unit;
    const width = code > 0xffff ? 2 : 1;
    if (isHan(code)) {
      const start = i;
      let j = i + width;
      while (j < n) {
        const c = text.codePointAt(j) ?? 0;
        if (isHan(c)) j += c > 0xffff ? 2 : 1;
        else if (isHanSeparator(text.charCodeAt(j)) && isHan(text.codePointAt(j + 1) ?? 0)) j += 1;
        else break;
      }
      tokens.push({ kind: 'han', text: text.slice(start, j), start, end: j, initial: false, capitalized: false, joined: false });
      i = j;
      sentenceStart = false;
      gapOnlySpaces = true;
      continue;
    }
    if (isLetterUnit(unit)) {
      const start = i;
      let j = i + width;
      while (j < n) {
        const c = text.charCodeAt(j);
        // A lone unit that is a letter is no high surrogate: one step; a surrogate pair is read as one character.
        if (isLetterUnit(c)) j += 1;
        else if (c >= 0xd800 && c <= 0xdbff && isLetter(text.slice(j, j + 2))) j += 2;
        else if (isJoiner(c) && isLetterUnit(text.charCodeAt(j + 1))) j += 1;
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
        const elision = ELISION.exec(word) ?? ELISION_BEFORE_CAPITAL.exec(word);
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
    if (isSentenceEnd(unit)) sentenceStart = true;
    else if (unit >= 0x30 && unit <= 0x39) sentenceStart = false;
    if (unit !== 0x20 && unit !== 0xa0 && unit !== 0x2d && unit !== 0x09) gapOnlySpaces = false;
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
    const heading = t - first <= 20 && long >= 3 && capital / long >= 0.8 && !endsWithStop(text, lineStart, lineEnd);
    if (heading) {
      for (let k = first; k < t; k++) {
        const token = tokens[k];
        if (token) token.initial = true;
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** The line ends with . ! ? 。 ！ or ？, white space after it aside (as /[.!?。！？]\s*$/ reads it). */
function endsWithStop(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && /\s/.test(text[i - 1] as string)) i--;
  if (i === from) return false;
  const c = text.charCodeAt(i - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}
