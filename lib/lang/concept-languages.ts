import { LANGUAGE_MODULES } from './registry.ts';

/** Languages that have a concept lexicon (lib/lang/<code>/concepts.txt, built by scripts/build-concepts.ts). */
export const CONCEPT_LANGUAGES: readonly string[] = LANGUAGE_MODULES.filter((m) => m.words !== null).map((m) => m.code).sort();

/** Languages whose lexicons a reader needs: those they read (all when none is chosen), and their interface's. */
export function lexiconLanguages(readerLanguages: readonly string[], ui: string): string[] {
  const base = readerLanguages.map((l) => l.split(/[-_]/)[0]?.toLowerCase() ?? '');
  const wanted = new Set(base.length ? [...base, ui] : CONCEPT_LANGUAGES);
  return CONCEPT_LANGUAGES.filter((l) => wanted.has(l));
}
