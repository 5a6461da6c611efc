import { NAME_LANGUAGES } from './languages.ts';
import { wordForm } from './name-forms.ts';
import { tokenizeWords } from './tokenize-words.ts';

/** A name written in words, as the forms of its words, and what it stands for ("=KP" or a Latin spelling). */
export interface WordAlias {
  forms: readonly string[];
  target: string;
  /** Written in lower case (a demonym: russo, российский): read without a capital letter. */
  lowercase: boolean;
  /** Written in capitals (UN, ONU, ЕС): read only where the text writes it in capitals too, not "Un" in Kim Jong Un. */
  acronym: boolean;
}

export interface Gazetteer {
  /** By the form of the first word; longest first. */
  words: ReadonlyMap<string, readonly WordAlias[]>;
  han: ReadonlyMap<string, string>;
  hanMaxLength: number;
  /** The lengths of the Han names starting with each UTF-16 unit, longest first: where to look, at a glance. */
  hanLengths: ReadonlyMap<number, readonly number[]>;
  /**
   * The one-word names of `words` by stemHash: 1 where one may be (a word whose stem hashes to 0 is none), so that a
   * word's stems are cut out and looked up only when a name could be one (most words are none).
   */
  stems: Uint8Array;
}

/** A hash of the first `length` units of a word (its length, first and last unit) to 16 bits, no string cut. */
export function stemHash(word: string, length: number): number {
  return (Math.imul(length, 0x9e3779b1) ^ Math.imul(word.charCodeAt(0), 0x85ebca6b) ^ Math.imul(word.charCodeAt(length - 1), 0xc2b2ae35)) >>> 16;
}

const HAN = /\p{sc=Han}/u;

/**
 * "КНДР (Корейская ...)" -> both; "Виргинские Острова (США)" -> only the first (the brackets name another
 * country); "Syrien, Arabische Republik" -> "Syrien".
 */
function countryNameVariants(name: string): string[] {
  const out: string[] = [];
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  const head = paren?.[1] ?? '';
  const parts = paren ? (head === head.toUpperCase() ? [head, paren[2] ?? ''] : [head]) : [name];
  for (const part of parts) {
    const head = part.split(',')[0]?.trim();
    if (head) out.push(head);
  }
  return out;
}

function buildGazetteer(): Gazetteer {
  const words = new Map<string, WordAlias[]>();
  const han = new Map<string, string>();
  let hanMaxLength = 0;
  const add = (surface: string, target: string) => {
    if (HAN.test(surface)) {
      if (!han.has(surface)) han.set(surface, target);
      hanMaxLength = Math.max(hanMaxLength, surface.length);
      return;
    }
    const forms = tokenizeWords(surface).map((t) => wordForm(t.text)).filter(Boolean);
    const first = forms[0];
    if (!first) return;
    const list = words.get(first) ?? [];
    const acronym = forms.length === 1 && surface.length <= 6 && surface === surface.toUpperCase();
    // "NATO" (capitals only) does not hide "Nato" (as Italian and English also write it).
    if (list.some((a) => a.forms.join(' ') === forms.join(' ') && a.acronym === acronym)) return;
    list.push({ forms, target, lowercase: surface[0] === surface[0]?.toLowerCase(), acronym });
    words.set(first, list);
  };
  // The languages' own aliases first: they win over a country list's reading of the same words.
  for (const language of NAME_LANGUAGES) {
    for (const [surface, target] of Object.entries(language.aliases)) add(surface, target);
  }
  for (const language of NAME_LANGUAGES) {
    for (const [code, names] of Object.entries(language.countries)) {
      for (const name of Array.isArray(names) ? names : [names]) {
        for (const variant of countryNameVariants(name)) add(variant, `=${code}`);
      }
    }
  }
  for (const list of words.values()) list.sort((a, b) => b.forms.length - a.forms.length);
  const hanLengths = new Map<number, number[]>();
  for (const surface of han.keys()) {
    const lengths = hanLengths.get(surface.charCodeAt(0)) ?? [];
    if (!lengths.includes(surface.length)) lengths.push(surface.length);
    hanLengths.set(surface.charCodeAt(0), lengths);
  }
  for (const lengths of hanLengths.values()) lengths.sort((a, b) => b - a);
  const stems = new Uint8Array(65536);
  for (const [form, list] of words) if (list.some((a) => a.forms.length === 1)) stems[stemHash(form, form.length)] = 1;
  return { words, han, hanMaxLength, hanLengths, stems };
}

let cached: Gazetteer | null = null;

/** Every language's names for countries, capitals and institutions, built once on first use. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}
