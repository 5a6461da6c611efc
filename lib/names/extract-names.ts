import { entityWithParents } from './entities.ts';
import { gazetteer, stemHash, type Gazetteer, type WordAlias } from './gazetteer.ts';
import { TRANSCRIPTION_UNITS, hanToLatin, isEverydayHan } from './han-transcription.ts';
import { en } from '../lang/en/names.ts';
import { nameLanguage } from './languages.ts';
import type { NameLanguage } from '../lang/name-language.ts';
import { wordForm, wordLatin } from './name-forms.ts';
import { nameSkeleton } from './name-skeleton.ts';
import { tokenizeWords, type WordToken } from './tokenize-words.ts';

/** A name as a report writes it, with its language-independent key. */
export interface NameMention {
  /** "n:KP" for a known entity, "n:pskf" for a name's consonant skeleton, "n:am." for an acronym. */
  key: string;
  /** As written: "Bình Nhưỡng", "佩斯科夫", "Пескова". */
  surface: string;
  start: number;
  end: number;
}

const MIN_SKELETON = 2;
const HAN_SEPARATOR = /[·・‧•]/u;
const ACRONYM = /^(\p{Lu}{2,6})s?$/u;

/** Keys for a target: "=KP-CAPITAL" -> n:KP-CAPITAL, n:KP; "Kim Jong Un" -> the skeletons of its words. */
function targetKeys(target: string): string[] {
  if (target.startsWith('=')) return entityWithParents(target.slice(1)).map((id) => `n:${id}`);
  return tokenizeWords(target).flatMap((t) => wordKeys(t.text));
}

/**
 * Keys of an unknown capitalised word: an acronym as itself, a name by the skeleton of each hyphenated part
 * (or the part's entity: Rússia-Ucrânia).
 */
