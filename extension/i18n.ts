import { browser } from 'wxt/browser';

/** The extension's own words in the browser's language (public/_locales), with the English text as fallback. */
export function t(key: string, fallback: string, substitutions?: string[]): string {
  try {
    return browser.i18n.getMessage(key as never, substitutions) || fallback;
  } catch {
    return fallback;
  }
}

/** The reader's interface language: concepts shared with another report are named in it. */
export function interfaceLanguage(): string {
  return (browser.i18n.getUILanguage() || 'en').split(/[-_]/)[0]?.toLowerCase() ?? 'en';
}
