/** Chrome's on-device Translator API, where the browser offers it (feature-detected; absent elsewhere). */
interface TranslatorApi {
  availability(o: { sourceLanguage: string; targetLanguage: string }): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(o: { sourceLanguage: string; targetLanguage: string }): Promise<{ translate(text: string): Promise<string> }>;
}

function api(): TranslatorApi | null {
  const t = (globalThis as { Translator?: TranslatorApi }).Translator;
  return t && typeof t.create === 'function' && typeof t.availability === 'function' ? t : null;
}

/**
 * A translate function for quotes, or null when the browser has no on-device translator. Only language pairs the
 * browser already holds are used: Parallax never makes the browser download a model.
 */
export function onDeviceTranslator(target: string): ((text: string, from: string) => Promise<string | null>) | null {
  const translator = api();
  if (!translator || !target) return null;
  return async (text, from) => {
    if (!from || from === 'und' || from === target) return null;
    try {
      const pair = { sourceLanguage: from, targetLanguage: target };
      if ((await translator.availability(pair)) !== 'available') return null;
      return await (await translator.create(pair)).translate(text);
    } catch {
      return null;
    }
  };
}
