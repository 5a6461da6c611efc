import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import vi from 'i18n-iso-countries/langs/vi.json';
import zh from 'i18n-iso-countries/langs/zh.json';
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
}

type CountryNames = { countries: Record<string, string | string[]> };

const COUNTRY_NAMES: readonly CountryNames[] = [en, vi, zh, pt, es, fr, de, ru];
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
    if (list.some((a) => a.forms.join(' ') === forms.join(' '))) return;
    const acronym = forms.length === 1 && surface.length <= 6 && surface === surface.toUpperCase();
    list.push({ forms, target, lowercase: surface[0] === surface[0]?.toLowerCase(), acronym });
    words.set(first, list);
  };
  // The languages' own aliases first: they win over a country list's reading of the same words.
  for (const language of NAME_LANGUAGES) {
    for (const [surface, target] of Object.entries(language.aliases)) add(surface, target);
  }
  for (const locale of COUNTRY_NAMES) {
    for (const [code, names] of Object.entries(locale.countries)) {
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
  return { words, han, hanMaxLength, hanLengths };
}

let cached: Gazetteer | null = null;

/** Every language's names for countries, capitals and institutions, built once on first use. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}
