/** Chrome's on-device Translator API, where the browser offers it (feature-detected; absent elsewhere). */
interface TranslatorApi {
  availability(o: { sourceLanguage: string; targetLanguage: string }): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(o: { sourceLanguage: string; targetLanguage: string }): Promise<{ translate(text: string): Promise<string> }>;
}

function api(): TranslatorApi | null {
  const t = (globalThis as { Translator?: TranslatorApi }).Translator;
  return t && typeof t.create === 'function' && typeof t.availability === 'function' ? t : null;
}

export interface QuoteTranslator {
  /** The languages among `langs` the browser can translate into the target now, without downloading anything. */
  ready(langs: readonly string[]): Promise<Set<string>>;
  translate(text: string, from: string): Promise<string | null>;
}

/**
 * Translation of quotes on the device, or null when the browser has no translator. Only language pairs the browser
 * already holds are offered: Parallax never makes the browser download a model.
 */
export function onDeviceTranslator(target: string): QuoteTranslator | null {
  const translator = api();
  if (!translator || !target) return null;
  const pair = (from: string) => ({ sourceLanguage: from, targetLanguage: target });
  return {
    async ready(langs) {
      const out = new Set<string>();
      for (const from of new Set(langs)) {
        if (!from || from === 'und' || from === target) continue;
        const state = await translator.availability(pair(from)).catch(() => 'unavailable');
        if (state === 'available') out.add(from);
      }
      return out;
    },
    async translate(text, from) {
      try {
        return await (await translator.create(pair(from))).translate(text);
      } catch {
        return null;
      }
    },
  };
}
