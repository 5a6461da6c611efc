import { READ_LANGUAGES, type ReadLanguage } from '../model/language.ts';
import { de } from './de/index.ts';
import { en } from './en/index.ts';
import { es } from './es/index.ts';
import { fr } from './fr/index.ts';
import { it } from './it/index.ts';
import type { LanguageModule } from './language-module.ts';
import { pt } from './pt/index.ts';
import { ru } from './ru/index.ts';
import { vi } from './vi/index.ts';
import { zh } from './zh/index.ts';

/**
 * Every language Parallax reads, one folder each (lib/lang/<code>/index.ts): the number, figure, name, word and
 * detection registries are read from here. Keyed by READ_LANGUAGES, the light list of codes that the options page and
 * storage use, so that the compiler refuses a code without its module and a module without its code.
 */
export const LANGUAGES: Readonly<Record<ReadLanguage, LanguageModule>> = { vi, zh, pt, en, es, fr, de, ru, it };

/** The registered modules, in the order of READ_LANGUAGES. */
export const LANGUAGE_MODULES: readonly LanguageModule[] = READ_LANGUAGES.map((code) => LANGUAGES[code]);

/** One part of every language, by code (the number, figure ... registries). */
export function languageParts<K extends keyof LanguageModule>(part: K): Readonly<Record<ReadLanguage, LanguageModule[K]>> {
  return Object.fromEntries(LANGUAGE_MODULES.map((m) => [m.code, m[part]])) as Record<ReadLanguage, LanguageModule[K]>;
}
