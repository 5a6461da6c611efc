import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** A language (ISO 639-3) and its score, 1 for the best. */
export type LanguageScore = [string, number];

/** franc's constants: its sample limit, and the distance a trigram missing from a language's model adds. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

const SCRIPTS = Object.keys(expressions);
const SCRIPT_EXPRESSIONS = SCRIPTS.map((s) => expressions[s] as RegExp);
/** Each expression as a test of one whole UTF-16 unit. */
const UNIT_TESTS = SCRIPT_EXPRESSIONS.map((re) => new RegExp(`^(?:${re.source})$`));
const SURROGATE = /[\ud800-\udfff]/;

/** Which scripts' expressions match each UTF-16 unit, as a bit mask; -1 until first asked (texts use few units). */
let unitScripts: Int32Array | null = null;

function scriptsOf(unit: number): number {
  unitScripts ??= new Int32Array(65536).fill(-1);
  let mask = unitScripts[unit] ?? -1;
  if (mask < 0) {
    mask = 0;
    const ch = String.fromCharCode(unit);
    for (let k = 0; k < UNIT_TESTS.length; k++) if (UNIT_TESTS[k]?.test(ch)) mask |= 1 << k;
    unitScripts[unit] = mask;
  }
  return mask;
}

/** Matches of each script's expression in the value, as franc counts them (value.match(expression).length). */
function scriptCounts(value: string): number[] {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  if (SURROGATE.test(value)) {
    // Astral characters are matched as surrogate pairs: let the expressions themselves count.
    SCRIPT_EXPRESSIONS.forEach((re, k) => (counts[k] = value.match(re)?.length ?? 0));
    return counts;
  }
  // Without surrogates every match is one unit: count units by the scripts they belong to.
  for (let i = 0; i < value.length; i++) {
    let mask = scriptsOf(value.charCodeAt(i));
    for (let k = 0; mask !== 0; k++, mask >>>= 1) if (mask & 1) counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** A trigram of UTF-16 units as one number (48 bits, exact in a double): no string per trigram. */
function trigramCode(s: string, i: number): number {
  return s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);
}

/** Trigram counts of a value, cleaned as franc cleans it (trigram-utils). */
function trigramCounts(value: string): Map<number, number> {
  const cleaned = value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const padded = ' ' + cleaned + ' ';
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const code = trigramCode(padded, i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

interface ScriptModels {
  languages: string[];
  /** Per trigram, its weight in each language's model (its rank in franc's list), or -1 where the model lacks it. */
  weights: Map<number, Int16Array>;
}

/**
 * franc's ranking (francAll with `only` and `minLength`), to the same scores and order, computed faster: trigrams as
 * numbers, and one lookup per trigram for all languages of the script rather than one per trigram and language.
 */
export function languageRanker(only: readonly string[], minLength: number): (value: string) => LanguageScore[] {
  const allowed = new Set(only);
  const models = new Map<string, ScriptModels | null>();

  const modelsOf = (script: string): ScriptModels | null => {
    if (models.has(script)) return models.get(script) ?? null;
    const languages = data[script];
    let entry: ScriptModels | null = null;
    if (languages) {
      const names = Object.keys(languages).filter((name) => allowed.size === 0 || allowed.has(name));
      const weights = new Map<number, Int16Array>();
      names.forEach((name, l) => {
        const model = (languages[name] ?? '').split('|');
        // franc keeps a trigram listed twice at its first (lowest) rank.
        for (let w = 0; w < model.length; w++) {
          const trigram = model[w] ?? '';
          if (trigram.length !== 3) continue;
          const code = trigramCode(trigram, 0);
          let row = weights.get(code);
          if (!row) {
            row = new Int16Array(names.length).fill(-1);
            weights.set(code, row);
          }
          if (row[l] === -1) row[l] = w;
        }
      });
      entry = { languages: names, weights };
    }
    models.set(script, entry);
    return entry;
  };

  return (input: string): LanguageScore[] => {
    if (!input || input.length < minLength) return [['und', 1]];
    const value = input.slice(0, MAX_LENGTH);
    const counts = scriptCounts(value);
    let topCount = -1;
    let script: string | undefined;
    SCRIPTS.forEach((s, k) => {
      const share = (counts[k] ?? 0) / value.length || 0;
      if (share > topCount) {
        topCount = share;
        script = s;
      }
    });
    if (!script) return [['und', 1]];
    const scriptModels = script in data ? modelsOf(script) : null;
    if (!scriptModels) {
      if (script in data || topCount === 0 || (allowed.size > 0 && !allowed.has(script))) return [['und', 1]];
      return [[script, 1]];
    }
    if (scriptModels.languages.length === 0) return [['und', 1]];
    const trigrams = trigramCounts(value);
    // Every trigram missing from a model adds the most; a trigram in it, the difference of count and rank.
    const distance = new Array<number>(scriptModels.languages.length).fill(trigrams.size * MAX_DIFFERENCE);
    for (const [code, count] of trigrams) {
      const row = scriptModels.weights.get(code);
      if (!row) continue;
      for (let l = 0; l < row.length; l++) {
        const w = row[l] ?? -1;
        if (w >= 0) distance[l] = (distance[l] ?? 0) + Math.abs(count - w - 1) - MAX_DIFFERENCE;
      }
    }
    const ranked: LanguageScore[] = scriptModels.languages.map((name, l) => [name, distance[l] ?? 0]);
    ranked.sort((a, b) => a[1] - b[1]);
    const min = ranked[0]?.[1] ?? 0;
    const max = value.length * MAX_DIFFERENCE - min;
    for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
    return ranked;
  };
}
