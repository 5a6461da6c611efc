import type { NumberMatch } from '../numbers/types.ts';
import { isSpace, isWordChar } from './phrase-index.ts';
import { hitRightAfter } from './read-helpers.ts';
import { type TextContext, hitsIn } from './text-context.ts';

const LATIN_OR_CYRILLIC = /[A-Za-z\u00c0-\u024f\u0400-\u04ff]/;
const DIGIT = /[0-9\uff10-\uff19]/;

/**
 * Why a number the reader found is not a figure of the story, or null. The number reader flags most of these
 * (years, dates, times, codes); this catches what it leaves, from the words around: model names (Uran-6),
 * issue numbers (总第:八百六十七期), dates (tháng 8/2024, 2025-11-14, 14 de novembro), addresses and URLs.
 */
export function notAFigureReason(ctx: TextContext, m: NumberMatch): string | null {
  if (m.notAFigure !== undefined) return m.notAFigure;
  if (m.kind === 'ordinal') return 'ordinal';
  const { text } = ctx;
  const before = text[m.start - 1];
  const before2 = text[m.start - 2];
  // Model and serial names: a Latin or Cyrillic letter glued or hyphenated to the digits (Uran-6, F-16, MH17).
  if (DIGIT.test(text[m.start] ?? '')) {
    if (before !== undefined && LATIN_OR_CYRILLIC.test(before)) return 'code';
    if ((before === '-' || before === '\u2011') && before2 !== undefined && LATIN_OR_CYRILLIC.test(before2)) return 'code';
  }
  // Digit groups joined by / - : to more digits: dates (8/2024, 2025-11-14) and times (10:30).
  if (m.kind !== 'fraction' && m.kind !== 'range' && isDatePart(text, m.start, m.end)) return 'date';
  if (isSeasonOrDecade(text, m.start, m.end)) return 'date';
  // Inside a URL or an e-mail address (looked for only in texts that have any).
  let urlish = urlishTexts.get(ctx);
  if (urlish === undefined) {
    urlish = /:\/\/|www\.|@/.test(text);
    urlishTexts.set(ctx, urlish);
  }
  if (urlish && inUrl(text, m.start)) return 'url';
  // "9/11", a slideshow's "1 / 5": digits over digits are a share only of something ("2/3 of the villages").
  if (m.kind === 'fraction' && /^\d+\s*\/\s*\d+$/.test(m.text) && !ofSomething(ctx, m.end)) return 'date';
  if (isItemMarker(text, m)) return 'item';
  if (inName(ctx, m)) return 'name';
  if (isScore(text, m.start, m.end)) return 'score';
  // Words that make the number a date part, code, ordinal (tháng 4, 第867, No. 5) or a time (5 a.m., 11月).
  const lookBack = Math.max(0, m.start - 24);
  for (const h of hitsIn(ctx, lookBack, m.start)) {
    if ((h.value.notFigureBefore || h.value.month !== undefined) && onlyGlue(text, h.end, m.start)) return 'date';
    if (h.value.clockBefore && onlySpaceBetween(text, h.end, m.start) && isClockTime(ctx, m)) return 'time';
  }
  if (inHourSpan(ctx, m)) return 'time';
  if (isPageCounter(ctx, m)) return 'furniture';
  let cursor = m.end;
  for (const h of hitsIn(ctx, m.end, Math.min(text.length, m.end + 24))) {
    if (!onlyGlue(text, cursor, h.start)) break;
    cursor = h.end;
    if (h.value.notFigureAfter) return 'date';
    if ((h.value.month !== undefined || h.value.shortMonth !== undefined) && m.value >= 1 && m.value <= 31 && Number.isInteger(m.value)) return 'date';
    // "14 de novembro", "14 of March": a day before "of"/"de" and a month.
    if (h.value.filler || h.value.partitive) continue;
    break;
  }
  return null;
}

