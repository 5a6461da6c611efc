import { conceptLexicon, installConceptLexicon, parseConceptLexicon } from '../lib/lang/concept-lexicon.ts';

/**
 * Fetches and installs the concept lexicons of `langs` that are not installed yet, from the extension's
 * concepts/<lang>.txt at `base`; the interface language's (`labels`) keeps its words, to name shared concepts.
 */
export async function loadConceptLexicons(base: string, langs: readonly string[], labels: string | null): Promise<void> {
  await Promise.all(
    langs
      .filter((lang) => !conceptLexicon(lang))
      .map(async (lang) => {
        const response = await fetch(new URL(`/concepts/${lang}.txt`, base));
        if (!response.ok) throw new Error(`concepts/${lang}.txt: ${response.status}`);
        installConceptLexicon(parseConceptLexicon(lang, await response.text(), { labels: lang === labels }));
      }),
  );
}
