/** Languages whose figures Parallax reads. Detection may report any BCP 47 tag, or "und". */
export const READ_LANGUAGES = ['vi', 'zh', 'pt', 'en', 'es', 'fr', 'de', 'ru', 'it'] as const;
export type ReadLanguage = (typeof READ_LANGUAGES)[number];

export function isReadLanguage(tag: string): tag is ReadLanguage {
  return (READ_LANGUAGES as readonly string[]).includes(tag);
}
