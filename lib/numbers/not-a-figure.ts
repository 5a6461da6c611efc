import type { NumberMatch } from './types.ts';
import type { Phrases } from './phrases.ts';
import type { ReadContext } from './atoms.ts';
import type { Token } from './tokenize.ts';
import type { NumberWord } from '../lang/number-words.ts';
import { wordSense } from './lexicon.ts';

/**
 * Numbers that are not figures of a story: years, dates, times of day, identifiers (Uran-6, No. 5, 总第867期),
 * phone numbers and anything inside a URL. They are still returned, flagged, so that the figure layer can drop
 * them while the `numbers` command shows everything.
 */

const URL_OPENER = /[hHwW@]/g;
const URL_START = /(?:https?:\/\/|www\.|[\w.+-]+@[\w-]+\.)/giy;

function isUrlChar(c: number): boolean {
  // Anything but spaces, quotes and brackets that end a URL in prose.
  return c > 32 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 0x201d && c !== 0x3001 && c !== 0x3002 &&
    c !== 0xff0c && c < 0x3000;
}

/**
 * URL and e-mail spans, in one pass. A function of its own: in Chromium, code after a long loop that V8 optimised in
 * the middle of its first run had no type feedback, and left the optimised code on every call.
 */
function urlSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    // Only h, w and @ start one: found natively, not unit by unit.
    URL_OPENER.lastIndex = i;
    if (!URL_OPENER.test(text)) break;
    i = URL_OPENER.lastIndex - 1;
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (c !== 64 && isUrlChar(prev) && /[\w]/.test(String.fromCharCode(prev))) continue;
    let startAt = i;
    if (c === 64) {
      // e-mail: back up over the local part.
      while (startAt > 0 && /[\w.+-]/.test(text[startAt - 1] as string)) startAt--;
      if (startAt === i) continue;
    } else {
      URL_START.lastIndex = i;
      if (!URL_START.test(text)) continue;
    }
    let end = i;
    while (end < text.length && isUrlChar(text.charCodeAt(end))) end++;
    // Trailing punctuation belongs to the sentence.
    while (end > i && /[.,;:!?)]/.test(text[end - 1] as string)) end--;
    spans.push([startAt, end]);
    i = end;
  }
  return spans;
}

/** Marks tokens inside URLs (returned) and inside phrases where number words are not numbers (blocked). */
function blockPhrasesAndUrls(ctx: ReadContext, ph: Phrases): Uint8Array {
  const { text, tokens } = ctx;
  const urls = new Uint8Array(tokens.length);
  const spans = urlSpans(text);
  if (spans.length) {
    let s = 0;
    for (let t = 0; t < tokens.length; t++) {
      const tk = tokens[t] as { start: number };
      while (s < spans.length && (spans[s] as [number, number])[1] <= tk.start) s++;
      const span = spans[s];
      if (span && tk.start >= span[0] && tk.start < span[1]) urls[t] = 1;
    }
  }
  // Phrases like 一切, 四川, "this one": their tokens never start or join a number.
  for (let t = 0; t < tokens.length; t++) {
    const m = ph.notNumbers.match(text, tokens, t);
    if (!m) continue;
    // 万一 is "in case", but 一百零一万一千 is a number: a phrase next to more of a number is not blocked.
    const next = tokens[m.to];
    const prev = tokens[t - 1];
    const first = tokens[t];
    const more = (next !== undefined && next.start - next.gapStart <= 1 && numeric(next, wordSense(ctx.lex, next.key))) ||
      (prev !== undefined && first !== undefined && first.kind === 'han' && first.start === first.gapStart &&
        numeric(prev, wordSense(ctx.lex, prev.key)));
    if (!more) {
      for (let k = t; k < m.to; k++) ctx.blocked[k] = 1;
      t = m.to - 1;
    }
  }
  return urls;
}

/** A digit run, or a Han number word or scale. */
function numeric(tk: Token | undefined, sn: NumberWord | undefined): boolean {
  return tk !== undefined &&
    (tk.kind === 'digits' || (tk.kind === 'han' && sn !== undefined && (sn.kind === 'value' || sn.kind === 'scale' || sn.kind === 'point')));
}

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

