import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';

/** Snowball stemmers (lower-case words in, stems out) of the languages that have a concept lexicon. */
const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  en: english,
  es: spanish,
  fr: french,
  it: italian,
  pt: portuguese,
};

const identity = (word: string) => word;

/** The language's stemmer; scripts without inflection (Chinese) keep the word as it is. */
export function stemmerFor(lang: string): (word: string) => string {
  return STEMMERS[lang] ?? identity;
}
