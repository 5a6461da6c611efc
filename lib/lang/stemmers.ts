import { isReadLanguage } from '../model/language.ts';
import { LANGUAGES } from './registry.ts';

const identity = (word: string) => word;

/** The language's Snowball stemmer (lower-case words in, stems out); words without inflection (Chinese) stay as they are. */
export function stemmerFor(lang: string): (word: string) => string {
  return (isReadLanguage(lang) ? LANGUAGES[lang].words?.stem : null) ?? identity;
}
