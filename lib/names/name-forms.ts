import { foldLatin } from '../lang/fold-latin.ts';
import { transliterateCyrillic } from './transliterate-cyrillic.ts';
import { ru } from '../lang/ru/names.ts';

const CYRILLIC = /[\u0400-\u04ff]/;
const RU_SUFFIXES = [...ru.suffixes].sort((a, b) => b.length - a.length);

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

/** A Cyrillic word without its case ending, lower case: Пескова -> песков, Курской -> курск. */
export function cyrillicStem(word: string): string {
  const lower = word.toLowerCase().replaceAll('ё', 'е');
  for (const suffix of RU_SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 3) return lower.slice(0, -suffix.length);
  }
  return lower;
}

/**
 * The form a word is looked up by: Latin words folded ("Rússia" -> "russia"), Cyrillic words stemmed
 * ("России" -> "росси"), so that every spelling and case of a name in one script has one form.
 */
export function wordForm(word: string): string {
  // Plain ASCII letters fold to lower case: no lookup needed (and the cache keeps the words that cost more).
  let ascii = true;
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) continue;
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else {
      ascii = false;
      break;
    }
  }
  if (ascii) return upper ? word.toLowerCase() : word;
  let form = forms.get(word);
  if (form === undefined) {
    form = isCyrillic(word) ? cyrillicStem(word) : foldLatin(word);
    // Words repeat across reports: remember them, within bounds.
    if (forms.size >= MAX_CACHED) forms.clear();
    forms.set(word, form);
  }
  return form;
}

const MAX_CACHED = 50_000;
const forms = new Map<string, string>();

/** Lower-case Latin letters for a word's skeleton: Cyrillic stemmed and transliterated, Latin folded. */
export function wordLatin(word: string): string {
  return isCyrillic(word) ? transliterateCyrillic(cyrillicStem(word)) : foldLatin(word);
}
