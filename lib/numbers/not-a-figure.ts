import type { NumberMatch } from './types.ts';
import type { Phrases } from './phrases.ts';
import type { ReadContext } from './atoms.ts';
import type { Token } from './tokenize.ts';
import { wordSense } from './lexicon.ts';
import { blockPhrasesAndUrls } from './block-phrases.ts';

/**
 * Numbers that are not figures of a story: years, dates, times of day, identifiers (Uran-6, No. 5, 总第867期),
 * phone numbers and anything inside a URL. They are still returned, flagged, so that the figure layer can drop
 * them while the `numbers` command shows everything.
 */

function tokenIndexAt(ctx: ReadContext, offset: number): number {
  // Binary search: the token starting at offset.
  let lo = 0;
  let hi = ctx.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = (ctx.tokens[mid] as { start: number }).start;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function tokenEndingAt(ctx: ReadContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = (ctx.tokens[mid] as { end: number }).end;
    if (e === offset) return mid;
    if (e < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const DATE_SEP = new Set(['/', '-', '.']);

/** One match as the checks see it: its tokens and their neighbours. */
interface At {
  ctx: ReadContext;
  ph: Phrases;
  m: NumberMatch;
  first: number;
  last: number;
  ft: Token;
  digitsOnly: boolean;
  prevKey: string | undefined;
  nextKey: string | undefined;
}

type Reason = NonNullable<NumberMatch['notAFigure']>;

function key(a: At, t: number): string | undefined {
  return a.ctx.tokens[t]?.key;
}

function touching(a: At, t: number): boolean {
  const tk = a.ctx.tokens[t];
  return tk !== undefined && tk.start === tk.gapStart;
}

function gapSmall(a: At, t: number): boolean {
  const tk = a.ctx.tokens[t];
  return tk !== undefined && tk.start - tk.gapStart <= 2;
}

/** Times of day: 10:30, 9h30. */
function timeOfDay(a: At): Reason | null {
  const { first, last, ft } = a;
  const tokens = a.ctx.tokens;
  if (!a.digitsOnly) return null;
  const before = a.nextKey === ':' && touching(a, last + 1) && tokens[last + 2]?.kind === 'digits' && touching(a, last + 2) && key(a, last + 2)?.length === 2;
  const after = a.prevKey === ':' && touching(a, first) && tokens[first - 2]?.kind === 'digits' && touching(a, first - 1) && ft.key.length === 2 &&
    (key(a, first - 2) ?? 'xxx').length <= 2;
  return before || after ? 'time' : null;
}

/** Numeric dates: 14/11/2025, 2025-11-14, 14.11.2025, 8/2024. */
function numericDate(a: At): Reason | null {
  if (!a.digitsOnly) return null;
  const tokens = a.ctx.tokens;
  const { first, last } = a;
  const sepAfter = a.nextKey !== undefined && DATE_SEP.has(a.nextKey) && touching(a, last + 1) && tokens[last + 2]?.kind === 'digits' && touching(a, last + 2);
  const sepBefore = a.prevKey !== undefined && DATE_SEP.has(a.prevKey) && touching(a, first) && tokens[first - 2]?.kind === 'digits' && touching(a, first - 1);
  return (sepAfter || sepBefore) && dateChain(a.ctx, first) ? 'date' : null;
}

/** Phone numbers: +84 912 345 678, +1-222-2222-2222. */
function phone(a: At): Reason | null {
  return a.digitsOnly && inPhone(a.ctx, a.first) ? 'phone' : null;
}

/** Date words around: 2024年, 6月, 14日, tháng 8, 14 November, November 14, в 2024 году. */
function dateWords(a: At): Reason | null {
  const { ctx, ph, m, first, last } = a;
  const { text, tokens } = ctx;
  const after = ph.dateAfter.match(text, tokens, last + 1);
  if (after && gapSmall(a, last + 1) && Number.isInteger(m.value)) return m.value >= 1000 ? 'year' : 'date';
  const yearAfter = ph.yearAfter.match(text, tokens, last + 1);
  if (yearAfter && gapSmall(a, last + 1) && Number.isInteger(m.value) && m.value >= 1000 && m.value <= 2200) return 'year';
  const monthAfter = ph.months.match(text, tokens, last + 1);
  const monthBefore = ph.months.matchBefore(text, tokens, first);
  if (((monthAfter && gapSmall(a, last + 1)) || (monthBefore && gapSmall(a, first))) && a.digitsOnly && Number.isInteger(m.value) &&
    m.value >= 1 && (m.value <= 31 || (m.value >= 1000 && m.value <= 2200))) return m.value >= 1000 ? 'year' : 'date';
  return null;
}

/** Years: a four-digit number after "in", "năm", "em", ..., in parentheses, or after a name ("World Cup 2018"). */
function yearWords(a: At): Reason | null {
  const { ctx, ph, m, first, ft } = a;
  const { text, tokens } = ctx;
  if (!a.digitsOnly || ft.key.length !== 4 || m.value < 1000 || m.value > 2200 || m.text.includes(',') || m.text.includes('.')) return null;
  const yb = ph.yearBefore.matchBefore(text, tokens, first);
  const paren = a.prevKey === '(' && a.nextKey === ')';
  const prevTok = tokens[first - 1];
  const afterName = prevTok !== undefined && prevTok.kind === 'word' && gapSmall(a, first) && m.value >= 1900 && m.value <= 2100 &&
    /^\p{Lu}/u.test(text.slice(prevTok.start, prevTok.end)) && !lineStart(text, prevTok.start);
  const commaAfterMonth = a.prevKey === ',' && ph.months.matchBefore(text, tokens, first - 2) !== null;
  return (yb && gapSmall(a, first)) || paren || commaAfterMonth || afterName ? 'year' : null;
}

/** List numbering: "二、", "3) " or "1. " at the start of a line. */
function listNumber(a: At): Reason | null {
  const { text } = a.ctx;
  const { m, nextKey } = a;
  return a.first === a.last && m.text.length <= 3 && lineStart(text, m.start) && (nextKey === '、' || nextKey === ')' ||
    (nextKey === '.' && /\s/.test(text.charAt(m.end + 1)))) ? 'ordinal' : null;
}

/** Identifiers and ordinals marked by words: Uran-6, T-90, No. 5, 总第867期, 第十, #5. */
function markedCode(a: At): Reason | null {
  const { ctx, ph, first, last, ft } = a;
  const { text, tokens } = ctx;
  if (ph.codeBefore.matchBefore(text, tokens, first) && gapSmall(a, first)) return 'code';
  if (ph.ordinalBefore.matchBefore(text, tokens, first) && gapSmall(a, first)) return 'ordinal';
  if (a.prevKey === '-' && touching(a, first) && tokens[first - 2]?.kind === 'word' && touching(a, first - 1)) return 'code';
  if (tokens[first - 1]?.kind === 'word' && touching(a, first) && ft.kind === 'digits') return 'code';
  if (ph.codeAfter.match(text, tokens, last + 1) && gapSmall(a, last + 1)) return 'code';
  return a.prevKey === '#' && touching(a, first) ? 'code' : null;
}

/** The token before t ends a sentence or a line, or there is none: a capital there says nothing. */
function sentenceStart(ctx: ReadContext, t: number): boolean {
  const prev = ctx.tokens[t - 1];
  const tk = ctx.tokens[t];
  if (!prev || !tk) return true;
  return lineStart(ctx.text, tk.start) || (prev.kind === 'sym' && '.!?:;"“”«»()[]…—–-|'.includes(prev.key));
}

/**
 * A name that holds a number: FTSE 100, Xbox 360, PlayStation 4, Apollo 11, HTTP 412, OS X 10.10, Windows 11. Digits
 * right after a capitalised word that does not start a sentence and is no word the reader knows (months, bounds,
 * number words); not in a title-case line, where the word after the number is capitalised too ("Storm Kills 20 People").
 */
function nameWithNumber(a: At): Reason | null {
  const { ctx, ph, first, last, ft } = a;
  const { text, tokens } = ctx;
  const name = tokens[first - 1];
  if (ft.kind !== 'digits' || !name || name.kind !== 'word' || touching(a, first) || !gapSmall(a, first)) return null;
  const written = text.slice(name.start, name.end);
  // A capital anywhere: FTSE, Apollo, iPhone, eBay.
  if (!/\p{Lu}/u.test(written) || sentenceStart(ctx, first - 1)) return null;
  if (wordSense(ctx.lex, name.key) || ph.months.match(text, tokens, first - 1) || ph.boundsBefore.matchBefore(text, tokens, first) ||
    ph.rangeOpen.matchBefore(text, tokens, first) || ph.yearBefore.matchBefore(text, tokens, first)) return null;
  const next = tokens[last + 1];
  if (next && next.kind === 'word' && /^\p{Lu}/u.test(text.slice(next.start, next.end)) && gapSmall(a, last + 1)) return null;
  return 'code';
}

/** A score: "a 2-1 win", "lost 0-3": two small numbers joined by a dash, the first not below the second (5-10 is a range). */
function score(a: At): Reason | null {
  if (!a.digitsOnly || a.ft.key.length > 2) return null;
  const tokens = a.ctx.tokens;
  const small = (t: number) => tokens[t]?.kind === 'digits' && (tokens[t]?.key.length ?? 9) <= 2;
  const n = Number(a.ft.key);
  if (a.nextKey === '-' && touching(a, a.last + 1) && small(a.last + 2) && touching(a, a.last + 2) &&
    n >= Number(tokens[a.last + 2]?.key)) return 'code';
  if (a.prevKey === '-' && touching(a, a.first) && small(a.first - 2) && touching(a, a.first - 1) &&
    Number(tokens[a.first - 2]?.key) >= n) return 'code';
  return null;
}

const CHECKS: readonly ((a: At) => Reason | null)[] = [timeOfDay, numericDate, phone, dateWords, yearWords, listNumber, markedCode,
  nameWithNumber, score];

/**
 * Fractions that are not shares: a counter written "1 / 5" (a slideshow, a page), and a month and day written
 * like one (9/11, 7/7): a number up to 12 over one from 11 to 31, or over itself.
 */
function counterOrDay(m: NumberMatch): Reason | null {
  const parts = /^(\d{1,2})(\s*)\/(\s*)(\d{1,2})$/.exec(m.text);
  if (!parts) return null;
  const num = Number(parts[1]);
  const den = Number(parts[4]);
  if (parts[2] && parts[3] && num >= 1 && num <= den) return 'code';
  if (!parts[2] && !parts[3] && num >= 1 && num <= 12 && ((den >= 11 && den <= 31 && num < den) || num === den)) return 'date';
  return null;
}

function flag(ctx: ReadContext, ph: Phrases, out: NumberMatch[], urls: Uint8Array): void {
  const { tokens } = ctx;
  for (const m of out) {
    const first = tokenIndexAt(ctx, m.start);
    const last = tokenEndingAt(ctx, m.end);
    if (first < 0 || last < 0) continue;
    if (urls[first]) {
      m.notAFigure = 'url';
      continue;
    }
    if (m.kind === 'fraction') {
      const reason = counterOrDay(m);
      if (reason) m.notAFigure = reason;
      continue;
    }
    const ft = tokens[first];
    if (m.kind !== 'number' || !ft || !tokens[last]) continue;
    const a: At = { ctx, ph, m, first, last, ft, digitsOnly: ft.kind === 'digits' && first === last, prevKey: tokens[first - 1]?.key,
      nextKey: tokens[last + 1]?.key };
    for (const check of CHECKS) {
      const reason = check(a);
      if (reason) {
        m.notAFigure = reason;
        break;
      }
    }
  }
}

/** Only spaces between the line's start and offset i. */
function lineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0x3000) return false;
  }
  return true;
}

