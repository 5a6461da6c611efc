import { browser } from 'wxt/browser';
import {
  CONCEPT_LANGUAGES,
  conceptLexicon,
  installConceptLexicon,
  parseConceptLexicon,
} from '../../lib/lang/concept-lexicon.ts';
import { getSettings, settingsItem } from '../settings.ts';

/** The reader's interface language: concepts shared with another report are named in it. */
export function interfaceLanguage(): string {
  return (browser.i18n.getUILanguage() || 'en').split(/[-_]/)[0]?.toLowerCase() ?? 'en';
}

/** Languages whose lexicons this reader needs: those they read (all when none is chosen), and the interface's. */
export function lexiconLanguages(readerLanguages: readonly string[], ui: string): string[] {
  const base = readerLanguages.map((l) => l.split(/[-_]/)[0]?.toLowerCase() ?? '');
  const wanted = new Set(base.length ? [...base, ui] : CONCEPT_LANGUAGES);
  return CONCEPT_LANGUAGES.filter((l) => wanted.has(l));
}

let loading: Promise<void> | null = null;

async function load(): Promise<void> {
  const ui = interfaceLanguage();
  const langs = lexiconLanguages((await getSettings()).readerLanguages, ui);
  await Promise.all(
    langs
      .filter((lang) => !conceptLexicon(lang))
      .map(async (lang) => {
        const response = await fetch(new URL(`/concepts/${lang}.txt`, browser.runtime.getURL('/')));
        if (!response.ok) throw new Error(`concepts/${lang}.txt: ${response.status}`);
        installConceptLexicon(parseConceptLexicon(lang, await response.text(), { labels: lang === ui }));
      }),
  );
}

/**
 * Loads the concept lexicons of the languages the reader reads, once per service worker (again when the reader
 * changes them). Analysis waits for it; a lexicon that fails to load leaves its language to names and numbers.
 */
export function ensureConceptLexicons(): Promise<void> {
  loading ??= load().catch((error: unknown) => {
    console.warn('Parallax: concept lexicons not loaded', error);
    loading = null;
  });
  return loading;
}

/**
 * Starts loading the lexicons as the service worker starts, so that the popup's first question rarely waits for
 * them, and loads them again when the reader changes the languages they read. Called from the background's main.
 */
export function watchConceptLanguages(): void {
  void ensureConceptLexicons();
  settingsItem.watch((next, previous) => {
    if (String(next?.readerLanguages) !== String(previous?.readerLanguages)) loading = null;
  });
}
