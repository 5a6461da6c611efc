import { LANGUAGE_MODULES } from './registry.ts';

/** Languages that have a concept lexicon (lib/lang/<code>/concepts.txt, built by scripts/build-concepts.ts). */
export const CONCEPT_LANGUAGES: readonly string[] = LANGUAGE_MODULES.filter((m) => m.words !== null).map((m) => m.code).sort();
