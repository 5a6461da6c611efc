import type { ReadLanguage } from '../model/language.ts';
import type { FigureWords } from './figure-words.ts';
import { languageParts } from './registry.ts';

/** The figure words of every language Parallax reads (lib/lang/<code>/figures.ts), from the registry. */
export const FIGURE_LANGUAGES: Readonly<Record<ReadLanguage, FigureWords>> = languageParts('figures');
