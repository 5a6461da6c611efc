/**
 * Scores the number reader on other people's test suites (../shared/peers, read by path, never copied).
 *
 * What "pass" means, per suite:
 *
 * Recognizers-Text (Number, Percent, NumberRange, Currency models; their `End` is inclusive, ours exclusive):
 *   a case passes when the reader's matches of the model's kind are exactly the expected results: same spans,
 *   same values (relative difference under 1e-9), nothing missing and nothing extra.
 *   - Number model: readNumbers(text, lang, { compound: false }), every match (numbers and fractions on their own,
 *     including those flagged notAFigure).
 *   - Percent model: readNumbers(text, lang), matches of kind 'percent'.
 *   - NumberRange model: readNumbers(text, lang, { openRanges: true }), matches of kind 'range'; the low and high
 *     ends must match, and so must which end is open ("(30,)" has no high end). Whether a bounded end is
 *     inclusive ("[" or "(") is not compared.
 *   - Currency model: readNumbers(text, lang), matches of kind 'money'; the ISO code must match where the case
 *     gives one. Amounts in a minor unit (cents, pence, centavos) are read as a share of the major unit, so the
 *     expected value is divided by 100. Results without an amount (a bare "dollar", value null) are not numbers
 *     and are left out of the expected set.
 *   Results with a null value (a bare "%") are likewise left out. A result's span is its Start plus the length
 *   of its Text where that Text is found at Start (case aside), else Start..End with End inclusive: part of the
 *   French suite writes End exclusive, or one further. A result without offsets is found by its Text.
 * Duckling (Haskell corpora, `examples (X) ["text", ...]`): each text passes when the reader returns exactly one
 *   match, covering the whole text (trimmed), with the expected value: numerals with { compound: false }; money
 *   with { openRanges: true }, kind 'money' (or 'range' for between/under/above, with the expected ends) and the
 *   currency (Dollar = USD; an amount in cents is read as 1/100 of the major unit). A leading word that only says
 *   "about" (khoảng, chừng, tầm, xấp xỉ) may be left out of the span: qualifiers belong to the figure layer. So
 *   may a final full stop, and the measure word 个/個 (Recognizers-Text's Chinese suite reads 199个 as 199).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readNumbers, type ReadOptions } from '../lib/numbers/read-numbers.ts';
import type { NumberMatch } from '../lib/numbers/types.ts';
import { numberItem } from '../lib/numbers/number-item.ts';
import type { ReadLanguage } from '../lib/model/language.ts';

export const PEERS_DIR = fileURLToPath(new URL('../../shared/peers/', import.meta.url));

export interface FileScore {
  file: string;
  cases: number;
  passed: number;
  failures: { input: string; expected: string; got: string }[];
}

interface RtResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string } | null;
  Start: number;
  End: number;
}

interface RtCase {
  Input: string;
  Results: RtResult[];
  NotSupported?: string;
}

const RT_LANGS: Record<string, ReadLanguage> = {
  Chinese: 'zh', Portuguese: 'pt', English: 'en', Spanish: 'es', French: 'fr', German: 'de',
};
const COMMA_DECIMAL = new Set<ReadLanguage>(['pt', 'es', 'fr', 'de']);
const MINOR_UNITS = /^(cent|cents|pence|penny|centavo|centavos|penique|pêni|céntimo|centime|kopek|美分|cent_)$/i;

/**
 * Which half of a suite a case falls in, by a hash of its input (FNV-1a): 'dev' cases are the ones to look at when a
 * rule is written, 'held' cases are only counted, to see whether a rule holds on cases nobody looked at.
 */
export type Half = 'dev' | 'held';

export function halfOf(input: string): Half {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'dev' : 'held';
}

/** Fails loudly: the peers' material must be there. */
export function requirePeers(): string {
  if (!existsSync(PEERS_DIR)) {
    throw new Error(`Peers' test material not found at ${PEERS_DIR} (expected ../shared/peers beside the project)`);
  }
  return PEERS_DIR;
}

function parseValue(raw: string, lang: ReadLanguage): number {
  let s = raw.trim().replace(/%$/, '');
  if (COMMA_DECIMAL.has(lang)) s = s.replace(/,/g, '.');
  return Number(s);
}

function close(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-12;
}

interface Expect {
  start: number;
  end: number;
  value?: number;
  low?: number;
  high?: number;
  currency?: string;
}

function parseRange(raw: string, lang: ReadLanguage): { low?: number; high?: number } {
  const inner = raw.trim().slice(1, -1);
  const [lo, hi] = inner.split(',').map((x) => x.trim());
  const out: { low?: number; high?: number } = {};
  if (lo) out.low = parseValue(lo, lang === 'zh' || lang === 'en' ? lang : 'en');
  if (hi) out.high = parseValue(hi, lang === 'zh' || lang === 'en' ? lang : 'en');
  return out;
}

