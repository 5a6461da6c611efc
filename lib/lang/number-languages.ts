import type { ReadLanguage } from '../model/language.ts';
import type { NumberLanguage } from './number-words.ts';
import { de } from './de/numbers.ts';
import { en } from './en/numbers.ts';
import { es } from './es/numbers.ts';
import { fr } from './fr/numbers.ts';
import { it } from './it/numbers.ts';
import { pt } from './pt/numbers.ts';
import { ru } from './ru/numbers.ts';
import { vi } from './vi/numbers.ts';
import { zh } from './zh/numbers.ts';

/** Every language's number data, in one place: adding a language is adding its file and a line here. */
export const NUMBER_LANGUAGES: Readonly<Record<ReadLanguage, NumberLanguage>> = { vi, zh, pt, en, es, fr, de, ru, it };

export function numberLanguage(lang: ReadLanguage): NumberLanguage {
  return NUMBER_LANGUAGES[lang];
}
