import en from 'i18n-iso-countries/langs/en.json';
import type { DescribedKey } from '../match/report-keys.ts';
import { keyKind } from '../match/key-weights.ts';
import { ENTITY_LABELS } from '../names/entities.ts';
import { foldLatin } from '../lang/fold-latin.ts';
import { transliterateCyrillic } from '../names/transliterate-cyrillic.ts';

/** The news index searched when the reader asks for coverage of a story, or none. */
export type CoverageService = 'gdelt' | 'off';

/** The GDELT DOC 2.0 API: public, no key, the last three months of news in 65 languages. */
export const GDELT_DOC_ENDPOINT = 'https://api.gdeltproject.org/api/v2/doc/doc';

/** GDELT's names for the source languages (its `sourcelang:` operator), by BCP 47 code. */
export const GDELT_LANGUAGES: Readonly<Record<string, string>> = {
  en: 'english', vi: 'vietnamese', zh: 'chinese', pt: 'portuguese', es: 'spanish', fr: 'french', de: 'german',
  ru: 'russian', it: 'italian', ar: 'arabic', hi: 'hindi', id: 'indonesian', ja: 'japanese', ko: 'korean',
  nl: 'dutch', pl: 'polish', th: 'thai', tr: 'turkish', uk: 'ukrainian',
};

/** Days either side of the article's date searched: the same story, not the same topic a month later. */
export const WINDOW_DAYS = 3;
/** Pages asked for: each is then fetched, read and stored on the reader's machine. */
export const MAX_RECORDS = 15;
/** Terms the story must all mention, and terms of which it must mention one. */
const REQUIRED_TERMS = 2;
const OPTIONAL_TERMS = 3;
/** GDELT refuses words this short in a query. */
const MIN_TERM_LENGTH = 4;
const DAY_MS = 86_400_000;

export interface CoverageQueryInput {
  /** The article's match keys as it writes them (describeReportKeys), in order of first mention. */
  keys: readonly DescribedKey[];
  title: string;
  text: string;
  /** Who wrote it: their names are not the story's. */
  byline: string | null;
  /** ISO 8601, or null: then the days before `now`. */
  publishedTime: string | null;
  /** Languages to search (BCP 47); those GDELT does not know are left out. */
  langs: readonly string[];
  now: number;
}

export interface CoverageQuery {
  /** The `query` parameter: terms, then the languages. */
  query: string;
  terms: string[];
  langs: string[];
  start: number;
  end: number;
}

function countryName(code: string): string | null {
  const names = (en.countries as Record<string, string | string[] | undefined>)[code];
  if (!names) return null;
  const list = Array.isArray(names) ? names : [names];
  // The common short form where the list gives one ("United States", "Russia"), not an abbreviation.
  const plain = (n: string | undefined) => n !== undefined && n.length >= MIN_TERM_LENGTH && /^[\p{L} ]+$/u.test(n);
  return plain(list[1]) ? list[1]! : (list[0] ?? null);
}

/**
 * How the world's press writes a name key, in Latin letters: an entity by its English name, a Cyrillic name as the
 * English-language press spells it, a Latin one without diacritics. Names in other scripts have no reliable spelling
 * here and are left out (GDELT searches the English translations of other languages' articles).
 */
export function termFor(key: DescribedKey): string | null {
  const id = key.key.slice(2);
  if (keyKind(key.key) === 'entity') {
    const label = ENTITY_LABELS[id] ?? (/^[A-Z]{2}$/.test(id) ? countryName(id) : null);
    return label?.replace(/^the /, '') ?? null;
  }
  const label = key.label.trim();
  const latin = /\p{Script=Cyrillic}/u.test(label) ? transliterateCyrillic(label) : /^[\p{Script=Latin}\s.'’-]+$/u.test(label) ? foldLatin(label) : null;
  if (!latin) return null;
  // Words capitalised again: GDELT matches either way, and the README shows the query as sent.
  return latin.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function mentions(text: string, label: string): number {
  let count = 0;
  for (let at = text.indexOf(label); at >= 0 && count < 50; at = text.indexOf(label, at + label.length)) count++;
  return count;
}

/**
 * The terms to search for: the article's names, those its title names and it repeats first (the story's place, storm
 * or person, not the byline), then in order of first mention; countries and capitals, which every story names, last.
 */
export function coverageTerms(keys: readonly DescribedKey[], title: string, text: string, byline: string | null = null): string[] {
  const ranked = keys
    .map((key, order) => ({ key, order, weight: mentions(text, key.label) + (title.includes(key.label) ? 2 : 0) - (keyKind(key.key) === 'entity' ? 10 : 0) }))
    .filter(({ key }) => key.key.startsWith('n:') && !key.key.endsWith('.') && key.label.trim() && !byline?.includes(key.label))
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const { key } of ranked) {
    const term = termFor(key);
    if (!term || term.replace(/[\s.'’-]/g, '').length < MIN_TERM_LENGTH) continue;
    const folded = term.toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    terms.push(term);
    if (terms.length === REQUIRED_TERMS + OPTIONAL_TERMS) break;
  }
  return terms;
}

function quoted(term: string): string {
  const clean = term.replace(/["()]/g, ' ').replace(/\s+/g, ' ').trim();
  return /\s/.test(clean) ? `"${clean}"` : clean;
}

function either(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** GDELT's date form: YYYYMMDDHHMMSS, UTC. */
export function gdeltDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/**
 * The search for an article's story: its two rarest names, all required, and one of the next three; in the given
 * languages; within WINDOW_DAYS of its date (never in the future). Null when the article names too little to search
 * for it or no language is searchable.
 */
export function coverageQuery(input: CoverageQueryInput): CoverageQuery | null {
  const terms = coverageTerms(input.keys, input.title, input.text, input.byline);
  const langs = [...new Set(input.langs.map((l) => l.split('-')[0]!.toLowerCase()))].filter((l) => GDELT_LANGUAGES[l]);
  if (terms.length < REQUIRED_TERMS || !langs.length) return null;
  const published = input.publishedTime ? Date.parse(input.publishedTime) : Number.NaN;
  const centre = Number.isNaN(published) ? input.now : Math.min(published, input.now);
  const start = centre - WINDOW_DAYS * DAY_MS;
  const end = Math.min(centre + WINDOW_DAYS * DAY_MS, input.now);
  const required = terms.slice(0, REQUIRED_TERMS).map(quoted);
  const optional = terms.slice(REQUIRED_TERMS).map(quoted);
  const parts = [...required, ...(optional.length ? [either(optional)] : []), either(langs.map((l) => `sourcelang:${GDELT_LANGUAGES[l]}`))];
  return { query: parts.join(' '), terms, langs, start, end };
}

/** The whole request: everything sent to the index is in this URL (a GET, no cookies, no other header of note). */
export function gdeltUrl(endpoint: string, query: CoverageQuery): string {
  const url = new URL(endpoint);
  url.searchParams.set('query', query.query);
  url.searchParams.set('mode', 'ArtList');
  url.searchParams.set('format', 'json');
  url.searchParams.set('maxrecords', String(MAX_RECORDS));
  url.searchParams.set('sort', 'HybridRel');
  url.searchParams.set('startdatetime', gdeltDateTime(query.start));
  url.searchParams.set('enddatetime', gdeltDateTime(query.end));
  return url.href;
}
