import type { Figure } from '../model/figure.ts';
import type { ReadLanguage } from '../model/language.ts';

/** Placeholder until the figure extractor lands: no figures. */
export function extractFigures(_text: string, _lang: ReadLanguage, _options?: { published?: string | null }): Figure[] {
  return [];
}
