import type { NameLanguage } from '../lang/name-language.ts';
import { de } from '../lang/de/names.ts';
import { en } from '../lang/en/names.ts';
import { es } from '../lang/es/names.ts';
import { fr } from '../lang/fr/names.ts';
import { it } from '../lang/it/names.ts';
import { pt } from '../lang/pt/names.ts';
import { ru } from '../lang/ru/names.ts';
import { vi } from '../lang/vi/names.ts';
import { zh } from '../lang/zh/names.ts';

/** Every language with name data, registered in one place. */
export const NAME_LANGUAGES: readonly NameLanguage[] = [en, vi, zh, pt, es, fr, de, ru, it];

export function nameLanguage(code: string): NameLanguage | undefined {
  const base = code.toLowerCase().split('-')[0];
  return NAME_LANGUAGES.find((l) => l.code === base);
}