/** "1) bajar la inflación; 2) crear empleos": a number closed by a bracket nobody opened marks a list's item. */
function isItemMarker(text: string, m: NumberMatch): boolean {
  if (text[m.end] !== ')' || !/^\d{1,2}$/.test(m.text)) return false;
  const open = text.lastIndexOf('(', m.start);
  return open < 0 || open < Math.max(text.lastIndexOf(')', m.start), text.lastIndexOf('\n', m.start));
}

/** How far around a number a span of hours is looked for ("desde las 9.30 a las 14 horas"). */
const SPAN_REACH = 24;

/**
 * "de 11 a 16 horas", "dalle 9 alle 17", "de 9 à 17 heures": hours of the day given as a span are times, not a
 * duration. With articles or a clock word at both ends they always are; bare, when an end is past noon, the span
 * wraps past midnight or an end has minutes ("de 3 a 5 horas" stays a duration).
 */
function inHourSpan(ctx: TextContext, m: NumberMatch): boolean {
  const { clockSpan, hourSpan } = ctx.lex.words;
  if (clockSpan === undefined && hourSpan === undefined) return false;
  const from = Math.max(0, m.start - SPAN_REACH);
  const slice = ctx.text.slice(from, Math.min(ctx.text.length, m.end + SPAN_REACH));
  for (const [pattern, always] of [[clockSpan, true], [hourSpan, false]] as const) {
    if (pattern === undefined) continue;
    for (const s of slice.matchAll(globalOf(pattern))) {
      const start = from + (s.index ?? 0);
      if (start >= m.end || start + s[0].length <= m.start) continue;
      const lo = clockHour(s.groups?.lo);
      const hi = clockHour(s.groups?.hi);
      if (lo === null || hi === null) continue;
      if (always || hi.hour > 12 || hi.hour < lo.hour || lo.minutes || hi.minutes) return true;
    }
  }
  return false;
}

const globalPatterns = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  let g = globalPatterns.get(pattern);
  if (g === undefined) {
    g = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    globalPatterns.set(pattern, g);
  }
  return g;
}

/** "16", "9.30", "8h15": an hour of a day's clock, and whether minutes are written. */
function clockHour(written: string | undefined): { hour: number; minutes: boolean } | null {
  if (written === undefined) return null;
  const [h, min] = written.split(/[.:h]/);
  const hour = Number(h);
  if (!(hour >= 0 && hour <= 24)) return null;
  if (min !== undefined && Number(min) >= 60) return null;
  return { hour, minutes: min !== undefined && Number(min) > 0 };
}

/** How much a line may hold after a page's counter and its label ("12 comments · 3 shares · 5 min read"). */
const COUNTER_LINE_REST = 40;

/**
 * "14 Photos", "0 Votes", "5 min read": a counter's label right after the number, the number opening its line (past
 * bullets and separators) and little else on the line: the page's furniture, not the story's.
 */
function isPageCounter(ctx: TextContext, m: NumberMatch): boolean {
  const { text } = ctx;
  let i = m.end;
  while (i < text.length && i - m.end < 2 && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  const label = ctx.lex.furniture.scan(ctx.folded, i, Math.min(text.length, i + 24)).find((h) => h.start === i);
  if (label === undefined) return false;
  if (!opensItem(text, m.start) && !afterCounterLabel(ctx, m.start)) return false;
  const lineEnd = text.indexOf('\n', label.end);
  return (lineEnd < 0 ? text.length : lineEnd) - label.end <= COUNTER_LINE_REST;
}

/** "Facebook 0 Twitter 0": the label of another counter right before, on the same line. */
function afterCounterLabel(ctx: TextContext, pos: number): boolean {
  const prev = wordBefore(ctx.text, pos);
  if (prev === null || ctx.text.slice(prev.end, pos).includes('\n')) return false;
  return ctx.lex.furniture.scan(ctx.folded, prev.start, prev.end).some((h) => h.start === prev.start && h.end === prev.end);
}

/**
 * The number opens a line, or an item after a separator ("Gallery: Xbox | 14 Photos", "(0 Votes)"), or follows only
 * a row of digits opening its line (a rating widget's stars: "1 1 1 1 1 Rating").
 */
function opensItem(text: string, pos: number): boolean {
  let k = pos;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t' || text[k - 1] === '\u00a0')) k--;
  if (k === 0 || /[\n|·•(\-–—]/u.test(text[k - 1] as string)) return true;
  while (k > 0 && /[\d \t]/.test(text[k - 1] as string)) k--;
  return k === 0 || text[k - 1] === '\n';
}

/** Only spaces, a colon or nothing between two positions: the glue between a word and its number. */
function onlyGlue(text: string, from: number, to: number): boolean {
  if (to - from > 3) {
    for (let i = from; i < to; i++) if (!isSpace(text[i]) && text[i] !== '\u00a0') return false;
    return true;
  }
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (!isSpace(c) && c !== ':' && c !== '：' && c !== '\u00a0' && c !== '.') return false;
  }
  return true;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!isSpace(text[i]) && text[i] !== '\u00a0') return false;
  return true;
}

