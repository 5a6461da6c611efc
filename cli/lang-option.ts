import { isReadLanguage, READ_LANGUAGES, type ReadLanguage } from '../lib/model/language.ts';

/** `--lang L` as given on the command line: a language the engine reads, or 'auto' (detect it from the text). */
export type LangOption = ReadLanguage | 'auto';

export const LANG_USAGE = `--lang must be auto or one of ${READ_LANGUAGES.join(', ')}`;

/**
 * Takes `--lang L` out of the arguments: the language (auto when absent), the other arguments, or an error when the
 * value is missing or unknown.
 */
export function takeLangOption(args: readonly string[], fallback: LangOption | null = 'auto'):
  { lang: LangOption; rest: string[] } | { error: string } {
  const i = args.indexOf('--lang');
  if (i < 0) return fallback === null ? { error: LANG_USAGE } : { lang: fallback, rest: [...args] };
  const value = args[i + 1];
  if (value === undefined || (value !== 'auto' && !isReadLanguage(value))) return { error: LANG_USAGE };
  return { lang: value, rest: [...args.slice(0, i), ...args.slice(i + 2)] };
}
