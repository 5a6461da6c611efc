/** Languages that have a concept lexicon (lib/lang/<code>/concepts.txt, built by scripts/build-concepts.ts). */
export const CONCEPT_LANGUAGES = ['en', 'es', 'fr', 'it', 'pt', 'zh'] as const;
