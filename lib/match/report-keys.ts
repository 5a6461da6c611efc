import type { Figure } from '../model/figure.ts';
import { isReadLanguage } from '../model/language.ts';
import { conceptLexicon, eachConceptMention } from '../lang/concept-lexicon.ts';
import { extractNames } from '../names/extract-names.ts';
import { mentionedDates, type MentionedDate } from './mentioned-dates.ts';
import { mentionedNumbers } from './mentioned-numbers.ts';
import { documentDecimalMark, type DecimalMark } from '../numbers/decimal-mark.ts';

export interface ReportKeyInput {
  title: string;
  text: string;
  lang: string;
  publishedTime: string | null;
  figures: readonly Figure[];
  /** The decimal mark the text writes (documentDecimalMark), when the caller has read it already. */
  decimalMark?: DecimalMark | null;
}

/** A match key with how the report writes it, for showing the reader why two reports matched. */
export interface DescribedKey {
  key: string;
  label: string;
}

/** Keys kept per report: bounds the index whatever the text (a long text's first mentions are its story). */
export const MAX_KEYS = 240;
/** Concept keys kept per report, besides the others: the first mentions of ordinary words. */
export const MAX_CONCEPT_KEYS = 100;
/** Text read per report: a news story is told well within this; megabytes of text must not stall the worker. */
const MAX_TEXT = 200_000;

/** "14000", "6.5", "0.6": a value as a key, to four significant digits so that rounding in conversion still meets. */
export function valueKey(value: number): string {
  if (!Number.isFinite(value)) return 'nan';
  // A whole number of four significant digits or fewer is its own key: skip the string round trip.
  if (Number.isSafeInteger(value)) {
    let m = Math.abs(value);
    while (m >= 10000 && m % 10 === 0) m /= 10;
    if (m < 10000) return String(value);
  }
  return String(Number(value.toPrecision(4)));
}

/** [start, end) overlaps one of the dates. */
function overlapsDate(dates: readonly MentionedDate[], start: number, end: number): boolean {
  for (const d of dates) if (start < d.end && end > d.start) return true;
  return false;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function publishedDate(iso: string | null): { year: number; month: number } | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/**
 * Language-independent keys of a report with how it writes each, in order of first mention: names ("n:KP",
 * "n:pskf"), figures ("f:troops_sent:14000"), numbers written in digits ("v:14000"), dates mentioned
 * ("d:2024-08", "d:2025-11-14", "d:--11-14" for a day whose year is not given).
 */
export function describeReportKeys(input: ReportKeyInput): DescribedKey[] {
  const text = input.text.length > MAX_TEXT ? input.text.slice(0, MAX_TEXT) : input.text;
  // The title leads: a text file's first line is its title, and then the title is read once, not twice.
  const sources = text.startsWith(input.title.trim()) ? [text] : [input.title, text];
  const found: Array<{ key: string; label: string; at: number }> = [];
  let offset = 0;
  const published = publishedDate(input.publishedTime);
  // Digits read as the figures read them: Mexican "1,200" is v:1200 as it is f:…:1200.
  const mark = input.decimalMark !== undefined ? input.decimalMark : documentDecimalMark(text);
  for (const source of sources) {
    for (const name of extractNames(source, input.lang)) {
      found.push({ key: name.key, label: name.surface, at: offset + name.start });
    }
    const dates = mentionedDates(source, input.lang);
    for (const date of dates) {
      const at = offset + date.start;
      let year = date.year;
      if (year === null && date.month !== null && published) {
        // A day and month without a year: the most recent one on or before publication (give or take a month).
        year = date.month > published.month + 1 ? published.year - 1 : published.year;
      }
      if (year !== null) found.push({ key: `d:${year}`, label: date.text, at });
      if (year !== null && date.month !== null) found.push({ key: `d:${year}-${pad(date.month)}`, label: date.text, at });
      if (date.month !== null && date.day !== null) {
        if (year !== null) found.push({ key: `d:${year}-${pad(date.month)}-${pad(date.day)}`, label: date.text, at });
        found.push({ key: `d:--${pad(date.month)}-${pad(date.day)}`, label: date.text, at });
      }
    }
    for (const number of mentionedNumbers(source, input.lang, mark)) {
      if (overlapsDate(dates, number.start, number.end)) continue;
      const at = offset + number.start;
      if (number.year) found.push({ key: `d:${number.value}`, label: number.text, at });
      else if (number.value >= 10 || !Number.isInteger(number.value)) {
        found.push({ key: `v:${valueKey(number.value)}`, label: number.text, at });
      }
    }
    offset += source.length + 1;
  }
  const titleLength = sources.length > 1 ? input.title.length + 1 : 0;
  for (const figure of input.figures) {
    if (!figure.concept) continue;
    found.push({ key: `f:${figure.concept}:${valueKey(figure.value)}`, label: figure.quote, at: titleLength + figure.start });
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: DescribedKey[] = [];
  for (const { key, label } of found) {
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, label });
    if (out.length >= MAX_KEYS) break;
  }
  return [...out, ...conceptKeys(sources, input.lang, seen), ...publishedKeys(input.publishedTime, input.lang)];
}

/**
 * "p:2011-03-20:es": the day a report was published and its language, so that the index finds the reports of the
 * same days in each language (without `lang`, the day alone, as reports stored before 2026-12-06 carry it).
 */
export function publishedDayKey(epochMs: number, lang?: string): string {
  const day = `p:${new Date(epochMs).toISOString().slice(0, 10)}`;
  return lang ? `${day}:${lang}` : day;
}

function publishedKeys(iso: string | null, lang: string): DescribedKey[] {
  const t = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(t)) return [];
  // Languages the query does not look up by name (Japanese, Czech...) keep the day alone, which it always reads.
  const key = publishedDayKey(t, isReadLanguage(lang) || lang === 'und' ? lang : undefined);
  return [{ key, label: key.slice(2, 12) }];
}

/** Ordinary words as interlingual concepts ("c4:1x3f": commonness, concept), when the language's lexicon is loaded. */
function conceptKeys(sources: readonly string[], lang: string, seen: Set<string>): DescribedKey[] {
  const lexicon = conceptLexicon(lang);
  const out: DescribedKey[] = [];
  if (!lexicon) return out;
  for (const source of sources) {
    for (const { key, label } of eachConceptMention(source, lexicon)) {
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, label });
      if (out.length >= MAX_CONCEPT_KEYS) return out;
    }
  }
  return out;
}

/** The keys stored with a report (ReportRecord.keys), computed once when it is added. */
export function reportKeys(input: ReportKeyInput): string[] {
  return describeReportKeys(input).map((k) => k.key);
}
