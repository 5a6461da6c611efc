import type { NameLanguage } from '../lang/name-language.ts';
import { LANGUAGE_MODULES } from '../lang/registry.ts';

/** Every language's name data (lib/lang/<code>/names.ts), from the registry. */
export const NAME_LANGUAGES: readonly NameLanguage[] = LANGUAGE_MODULES.map((m) => m.names);

export function nameLanguage(code: string): NameLanguage | undefined {
  const base = code.toLowerCase().split('-')[0];
  return NAME_LANGUAGES.find((l) => l.code === base);
}