function wordKeys(word: string): string[] {
  const acronym = ACRONYM.exec(word);
  if (acronym?.[1]) return [`n:${wordLatin(acronym[1])}.`];
  if (!/['’\-‐‑]/u.test(word)) return skeletonKeys(word);
  return word.split(/['’\-‐‑]/u).flatMap(partKeys);
}

/** Keys of one part of a hyphenated name: its entity where the gazetteer has it as one word, else its skeleton. */
function partKeys(part: string): string[] {
  const alias = gazetteer().words.get(wordForm(part))?.find((a) => a.forms.length === 1 && !a.acronym);
  return alias ? targetKeys(alias.target) : skeletonKeys(part);
}

function skeletonKeys(word: string): string[] {
  const skeleton = nameSkeleton(wordLatin(word));
  return skeleton.length >= MIN_SKELETON ? [`n:${skeleton}`] : [];
}

const HYPHEN = /[-‐‑]/u;
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * The names inside a hyphenated word that starts in lower case: a capital after the hyphen marks a name, after an
 * Arabic article or a prefix (al-Assad, el-Sissi, pro-Kadhafi, anti-Morsi, post-Mubarak).
 */
function hyphenatedNames(token: WordToken, context: Context, out: NameMention[]): void {
  if (!HYPHEN.test(token.text)) return;
  let offset = 0;
  for (const part of token.text.split(HYPHEN)) {
    const start = token.start + offset;
    offset += part.length + 1;
    if (start === token.start || part.length < 2 || !UPPER_FIRST.test(part) || context.notNames.has(wordForm(part))) continue;
    const acronym = ACRONYM.exec(part);
    const keys = acronym?.[1] ? [`n:${wordLatin(acronym[1])}.`] : partKeys(part);
    for (const key of keys) out.push({ key, surface: part, start, end: start + part.length });
  }
}

interface Context {
  language: NameLanguage;
  notNames: ReadonlySet<string>;
  /** Forms seen written in lower case: such a word with a capital is a common word, not a name. */
  lowercase: ReadonlySet<string>;
  /** Forms seen capitalised away from a sentence start: a name even where a sentence starts with it. */
  capitalizedInside: ReadonlySet<string>;
  nounMarkers: ReadonlySet<string>;
}

const NO_ALIASES: readonly WordAlias[] = [];

function matchWordAlias(tokens: readonly WordToken[], forms: readonly string[], i: number, context: Context, g: Gazetteer) {
  const first = forms[i];
  if (!first) return null;
  // The word's own aliases, then those of its stem; copied only when a stem adds one (most words are no alias, and
  // their stems are not cut out unless the filter says a name may be one).
  let candidates: readonly WordAlias[] = g.words.get(first) ?? NO_ALIASES;
  let added: WordAlias[] | null = null;
  for (const suffix of context.language.lookupSuffixes) {
    const stemLength = first.length - suffix.length;
    if (stemLength < 3 || !first.endsWith(suffix) || g.stems[stemHash(first, stemLength)] !== 1) continue;
    const stemAliases = g.words.get(first.slice(0, stemLength));
    if (stemAliases === undefined) continue;
    for (const alias of stemAliases) {
      if (alias.forms.length !== 1) continue;
      if (added === null) candidates = added = [...candidates];
      added.push(alias);
    }
  }
  for (const alias of candidates) {
    const length = alias.forms.length;
    let ok = true;
    let capital = false;
    for (let k = 0; k < length; k++) {
      const token = tokens[i + k];
      if (!token || token.kind !== 'word' || (k > 0 && (!token.joined || forms[i + k] !== alias.forms[k]))) {
        ok = false;
        break;
      }
      if (token.capitalized) capital = true;
    }
    if (!ok || (!capital && !alias.lowercase)) continue;
    const token = tokens[i];
    if (alias.acronym && token?.text !== token?.text.toUpperCase()) continue;
    // "Anh ấy" (he) starting a sentence is no England.
    if (length === 1 && token?.initial && context.notNames.has(first)) continue;
    return alias;
  }
  return null;
}

function hanMentions(token: WordToken, context: Context, g: Gazetteer, out: NameMention[]): void {
  const text = token.text;
  const { abbreviations, abbreviationHeads } = context.language.code === 'zh' ? context.language : ZH_ABBREVIATIONS;
  const abbreviationOf = unitMap(abbreviations);
  const flags = hanFlags(abbreviations, abbreviationOf, g);
  const notNames = context.language.code === 'zh' ? context.notNames : ZH_NOT_NAMES;
  let i = 0;
  let previousAbbreviation = false;
  const aliasAt = (at: number): { surface: string; target: string } | null => {
    // Only the lengths of names starting with this character, longest first.
    if (((flags[text.charCodeAt(at)] ?? 0) & ALIAS_START) === 0) return null;
    const lengths = g.hanLengths.get(text.charCodeAt(at));
    if (!lengths) return null;
    for (const length of lengths) {
      if (length < 2) break;
      if (length > text.length - at) continue;
      const surface = text.slice(at, at + length);
      const target = g.han.get(surface);
      if (target) return { surface, target };
    }
    return null;
  };
  while (i < text.length) {
    const alias = aliasAt(i);
    if (alias) {
      for (const key of targetKeys(alias.target)) {
        out.push({ key, surface: alias.surface, start: token.start + i, end: token.start + i + alias.surface.length });
      }
      i += alias.surface.length;
      previousAbbreviation = false;
      continue;
    }
    const code = text.charCodeAt(i);
    const flag = flags[code] ?? 0;
    const abbreviation = flag & ABBREVIATION ? abbreviationOf.get(code) : undefined;
    if (abbreviation) {
      const ch = text[i] ?? '';
      const next = text[i + 1] ?? '';
      if (previousAbbreviation || ((flags[text.charCodeAt(i + 1)] ?? 0) & ABBREVIATION) !== 0 || (next && abbreviationHeads.includes(next))) {
        for (const key of targetKeys(abbreviation)) out.push({ key, surface: ch, start: token.start + i, end: token.start + i + 1 });
        previousAbbreviation = true;
        i++;
        continue;
      }
    }
    previousAbbreviation = false;
    if (flag & TRANSCRIPTION) {
      let j = i + 1;
      while (j < text.length && ((flags[text.charCodeAt(j)] ?? 0) & (TRANSCRIPTION | SEPARATOR)) !== 0 && !aliasAt(j)) j++;
      const run = text.slice(i, j);
      const letters = run.replace(HAN_SEPARATOR, '');
      const plausible = letters.length >= 3 || [...letters].some((c) => !isEverydayHan(c));
      if (letters.length >= 2 && plausible && !notNames.has(run)) {
        const parts = run.split(HAN_SEPARATOR);
        // 佩斯科夫高(度): a run's last character may start the next word; read the run both ways.
        const last = parts[parts.length - 1] ?? '';
        if (last.length >= 3 && isEverydayHan(last[last.length - 1] ?? '')) parts.push(last.slice(0, -1));
        for (const part of parts) {
          const skeleton = nameSkeleton(hanToLatin(part));
          if (part.length >= 2 && skeleton.length >= MIN_SKELETON) {
            out.push({ key: `n:${skeleton}`, surface: run, start: token.start + i, end: token.start + j });
          }
        }
      }
      i = j;
      continue;
    }
    i++;
  }
}

const ALIAS_START = 1;
const ABBREVIATION = 2;
const TRANSCRIPTION = 4;
/** · ・ ‧ •, as HAN_SEPARATOR matches them. */
const SEPARATOR = 8;
const flagTables = new WeakMap<object, Uint8Array>();

/** What each UTF-16 unit may be in a Han run, as bits, so that most characters need no lookup at all. */
function hanFlags(abbreviations: object, abbreviationOf: ReadonlyMap<number, string>, g: Gazetteer): Uint8Array {
  let flags = flagTables.get(abbreviations);
  if (!flags) {
    flags = new Uint8Array(65536);
    for (const code of g.hanLengths.keys()) flags[code] = (flags[code] ?? 0) | ALIAS_START;
    for (const code of abbreviationOf.keys()) flags[code] = (flags[code] ?? 0) | ABBREVIATION;
    for (const code of TRANSCRIPTION_UNITS) flags[code] = (flags[code] ?? 0) | TRANSCRIPTION;
    for (const code of [0xb7, 0x30fb, 0x2027, 0x2022]) flags[code] = (flags[code] ?? 0) | SEPARATOR;
    flagTables.set(abbreviations, flags);
  }
  return flags;
}

const unitMaps = new WeakMap<Readonly<Record<string, string>>, ReadonlyMap<number, string>>();

/** One-character abbreviations by UTF-16 unit, built once per table (an object read by a fresh string is slow). */
function unitMap(table: Readonly<Record<string, string>>): ReadonlyMap<number, string> {
  let map = unitMaps.get(table);
  if (!map) {
    map = new Map(Object.entries(table).filter(([ch]) => ch.length === 1).map(([ch, target]) => [ch.charCodeAt(0), target]));
    unitMaps.set(table, map);
  }
  return map;
}

const ZH = nameLanguage('zh');
const ZH_ABBREVIATIONS = { abbreviations: ZH?.abbreviations ?? {}, abbreviationHeads: ZH?.abbreviationHeads ?? '' };
const ZH_NOT_NAMES: ReadonlySet<string> = new Set(ZH?.notNames ?? []);

const setsByLanguage = new Map<NameLanguage, { notNames: ReadonlySet<string>; nounMarkers: ReadonlySet<string> }>();

/** A language's word lists as sets, built once. */
function languageSets(language: NameLanguage): { notNames: ReadonlySet<string>; nounMarkers: ReadonlySet<string> } {
  let sets = setsByLanguage.get(language);
  if (!sets) {
    sets = { notNames: new Set([...language.notNames, ...en.notNames]), nounMarkers: new Set(language.nounMarkers) };
    setsByLanguage.set(language, sets);
  }
  return sets;
}

/**
 * The names a text mentions (people, places, organisations), each with a key that is the same in every language
 * and script: countries, capitals and institutions by the gazetteer, other names by their consonant skeleton.
 * Linear in the text. `lang` is a BCP 47 tag; an unknown language is read with English conventions.
 */
export function extractNames(text: string, lang: string): NameMention[] {
  const language = nameLanguage(lang) ?? en;
  const g = gazetteer();
  const tokens = tokenizeWords(text);
  const forms: string[] = [];
  const lowercase = new Set<string>();
  const capitalizedInside = new Set<string>();
  for (const t of tokens) {
    const form = t.kind === 'word' ? wordForm(t.text) : '';
    forms.push(form);
    if (t.kind !== 'word') continue;
    if (!t.capitalized) lowercase.add(form);
    else if (!t.initial) capitalizedInside.add(form);
  }
  const { notNames, nounMarkers } = languageSets(language);
  const context: Context = { language, notNames, lowercase, capitalizedInside, nounMarkers };
  const out: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    if (token.kind === 'han') {
      hanMentions(token, context, g, out);
      i++;
      continue;
    }
    const alias = matchWordAlias(tokens, forms, i, context, g);
    if (alias) {
      const last = tokens[i + alias.forms.length - 1] ?? token;
      const surface = text.slice(token.start, last.end);
      for (const key of targetKeys(alias.target)) out.push({ key, surface, start: token.start, end: last.end });
      i += alias.forms.length;
      continue;
    }
    if (isNameWord(tokens, forms, i, context)) {
      for (const key of wordKeys(token.text)) out.push({ key, surface: token.text, start: token.start, end: token.end });
    } else if (!token.capitalized) hyphenatedNames(token, context, out);
    i++;
  }
  return out;
}

function isNameWord(tokens: readonly WordToken[], forms: readonly string[], i: number, context: Context): boolean {
  const token = tokens[i];
  const form = forms[i] ?? '';
  if (!token?.capitalized || form.length < 2) return false;
  if (context.notNames.has(form) || context.lowercase.has(form)) return false;
  if (token.joined && i > 0 && context.nounMarkers.has(forms[i - 1] ?? '')) return false;
  for (const e of context.language.nounEndings) if (form.length > e.length + 2 && form.endsWith(e)) return false;
  if (!token.initial) return true;
  // A sentence's first word is a name only if the text also capitalises it elsewhere.
  return context.capitalizedInside.has(form);
}