/** Digits joined by / - . into two or three parts that can be a day, a month and a year. */
function dateChain(ctx: ReadContext, t: number): boolean {
  const { tokens } = ctx;
  // Walk back to the chain's start.
  let s = t;
  while (s >= 2 && DATE_SEP.has(tokens[s - 1]?.key ?? '') && tokens[s - 2]?.kind === 'digits' &&
    tokens[s]?.start === tokens[s]?.gapStart && tokens[s - 1]?.start === tokens[s - 1]?.gapStart && t - s < 6) s -= 2;
  const parts: string[] = [tokens[s]?.key ?? ''];
  const seps: string[] = [];
  let k = s;
  while (DATE_SEP.has(tokens[k + 1]?.key ?? '') && tokens[k + 2]?.kind === 'digits' && tokens[k + 1]?.start === tokens[k + 1]?.gapStart &&
    tokens[k + 2]?.start === tokens[k + 2]?.gapStart && parts.length < 4) {
    seps.push(tokens[k + 1]?.key ?? '');
    parts.push(tokens[k + 2]?.key ?? '');
    k += 2;
  }
  if (parts.length < 2 || parts.length > 3) return false;
  if (new Set(seps).size !== 1) return false;
  const isYear = (p: string): boolean => p.length === 4 && Number(p) >= 1000 && Number(p) <= 2200;
  const isDayMonth = (p: string): boolean => p.length <= 2 && Number(p) >= 1 && Number(p) <= 31;
  if (parts.length === 3) {
    const [a, b, c] = parts as [string, string, string];
    if (isYear(a) && isDayMonth(b) && isDayMonth(c)) return true; // 2025-11-14
    if (isDayMonth(a) && isDayMonth(b) && (isYear(c) || c.length === 2)) return true; // 14/11/2025
    return false;
  }
  const [a, b] = parts as [string, string];
  if (seps[0] === '.') return false; // 1.5 is not a date
  if (isYear(a) && isDayMonth(b) && Number(b) <= 12) return true; // 1995-01, 2025/11
  if (isDayMonth(a) && Number(a) <= 12 && isYear(b)) return true; // 8/2024
  return false;
}