function describe(list: readonly (Expect | NumberMatch)[]): string {
  return list.map((e) => {
    const m = e as Partial<NumberMatch>;
    const ends = m.low !== undefined || m.high !== undefined ? ` ${m.low ?? ''}..${m.high ?? ''}` : '';
    return `[${e.start},${e.end}) ${m.value ?? ''}${ends}${m.currency ? ' ' + m.currency : ''}`;
  }).join(' ');
}

function sameSet(expected: Expect[], got: NumberMatch[], model: string): boolean {
  if (expected.length !== got.length) return false;
  const used = new Set<number>();
  for (const e of expected) {
    const i = got.findIndex((g, k) => {
      if (used.has(k) || g.start !== e.start || g.end !== e.end) return false;
      if (model === 'NumberRange') return close(g.low, e.low) && close(g.high, e.high);
      if (!close(g.value, e.value)) return false;
      if (e.currency !== undefined && g.currency !== e.currency) return false;
      return true;
    });
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

/** Scores one Recognizers-Text file, e.g. "English_NumberModel.json". */
export function scoreRecognizersFile(file: string, half?: Half): FileScore {
  const m = /^(\w+?)_(Number|Percent|NumberRange|Currency)Model\.json$/.exec(file);
  if (!m) throw new Error(`not a Recognizers-Text model file: ${file}`);
  const lang = RT_LANGS[m[1] as string];
  if (!lang) throw new Error(`unknown language in ${file}`);
  const model = m[2] as string;
  const all = JSON.parse(readFileSync(`${requirePeers()}recognizers-text/${file}`, 'utf8')) as RtCase[];
  const cases = half ? all.filter((c) => halfOf(c.Input) === half) : all;
  const score: FileScore = { file: `recognizers-text/${file}`, cases: cases.length, passed: 0, failures: [] };
  for (const c of cases) {
    const expected: Expect[] = [];
    for (const r of c.Results) {
      const res = r.Resolution;
      // A result's span is its Start plus the length of its Text where the Text is found there; otherwise
      // Start..End with End inclusive. (Part of the French suite writes End exclusive, or one further.)
      const lower = c.Input.toLowerCase();
      const text = r.Text.toLowerCase();
      const start = typeof r.Start === 'number' ? r.Start : lower.indexOf(text);
      const end = lower.startsWith(text, start) ? start + text.length : r.End + 1;
      if (model === 'NumberRange') {
        if (!res || typeof res.value !== 'string') continue;
        expected.push({ start, end, ...parseRange(res.value, lang) });
        continue;
      }
      if (!res || res.value === null || res.value === undefined || res.value === 'null') continue;
      let value = parseValue(res.value, lang);
      if (model === 'Currency' && res.unit && MINOR_UNITS.test(res.unit)) value /= 100;
      const e: Expect = { start, end, value };
      if (model === 'Currency' && res.isoCurrency) e.currency = res.isoCurrency;
      expected.push(e);
    }
    let opts: ReadOptions = {};
    let kind: ReturnType<typeof numberItem>['kind'] | null = null;
    if (model === 'Number') opts = { compound: false };
    else if (model === 'Percent') kind = 'percent';
    else if (model === 'Currency') kind = 'money';
    else {
      opts = { openRanges: true };
      kind = 'range';
    }
    // The kind is compared as the `numbers` command prints it.
    const got = readNumbers(c.Input, lang, opts).filter((g) => kind === null || numberItem(g).kind === kind);
    if (sameSet(expected, got, model)) score.passed++;
    else score.failures.push({ input: c.Input, expected: describe(expected), got: describe(got) });
  }
  return score;
}

interface DucklingExample {
  kind: 'numeral' | 'money';
  value?: number;
  low?: number;
  high?: number;
  currency?: string;
  minor?: boolean;
  shape: 'simple' | 'between' | 'under' | 'above';
  texts: string[];
}

const DUCKLING_CURRENCY: Record<string, string> = {
  Dollar: 'USD', USD: 'USD', VND: 'VND', EUR: 'EUR', INR: 'INR', Pound: 'GBP', GBP: 'GBP', AED: 'AED', Cent: '',
};

/** Parses `examples (X) [ "a", "b" ]` blocks of a Duckling corpus. */
export function parseDuckling(source: string): DucklingExample[] {
  const out: DucklingExample[] = [];
  const re = /examples\s*\(([^\n]*?)\)\s*\[((?:\s*,?\s*"(?:[^"\\]|\\.)*")*)\s*\]/g;
  for (const m of source.matchAll(re)) {
    const head = (m[1] as string).trim();
    const texts = [...(m[2] as string).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => JSON.parse(`"${x[1] as string}"`) as string);
    let ex: DucklingExample | null = null;
    const num = /^NumeralValue\s*\(?\s*(-?[\d.]+)\s*\)?$/.exec(head);
    const simple = /^simple\s+(\w+)\s+(-?[\d.]+)$/.exec(head);
    const between = /^between\s+(\w+)\s+\(\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\)$/.exec(head);
    const bound = /^(under|above)\s+(\w+)\s+(-?[\d.]+)$/.exec(head);
    if (num) ex = { kind: 'numeral', value: Number(num[1]), shape: 'simple', texts };
    else if (simple) ex = { kind: 'money', value: Number(simple[2]), currency: simple[1] as string, shape: 'simple', texts };
    else if (between) {
      ex = { kind: 'money', low: Number(between[2]), high: Number(between[3]), currency: between[1] as string, shape: 'between', texts };
    } else if (bound) {
      const v = Number(bound[3]);
      ex = bound[1] === 'under'
        ? { kind: 'money', high: v, currency: bound[2] as string, shape: 'under', texts }
        : { kind: 'money', low: v, currency: bound[2] as string, shape: 'above', texts };
    }
    if (!ex) throw new Error(`unknown Duckling example head: ${head}`);
    out.push(ex);
  }
  return out;
}

const ABOUT = /^(khoảng chừng|khoảng|chừng|tầm khoảng|tầm|xấp xỉ)\s+/;
/** Left out of a span: a sentence's full stop, and the Chinese measure word 个 (Recognizers-Text reads 199个 as 199). */
const TAIL = /(\.|个|個)$/;

/** Scores one Duckling corpus file, e.g. "Numeral_VI_Corpus.hs". */
export function scoreDucklingFile(file: string, half?: Half): FileScore {
  const m = /^(Numeral|AmountOfMoney)_(VI|ZH|PT)_Corpus\.hs$/.exec(file);
  if (!m) throw new Error(`not a Duckling corpus: ${file}`);
  const lang = (m[2] as string).toLowerCase() as ReadLanguage;
  const examples = parseDuckling(readFileSync(`${requirePeers()}duckling/${file}`, 'utf8'));
  const score: FileScore = { file: `duckling/${file}`, cases: 0, passed: 0, failures: [] };
  for (const ex of examples) {
    for (const text of ex.texts) {
      if (half && halfOf(text) !== half) continue;
      score.cases++;
      const trimmed = text.trim();
      const lead = text.indexOf(trimmed);
      const opts: ReadOptions = ex.kind === 'numeral' ? { compound: false } : { openRanges: true };
      const got = readNumbers(text, lang, opts);
      const about = ex.kind === 'money' ? ABOUT.exec(trimmed) : null;
      const starts = [lead, ...(about ? [lead + about[0].length] : [])];
      const tail = TAIL.exec(trimmed);
      const ends = [lead + trimmed.length, ...(tail ? [lead + trimmed.length - tail[0].length] : [])];
      const iso = ex.currency !== undefined ? DUCKLING_CURRENCY[ex.currency] : undefined;
      const cents = ex.currency === 'Cent';
      let ok = got.length === 1;
      const g = got[0];
      if (ok && g) {
        ok = starts.includes(g.start) && ends.includes(g.end);
        if (ex.kind === 'numeral') ok &&= close(g.value, ex.value);
        else if (ex.shape === 'simple') {
          ok &&= g.kind === 'money' && close(g.value, cents ? (ex.value as number) / 100 : ex.value);
          if (iso) ok &&= g.currency === iso;
        } else {
          ok &&= g.kind === 'range' && close(g.low, ex.low) && close(g.high, ex.high);
          if (iso) ok &&= g.currency === iso;
        }
      }
      if (ok) score.passed++;
      else {
        const want = ex.kind === 'numeral' ? `${ex.value}` : `${ex.shape} ${ex.value ?? ''}${ex.low ?? ''}..${ex.high ?? ''} ${ex.currency}`;
        score.failures.push({ input: text, expected: want, got: describe(got) });
      }
    }
  }
  return score;
}

/** Every file of the peers' suites that is scored, in a fixed order. */
export function peerFiles(): { recognizers: string[]; duckling: string[] } {
  const dir = requirePeers();
  const recognizers = readdirSync(`${dir}recognizers-text`).filter((f) => f.endsWith('.json')).sort();
  const duckling = readdirSync(`${dir}duckling`).filter((f) => f.endsWith('.hs')).sort();
  if (recognizers.length === 0 || duckling.length === 0) throw new Error(`no peer test files under ${dir}`);
  return { recognizers, duckling };
}

export function scoreAll(half?: Half): FileScore[] {
  const { recognizers, duckling } = peerFiles();
  return [...recognizers.map((f) => scoreRecognizersFile(f, half)), ...duckling.map((f) => scoreDucklingFile(f, half))];
}
