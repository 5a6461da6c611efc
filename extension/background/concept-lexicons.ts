import { browser } from 'wxt/browser';
import { loadConceptLexicons } from '../concept-lexicon-files.ts';
import { lexiconLanguages } from '../../lib/lang/concept-languages.ts';
import { interfaceLanguage } from '../i18n.ts';
import { getSettings, settingsItem } from '../settings.ts';

let loading: Promise<void> | null = null;

async function load(): Promise<void> {
  const ui = interfaceLanguage();
  const langs = lexiconLanguages((await getSettings()).readerLanguages, ui);
  await loadConceptLexicons(browser.runtime.getURL('/'), langs, ui);
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