/** Part of a phone number: starts with + or (0, at least three groups, eight digits or more. */
function inPhone(ctx: ReadContext, t: number): boolean {
  const { tokens } = ctx;
  let s = t;
  const sep = (k: number): boolean => {
    const tk = tokens[k];
    return tk !== undefined && (tk.key === '-' || tk.key === '.' || tk.key === '/' || tk.key === ')' || tk.key === '(');
  };
  // Back up over digit groups separated by one separator or one space.
  for (let guard = 0; guard < 8; guard++) {
    const p = tokens[s - 1];
    if (p && sep(s - 1) && tokens[s - 2]?.kind === 'digits' && (tokens[s]?.start ?? 0) - (tokens[s]?.gapStart ?? 0) <= 1) s -= 2;
    else if (p && p.kind === 'digits' && (tokens[s]?.start ?? 0) - (tokens[s]?.gapStart ?? 0) === 1) s -= 1;
    else break;
  }
  let e = t;
  for (let guard = 0; guard < 8; guard++) {
    const n = tokens[e + 1];
    if (n && sep(e + 1) && tokens[e + 2]?.kind === 'digits' && (tokens[e + 2]?.start ?? 0) - (tokens[e + 2]?.gapStart ?? 0) <= 1) e += 2;
    else if (n && n.kind === 'digits' && n.start - n.gapStart === 1) e += 1;
    else break;
  }
  let digits = 0;
  let groups = 0;
  for (let k = s; k <= e; k++) {
    if (tokens[k]?.kind === 'digits') {
      digits += (tokens[k]?.key ?? '').length;
      groups++;
    }
  }
  const lead = tokens[s - 1]?.key;
  return groups >= 3 && digits >= 8 && (lead === '+' || lead === '(' || (tokens[s]?.key ?? '').startsWith('0'));
}

export const markNotFigures = { blockPhrasesAndUrls, flag };