/**
 * After a clock word ("a las", "às"): an hour of the day (9, 19, 9.31 with minutes under 60) followed by nothing
 * that is counted: the end of the clause, a clock word after ("horas", "de la tarde") or an hour unit.
 */
function isClockTime(ctx: TextContext, m: NumberMatch): boolean {
  if (m.kind !== 'number' || m.value < 0 || m.value > 24 || Math.round((m.value % 1) * 100) >= 60) return false;
  const { text } = ctx;
  let i = m.end;
  while (i < text.length && i - m.end < 3 && isSpace(text[i])) i++;
  if (i >= text.length || !/[\p{L}]/u.test(text[i] as string)) return true;
  const h = hitsIn(ctx, i, Math.min(text.length, i + 24))[0];
  if (h === undefined || h.start !== i) return false;
  if (h.value.clockAfter === true || h.value.notFigureAfter === true) return true;
  // "à 17 heures" is a time; "à 2 heures de vol", "le cinque ore di colloquio" measure something.
  return h.value.unit?.quantity === 'duration' && h.value.unit.factor === 1 / 24 && hitRightAfter(ctx, h.end, Math.min(ctx.text.length, h.end + 24), (t) => t.filler === true || t.partitive === true) === null;
}

/**
 * "2019/20", "2019-20": a season or crop year (the next year's last two digits after a year); "'90", "’68": a year
 * or decade cut to two digits after an apostrophe.
 */
function isSeasonOrDecade(text: string, start: number, end: number): boolean {
  const season = /^(\d{4})[/\-–](\d{2})(?!\d)/.exec(text.slice(start, end + 3));
  if (season !== null && (Number((season[1] as string).slice(2)) + 1) % 100 === Number(season[2])) return true;
  const apostrophe = text[start - 1];
  return (apostrophe === "'" || apostrophe === '’') && (start < 2 || isSpace(text[start - 2])) && /^\d{2}$/.test(text.slice(start, end))
    && !isWordChar(text[end]);
}

function isDatePart(text: string, start: number, end: number): boolean {
  const next = text[end];
  const prev = text[start - 1];
  const joinedAfter = (next === '/' || next === '-' || next === ':' || next === '.') && DIGIT.test(text[end + 1] ?? '');
  const joinedBefore = (prev === '/' || prev === '-' || prev === ':') && DIGIT.test(text[start - 2] ?? '');
  if (!joinedAfter && !joinedBefore) return false;
  // Read the whole token of digits and joiners around the number.
  let s = start;
  while (s > 0 && start - s < 16 && /[0-9/:.\-]/.test(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && e - end < 16 && /[0-9/:.\-]/.test(text[e] as string)) e++;
  const token = text.slice(s, e).replace(/[.:/\-]+$/, '');
  if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(token)) return true;
  if (/^\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?$/.test(token)) return true;
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(token)) return true;
  if (/^\d{1,2}\/\d{4}$/.test(token)) return true;
  return false;
}

