import { stemmer } from '@orama/stemmers/english';
import type { LanguageModule } from '../language-module.ts';
import { enFigures } from './figures.ts';
import { en as names } from './names.ts';
import { en as numbers } from './numbers.ts';

export const en: LanguageModule = {
  code: 'en',
  numbers,
  figures: enFigures,
  names,
  words: { lexicon: 'concepts.txt', source: 'wordnet', stem: stemmer },
  detection: { franc: ['eng'] },
};
