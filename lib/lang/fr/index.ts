import { stemmer } from '@orama/stemmers/french';
import type { LanguageModule } from '../language-module.ts';
import { frFigures } from './figures.ts';
import { fr as names } from './names.ts';
import { fr as numbers } from './numbers.ts';

export const fr: LanguageModule = {
  code: 'fr',
  numbers,
  figures: frFigures,
  names,
  words: { lexicon: 'concepts.txt', source: 'wordnet', stem: stemmer },
  detection: { franc: ['fra'] },
};