function flag(ctx: ReadContext, ph: Phrases, out: NumberMatch[], urls: Uint8Array): void {
  const { tokens, text } = ctx;
  const key = (t: number): string | undefined => tokens[t]?.key;
  const touching = (t: number): boolean => {
    const tk = tokens[t];
    return tk !== undefined && tk.start === tk.gapStart;
  };
  const gapSmall = (t: number): boolean => {
    const tk = tokens[t];
    return tk !== undefined && tk.start - tk.gapStart <= 2;
  };
  for (const m of out) {
    const first = tokenIndexAt(ctx, m.start);
    const last = tokenEndingAt(ctx, m.end);
    if (first < 0 || last < 0) continue;
    if (urls[first]) {
      m.notAFigure = 'url';
      continue;
    }
    if (m.kind !== 'number') continue;
    const ft = tokens[first];
    const lt = tokens[last];
    if (!ft || !lt) continue;
    const digitsOnly = ft.kind === 'digits' && first === last;
    const prevKey = key(first - 1);
    const nextKey = key(last + 1);

    // Times of day: 10:30, 9h30.
    if (digitsOnly && ((nextKey === ':' && touching(last + 1) && tokens[last + 2]?.kind === 'digits' && touching(last + 2) && key(last + 2)?.length === 2) ||
      (prevKey === ':' && touching(first) && tokens[first - 2]?.kind === 'digits' && touching(first - 1) && ft.key.length === 2 && key(first - 2) !== undefined && (key(first - 2) as string).length <= 2))) {
      m.notAFigure = 'time';
      continue;
    }
    // Numeric dates: 14/11/2025, 2025-11-14, 14.11.2025, 8/2024.
    if (digitsOnly) {
      const sepAfter = nextKey !== undefined && DATE_SEP.has(nextKey) && touching(last + 1) && tokens[last + 2]?.kind === 'digits' && touching(last + 2);
      const sepBefore = prevKey !== undefined && DATE_SEP.has(prevKey) && touching(first) && tokens[first - 2]?.kind === 'digits' && touching(first - 1);
      if (sepAfter || sepBefore) {
        const chain = dateChain(ctx, first);
        if (chain) {
          m.notAFigure = 'date';
          continue;
        }
      }
    }
    // Phone numbers: +84 912 345 678, +1-222-2222-2222.
    if (digitsOnly && inPhone(ctx, first)) {
      m.notAFigure = 'phone';
      continue;
    }
    // Date words around: 2024年, 6月, 14日, tháng 8, 14 November, November 14, в 2024 году.
    const after = ph.dateAfter.match(text, tokens, last + 1);
    if (after && gapSmall(last + 1) && Number.isInteger(m.value)) {
      m.notAFigure = m.value >= 1000 ? 'year' : 'date';
      continue;
    }
    const yearAfter = ph.yearAfter.match(text, tokens, last + 1);
    if (yearAfter && gapSmall(last + 1) && Number.isInteger(m.value) && m.value >= 1000 && m.value <= 2200) {
      m.notAFigure = 'year';
      continue;
    }
    const monthAfter = ph.months.match(text, tokens, last + 1);
    const monthBefore = ph.months.matchBefore(text, tokens, first);
    if ((monthAfter && gapSmall(last + 1)) || (monthBefore && gapSmall(first))) {
      if (Number.isInteger(m.value) && m.value >= 1 && (m.value <= 31 || (m.value >= 1000 && m.value <= 2200)) && digitsOnly) {
        m.notAFigure = m.value >= 1000 ? 'year' : 'date';
        continue;
      }
    }
    // Years: a four-digit number after "in", "năm", "em", ... or in parentheses.
    if (digitsOnly && ft.key.length === 4 && m.value >= 1000 && m.value <= 2200 && !m.text.includes(',') && !m.text.includes('.')) {
      const yb = ph.yearBefore.matchBefore(text, tokens, first);
      const paren = prevKey === '(' && nextKey === ')';
      // "World Cup 2018", "Class of 2018": a year after a name.
      const prevTok = tokens[first - 1];
      const afterName = prevTok !== undefined && prevTok.kind === 'word' && gapSmall(first) && m.value >= 1900 && m.value <= 2100 &&
        /^\p{Lu}/u.test(text.slice(prevTok.start, prevTok.end)) && !lineStart(text, prevTok.start);
      const commaAfterMonth = prevKey === ',' && ph.months.matchBefore(text, tokens, first - 2) !== null;
      if ((yb && gapSmall(first)) || paren || commaAfterMonth || afterName) {
        m.notAFigure = 'year';
        continue;
      }
    }
    // List numbering: "二、", "3) " or "1. " at the start of a line.
    if (first === last && m.text.length <= 3 && lineStart(text, m.start) && (nextKey === '、' || nextKey === ')' ||
      (nextKey === '.' && /\s/.test(text.charAt(m.end + 1))))) {
      m.notAFigure = 'ordinal';
      continue;
    }
    // Identifiers: Uran-6, T-90, No. 5, 总第867期; ordinals: 第十.
    const cb = ph.codeBefore.matchBefore(text, tokens, first);
    if (cb && gapSmall(first)) {
      m.notAFigure = 'code';
      continue;
    }
    const ob = ph.ordinalBefore.matchBefore(text, tokens, first);
    if (ob && gapSmall(first)) {
      m.notAFigure = 'ordinal';
      continue;
    }
    if (prevKey === '-' && touching(first) && tokens[first - 2]?.kind === 'word' && touching(first - 1)) {
      m.notAFigure = 'code';
      continue;
    }
    if (tokens[first - 1]?.kind === 'word' && touching(first) && ft.kind === 'digits') {
      m.notAFigure = 'code';
      continue;
    }
    const ca = ph.codeAfter.match(text, tokens, last + 1);
    if (ca && gapSmall(last + 1)) {
      m.notAFigure = 'code';
      continue;
    }
    if (prevKey === '#' && touching(first)) m.notAFigure = 'code';
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
