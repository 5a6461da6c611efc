// Currencies as written around an amount, from the runtime's own ISO 4217 and CLDR data (Intl): every code, its
// symbols in the language and in English, its names in the language. Built once per language; nothing listed by hand
// here. A language's numbers.ts adds what Intl does not know (slang, "kuai", minor units, "MEUR").
import type { CurrencyWord } from './number-words.ts';
import { MEASURE_UNITS } from './measure-units.ts';

/** Precious metals, funds and test codes (XAU, XDR, XTS...) are no money a story counts in; XAF, XOF, XCD, XPF are. */
function isMoney(code: string): boolean {
  return !code.startsWith('X') || ['XAF', 'XOF', 'XCD', 'XPF'].includes(code);
}

function currencyCodes(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return (intl.supportedValuesOf?.('currency') ?? []).filter(isMoney);
}

/** The parts of formatted amounts that name their currency (one formatter for amounts with the same decimals). */
function currencyParts(locale: string, code: string, display: 'symbol' | 'narrowSymbol' | 'name', amounts: readonly number[]): string[] {
  const out: string[] = [];
  try {
    // Whole amounts without decimals, so that each plural form is asked for (5 долларов, not 5,00 доллара).
    const whole = amounts.filter((a) => Number.isInteger(a));
    const parts = (digits: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: display,
      minimumFractionDigits: digits, maximumFractionDigits: digits });
    const formats: [Intl.NumberFormat, number[]][] = [];
    if (whole.length) formats.push([parts(0), whole]);
    if (whole.length < amounts.length) formats.push([parts(1), amounts.filter((a) => !Number.isInteger(a))]);
    for (const [format, list] of formats) {
      for (const a of list) {
        const value = format.formatToParts(a).find((p) => p.type === 'currency')?.value.trim();
        if (value) out.push(value);
      }
    }
  } catch {
    // A code the runtime lists but cannot format: left out.
  }
  return out;
}

/** English symbols of a code (CA$, $), the same for every language: asked once. */
const englishSymbols = new Map<string, { symbol: string | null; narrow: string | null }>();

function english(code: string): { symbol: string | null; narrow: string | null } {
  let hit = englishSymbols.get(code);
  if (!hit) {
    hit = { symbol: currencyParts('en', code, 'symbol', [1])[0] ?? null, narrow: currencyParts('en', code, 'narrowSymbol', [1])[0] ?? null };
    englishSymbols.set(code, hit);
  }
  return hit;
}

/** Letters in a form: it must then be written as listed (case included), and be at least two letters long. */
const LETTER = /\p{L}/u;

interface Candidate {
  code: string;
  rank: number;
}

/** Keeps, for each form, the codes of its best rank; a form that two currencies share at that rank is left out. */
function resolve(candidates: Map<string, Candidate[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [form, list] of candidates) {
    const best = Math.max(...list.map((c) => c.rank));
    const codes = new Set(list.filter((c) => c.rank === best).map((c) => c.code));
    if (codes.size === 1) out.set(form, [...codes][0] as string);
  }
  return out;
}

function add(candidates: Map<string, Candidate[]>, form: string | null, code: string, rank: number): void {
  if (!form || /\d/.test(form)) return;
  const letters = [...form].filter((c) => LETTER.test(c)).length;
  // A lone letter (R, K, L, P) is too often an initial; a unit's symbol (KM, Ft, kn) is that unit.
  if (letters === 1 && [...form].length === 1) return;
  if (Object.hasOwn(MEASURE_UNITS, form.toLowerCase())) return;
  candidates.set(form, [...(candidates.get(form) ?? []), { code, rank }]);
}

function entry(form: string, code: string): CurrencyWord {
  return LETTER.test(form) && !form.includes(' ') ? { iso: code, form } : { iso: code };
}

export interface CurrencyForms {
  before: Record<string, CurrencyWord>;
  after: Record<string, CurrencyWord>;
}

const cache = new Map<string, CurrencyForms>();

/**
 * The currency forms of a language (a BCP 47 tag): before an amount its symbols and codes ("RM", "US$", "MYR",
 * "USD$"), after it the same and the currency's names in the language, in each plural form ("ringgits malais",
 * "доллара США", "美元"). Symbols are the language's own first, then English ones, then narrow symbols only one
 * currency uses.
 */
export function currencyForms(locale: string): CurrencyForms {
  const hit = cache.get(locale);
  if (hit) return hit;
  const symbols = new Map<string, Candidate[]>();
  const names = new Map<string, Candidate[]>();
  const codes = currencyCodes();
  const display = new Intl.DisplayNames(locale, { type: 'currency' });
  for (const code of codes) {
    const en = english(code);
    add(symbols, currencyParts(locale, code, 'symbol', [1])[0] ?? null, code, 3);
    add(symbols, en.symbol, code, 2);
    add(symbols, en.narrow, code, 1);
    add(symbols, code, code, 4);
    // A code written before a dollar sign: "USD$", "AUD$", "NZD$".
    if (en.narrow === '$') add(symbols, `${code}$`, code, 4);
    for (const name of currencyParts(locale, code, 'name', [1, 2, 5, 1.5])) add(names, name.toLowerCase(), code, 1);
    add(names, display.of(code)?.toLowerCase() ?? null, code, 1);
  }
  const before: Record<string, CurrencyWord> = {};
  const after: Record<string, CurrencyWord> = {};
  for (const [form, code] of resolve(symbols)) {
    before[form.toLowerCase()] = entry(form, code);
    after[form.toLowerCase()] = entry(form, code);
  }
  for (const [form, code] of resolve(names)) after[form] ??= { iso: code };
  const forms = { before, after };
  cache.set(locale, forms);
  return forms;
}
