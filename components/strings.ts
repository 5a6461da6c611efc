/** Translates a message key, with the English text as fallback. Views receive it as a prop. */
export type Translate = (key: string, fallback: string, substitutions?: string[]) => string;

/** Language names in the reader's UI language where the runtime knows them. */
export function languageName(tag: string, uiLang: string): string {
  if (!tag || tag === 'und') return '?';
  try {
    return new Intl.DisplayNames([uiLang || 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A date as the reader reads it (no time). */
export function shortDate(iso: string | null, uiLang: string): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return new Date(t).toLocaleDateString(uiLang || 'en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** Only http(s) URLs become links: never javascript:, data: or anything else a page could plant. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
