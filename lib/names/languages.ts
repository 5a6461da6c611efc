import type { NameLanguage } from './name-language.ts';
import { de } from './languages/de.ts';
import { en } from './languages/en.ts';
import { es } from './languages/es.ts';
import { fr } from './languages/fr.ts';
import { it } from './languages/it.ts';
import { pt } from './languages/pt.ts';
import { ru } from './languages/ru.ts';
import { vi } from './languages/vi.ts';
import { zh } from './languages/zh.ts';

/** Every language with name data, registered in one place. */
export const NAME_LANGUAGES: readonly NameLanguage[] = [en, vi, zh, pt, es, fr, de, ru, it];

export function nameLanguage(code: string): NameLanguage | undefined {
  const base = code.toLowerCase().split('-')[0];
  return NAME_LANGUAGES.find((l) => l.code === base);
}
