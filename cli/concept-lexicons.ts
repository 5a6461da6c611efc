import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  CONCEPT_LANGUAGES,
  installConceptLexicon,
  parseConceptLexicon,
} from '../lib/lang/concept-lexicon.ts';

/** Loads every language's concept lexicon from lib/lang/<code>/concepts.txt (the CLI reads any language). */
export async function loadConceptLexicons(langs: readonly string[] = CONCEPT_LANGUAGES): Promise<void> {
  await Promise.all(
    langs.map(async (lang) => {
      const file = fileURLToPath(new URL(`../lib/lang/${lang}/concepts.txt`, import.meta.url));
      installConceptLexicon(parseConceptLexicon(lang, await readFile(file, 'utf8')));
    }),
  );
}
