import type { ReadLanguage } from '../model/language.ts';
import type { NumberLanguage } from './number-words.ts';
import { languageParts } from './registry.ts';

/** Every language's number data (lib/lang/<code>/numbers.ts), from the registry. */
export const NUMBER_LANGUAGES: Readonly<Record<ReadLanguage, NumberLanguage>> = languageParts('numbers');

export function numberLanguage(lang: ReadLanguage): NumberLanguage {
  return NUMBER_LANGUAGES[lang];
}