const urlishTexts = new WeakMap<object, boolean>();

function inUrl(text: string, pos: number): boolean {
  let s = pos;
  while (s > 0 && pos - s < 80 && !isSpace(text[s - 1])) s--;
  const token = text.slice(s, Math.min(text.length, pos + 1)).toLowerCase();
  return token.includes('://') || token.startsWith('www.') || (token.includes('@') && isWordChar(token[0]));
}

/** "2/3 of the villages", "2/3 des voix", "三分之二的村庄": a partitive word, filler, noun or unit right after. */
function ofSomething(ctx: TextContext, end: number): boolean {
  let i = end;
  while (i < ctx.text.length && i - end < 3 && isSpace(ctx.text[i])) i++;
  const h = hitsIn(ctx, i, Math.min(ctx.text.length, i + 40))[0];
  return h !== undefined && h.start === i && (h.value.partitive === true || h.value.noun !== undefined || h.value.unit !== undefined);
}

/**
 * Names, titles and models that contain a number, as only the words around show: a capitalised word right before
 * the digits in mid-sentence ("Apollo 11", "Xbox 360", "HTTP 412"), a number word capitalised in mid-sentence
 * ("Ninety Mile Beach"), a unit or currency capitalised after the digits ("a film called 99 Francs"). Not in German
 * (every noun is capitalised) nor in scripts without case; not in a headline written in title case.
 */
function inName(ctx: TextContext, m: NumberMatch): boolean {
  if (ctx.lex.words.spaceless || ctx.lang === 'de') return false;
  const { text } = ctx;
  const digits = DIGIT.test(m.text);
  if (!digits) return UPPER.test(m.text[0] ?? '') && midSentence(text, m.start) && !titleCase(text, m.start);
  // "5G", "4K": one capital letter glued to the digits is a name, not a scale (money keeps its sign: "$5M").
  if (/^\d+\p{Lu}$/u.test(m.text) && m.kind !== 'money') return true;
  const prev = wordBefore(text, m.start);
  const prevWord = prev === null ? '' : text.slice(prev.start, prev.end);
  // An acronym or a word with a capital inside ("FTSE 100", "iPhone 15") names a thing even at a sentence's start.
  const named = /^\p{Lu}{2,}$/u.test(prevWord) || /^\p{L}+\p{Lu}/u.test(prevWord);
  // At a sentence's start ("Apollo 11 landed"), a capitalised word is a name when the text writes it so mid-sentence too.
  const capital = prev !== null && UPPER.test(text[prev.start] ?? '');
  if (prev !== null && text.slice(prev.end, m.start) === ' ' && (named || (capital && (midSentence(text, prev.start) || namedElsewhere(text, prevWord, prev.start))))) {
    // Known words (a month, a qualifier, a country as subject) are not part of a name.
    if (hitsIn(ctx, prev.start, prev.end).length === 0 && !titleCase(text, m.start)) return true;
  }
  // "El 19 Digital", «A 8 Columnas»: a number between two capitalised words, the first not opening a sentence and the
  // second no word of the language data, names an outlet or a programme (in a title-case line, only after a short word).
  if (prev !== null && capital && text.slice(prev.end, m.start) === ' ' && (midSentence(text, prev.start) || QUOTE_OPEN.test(text[prev.start - 1] ?? ''))
    && (prevWord.length <= 3 || !titleCase(text, m.start)) && unknownCapitalAfter(ctx, m.end, QUOTE_OPEN.test(text[prev.start - 1] ?? ''))) return true;
  // The reader's money match ending in a capitalised currency word: "the film 99 Francs".
  if (m.kind === 'money' && /\d\s+\p{Lu}\p{Ll}+$/u.test(m.text) && midSentence(text, m.start) && !titleCase(text, m.start)) return true;
  if (text[m.end] === ' ' && UPPER.test(text[m.end + 1] ?? '') && midSentence(text, m.start)) {
    const next = hitsIn(ctx, m.end + 1, Math.min(text.length, m.end + 40))[0];
    if (next !== undefined && next.start === m.end + 1 && (next.value.unit !== undefined || next.value.currency !== undefined) && !titleCase(text, m.start)) return true;
  }
  return false;
}

