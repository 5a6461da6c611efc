import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONCEPT_LANGUAGES } from '../lib/lang/concept-lexicon.ts';
import { vocabularyOf, type Vocabulary } from './generate-corpus.ts';

/** Every concept lexicon's words, read from lib/lang/<code>/concepts.txt: generated reports then carry real concepts. */
export function readVocabularies(): Record<string, Vocabulary> {
  const out: Record<string, Vocabulary> = {};
  for (const lang of CONCEPT_LANGUAGES) {
    out[lang] = vocabularyOf(readFileSync(fileURLToPath(new URL(`../lib/lang/${lang}/concepts.txt`, import.meta.url)), 'utf8'));
  }
  return out;
}
