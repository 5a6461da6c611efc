// The concept lexicons for lib code bundled into a bench (bench/browser-bundle.ts): a bundle has its own copy of
// lib, so it installs its own lexicons, from the built extension's concepts/<lang>.txt, as the service worker does.
import { CONCEPT_LANGUAGES, installConceptLexicon, parseConceptLexicon } from '../../lib/lang/concept-lexicon.ts';
import { vocabularyOf, type Vocabulary } from '../generate-corpus.ts';

/** The extension's own base URL where the bundle runs in the extension, null in a web page. */
export function extensionBase(): string | null {
  const runtime = (globalThis as { chrome?: { runtime?: { getURL?: (path: string) => string } } }).chrome?.runtime;
  return runtime?.getURL ? runtime.getURL('/') : null;
}

/** Every concept language's lexicon text, fetched from `base` + concepts/<lang>.txt. */
export async function fetchLexiconTexts(base: string): Promise<Record<string, string>> {
  const texts = await Promise.all(
    CONCEPT_LANGUAGES.map(async (lang) => {
      const response = await fetch(new URL(`concepts/${lang}.txt`, base));
      if (!response.ok) throw new Error(`concepts/${lang}.txt: ${response.status}`);
      return [lang, await response.text()] as const;
    }),
  );
  return Object.fromEntries(texts);
}

/**
 * Fetches and installs all the languages' lexicons from `base` + concepts/<lang>.txt (labels in English); returns
 * their words, for generated reports that carry concepts as real ones do.
 */
export async function installConceptLexicons(base: string): Promise<Record<string, Vocabulary>> {
  const vocabulary: Record<string, Vocabulary> = {};
  for (const [lang, text] of Object.entries(await fetchLexiconTexts(base))) {
    installConceptLexicon(parseConceptLexicon(lang, text, { labels: lang === 'en' }));
    vocabulary[lang] = vocabularyOf(text);
  }
  return vocabulary;
}