const UPPER = /\p{Lu}/u;
const QUOTE_OPEN = /["“«„‘']/u;
const QUOTE_CLOSE = /["”»“’']/u;

/**
 * A capitalised word right after the number that the language data does not know (not "21 Christians" as a noun);
 * closing the quotation when one opened before the number («A 8 Columnas», not «Quelque 500 Touaregs étaient»).
 */
function unknownCapitalAfter(ctx: TextContext, end: number, quoted: boolean): boolean {
  const { text } = ctx;
  if (text[end] !== ' ' || !UPPER.test(text[end + 1] ?? '')) return false;
  let e = end + 1;
  while (e < text.length && isWordChar(text[e])) e++;
  if (quoted && !QUOTE_CLOSE.test(text[e] ?? '')) return false;
  return hitsIn(ctx, end + 1, e).length === 0;
}

/** At most this many other places of a word are looked at to tell whether the text writes it as a name. */
const NAME_LOOKS = 32;

/** The word, capitalised as here, stands whole somewhere else in the text in mid-sentence: a name ("… of Apollo"). */
function namedElsewhere(text: string, word: string, at: number): boolean {
  let looks = 0;
  for (let i = text.indexOf(word); i >= 0 && looks < NAME_LOOKS; i = text.indexOf(word, i + word.length), looks++) {
    if (i === at || isWordChar(text[i - 1]) || isWordChar(text[i + word.length])) continue;
    if (midSentence(text, i)) return true;
  }
  return false;
}

function wordBefore(text: string, pos: number): { start: number; end: number } | null {
  let end = pos;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && isWordChar(text[start - 1])) start--;
  return start < end ? { start, end } : null;
}

/** Not the first word of a sentence, line or quotation, where every word is capitalised. */
function midSentence(text: string, pos: number): boolean {
  let i = pos;
  // A line break starts a line (a headline above has no full stop).
  while (i > 0 && isSpace(text[i - 1])) if (text[--i] === '\n') return false;
  if (i === 0) return false;
  return !/[.!?:;"“«„(\n\u2014\u2013-]/u.test(text[i - 1] as string);
}

/** A headline in title case ("Hurricane Kills 300 In Mexico"): most words of its line are capitalised. */
function titleCase(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos) + 1;
  let lineEnd = text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > 200) return false;
  const words = text.slice(lineStart, lineEnd).split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= 3 && words.filter((w) => UPPER.test(w[0] as string)).length / words.length >= 0.7;
}

/**
 * Scores and records: "a 10-6 lead", "won 3-1", "5-0-0", "5 & 4". Digits joined to digits by a hyphen, dash or
 * ampersand with no space, or "&" between spaces, where the numbers do not rise as a range's ends do.
 */
function isScore(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 16);
  const slice = text.slice(from, Math.min(text.length, end + 16));
  for (const m of slice.matchAll(SCORE)) {
    const s = from + (m.index ?? 0);
    if (s > start || s + m[0].length < end) continue;
    const values = m[0].split(/\s*&\s*|[-–]/).map((p) => Number(p.replace('½', '.5').replace(',', '.')));
    // "2-4" rising is a range; "10-6", "3-1", "5-0-0" and a tie "2-2" are scores.
    return values.some((v, i) => i > 0 && v <= (values[i - 1] as number));
  }
  return false;
}

const SCORE_PART = String.raw`\d{1,3}(?:[.,]5|½)?`;
const SCORE = new RegExp(String.raw`(?<![\d.,/:])${SCORE_PART}(?:(?:\s*&\s*|[-–])${SCORE_PART})+(?![\d/:]|[.,]\d)`, 'g');
