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

/**
 * An open-addressing set of trigrams of UTF-16 units, each with a slot. A trigram is kept as its first unit and the
 * other two in one 32-bit integer, and passed as its three units: a trigram as one 48-bit number would be a double,
 * boxed on the heap at every call that is not inlined (one allocation per trigram read).
 */
class TrigramSlots {
  readonly size: number;
  private readonly high: Uint16Array;
  private readonly low: Int32Array;
  private readonly filled: Uint8Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.size = 1 << bits;
    this.high = new Uint16Array(this.size);
    this.low = new Int32Array(this.size);
    this.filled = new Uint8Array(this.size);
    this.shift = 32 - bits;
    this.mask = this.size - 1;
  }

  private home(a: number, low: number): number {
    return (Math.imul(low, 0x9e3779b1) ^ Math.imul(a, 0x85ebca6b)) >>> this.shift;
  }

  /** The trigram's slot, or -1. */
  find(a: number, b: number, c: number): number {
    const low = (b << 16) | c;
    for (let slot = this.home(a, low); ; slot = (slot + 1) & this.mask) {
      if (this.filled[slot] === 0) return -1;
      if (this.low[slot] === low && this.high[slot] === a) return slot;
    }
  }

  /** The trigram's slot, taken if it had none. */
  add(a: number, b: number, c: number): number {
    const low = (b << 16) | c;
    for (let slot = this.home(a, low); ; slot = (slot + 1) & this.mask) {
      if (this.filled[slot] === 0) {
        this.filled[slot] = 1;
        this.high[slot] = a;
        this.low[slot] = low;
        return slot;
      }
      if (this.low[slot] === low && this.high[slot] === a) return slot;
    }
  }

  /** The slot's trigram's units, into `out` (as find() takes them). */
  unitsAt(slot: number, out: Int32Array): void {
    const low = this.low[slot] ?? 0;
    out[0] = this.high[slot] ?? 0;
    out[1] = low >>> 16;
    out[2] = low & 0xffff;
  }

  free(slot: number): void {
    this.filled[slot] = 0;
  }
}

const SPACE = 32;

/** White space as \s and trim() read it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Counts of the trigrams of a value, by slot, read as franc reads it (trigram-utils: punctuation and digits to spaces,
 * white space collapsed, trimmed, lower case, padded with a space each side). Returns how many slots it used.
 */
function countTrigrams(value: string, slots: TrigramSlots, counts: Int32Array, used: Int32Array): number {
  let usedCount = 0;
  // The last two units of the padded text (it starts with a space), and how many units it has had.
  let u1 = 0;
  let u2 = SPACE;
  let units = 1;
  const push = (u: number): void => {
    if (units >= 2) {
      const slot = slots.add(u1, u2, u);
      const before = counts[slot] ?? 0;
      counts[slot] = before + 1;
      if (before === 0) used[usedCount++] = slot;
    }
    u1 = u2;
    u2 = u;
    units++;
  };
  if (value.includes('\u03a3')) {
    // A capital sigma's lower case depends on what stands beside it, which cleaning changes: clean as franc does.
    const padded = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
    for (let i = 1; i < padded.length; i++) push(padded.charCodeAt(i));
    return usedCount;
  }
  // Otherwise lower-casing first reads the same, and the rest is done in one pass.
  const text = value.toLowerCase();
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x21 && c <= 0x40) || isSpace(c)) {
      gap = true;
      continue;
    }
    if (gap && units > 1) push(SPACE);
    gap = false;
    push(c);
  }
  push(SPACE);
  return usedCount;
}

interface ScriptModels {
  languages: string[];
  /** Trigram slots of all the script's models. */
  slots: TrigramSlots;
  /**
   * Per slot, the languages whose model holds the trigram and its weight there (its rank in franc's list): entries
   * first[slot] to first[slot + 1] of `language` and `weight` (a trigram is in few of the models).
   */
  first: Int32Array;
  language: Uint8Array;
  weight: Int16Array;
}

/**
 * franc's ranking (francAll with `only` and `minLength`), to the same scores and order, computed faster: trigrams as
 * numbers, and one lookup per trigram for all languages of the script rather than one per trigram and language.
 */
export function languageRanker(only: readonly string[], minLength: number): (value: string) => LanguageScore[] {
  const allowed = new Set(only);
  const models = new Map<string, ScriptModels | null>();
  // The text's trigrams, in tables reused from call to call (emptied as they are read): at most 2,048 of them.
  const textSlots = new TrigramSlots(MAX_LENGTH + 2);
  const textCounts = new Int32Array(textSlots.size);
  const textUsed = new Int32Array(textSlots.size);
  const units = new Int32Array(3);

  const modelsOf = (script: string): ScriptModels | null => {
    if (models.has(script)) return models.get(script) ?? null;
    const languages = data[script];
    let entry: ScriptModels | null = null;
    if (languages) {
      const names = Object.keys(languages);
      const kept = names.filter((name) => allowed.size === 0 || allowed.has(name));
      const lists = kept.map((name) => (languages[name] ?? '').split('|'));
      const slots = new TrigramSlots(lists.reduce((n, list) => n + list.length, 0));
      const weights = new Int16Array(slots.size * kept.length).fill(-1);
      lists.forEach((model, l) => {
        // franc keeps a trigram listed twice at its first (lowest) rank.
        for (let w = 0; w < model.length; w++) {
          const trigram = model[w] ?? '';
          if (trigram.length !== 3) continue;
          const at = slots.add(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)) * kept.length + l;
          if (weights[at] === -1) weights[at] = w;
        }
      });
      // Kept sparse: per slot, only the languages that have the trigram.
      const first = new Int32Array(slots.size + 1);
      let entries = 0;
      for (let slot = 0; slot < slots.size; slot++) {
        first[slot] = entries;
        for (let l = 0; l < kept.length; l++) if ((weights[slot * kept.length + l] ?? -1) >= 0) entries++;
      }
      first[slots.size] = entries;
      const language = new Uint8Array(entries);
      const weight = new Int16Array(entries);
      for (let slot = 0, e = 0; slot < slots.size; slot++) {
        for (let l = 0; l < kept.length; l++) {
          const w = weights[slot * kept.length + l] ?? -1;
          if (w < 0) continue;
          language[e] = l;
          weight[e] = w;
          e++;
        }
      }
      entry = { languages: kept, slots, first, language, weight };
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
    const used = countTrigrams(value, textSlots, textCounts, textUsed);
    const count = scriptModels.languages.length;
    // Every trigram missing from a model adds the most; a trigram in it, the difference of count and rank.
    const distance = new Int32Array(count).fill(used * MAX_DIFFERENCE);
    const { first, language, weight } = scriptModels;
    for (let k = 0; k < used; k++) {
      const slot = textUsed[k] ?? 0;
      const n = textCounts[slot] ?? 0;
      textCounts[slot] = 0;
      textSlots.unitsAt(slot, units);
      const modelSlot = scriptModels.slots.find(units[0] ?? 0, units[1] ?? 0, units[2] ?? 0);
      textSlots.free(slot);
      if (modelSlot < 0) continue;
      for (let e = first[modelSlot] ?? 0, end = first[modelSlot + 1] ?? 0; e < end; e++) {
        const l = language[e] ?? 0;
        distance[l] = (distance[l] ?? 0) + Math.abs(n - (weight[e] ?? 0) - 1) - MAX_DIFFERENCE;
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
