import { stemmer } from '@orama/stemmers/italian';
import type { LanguageModule } from '../language-module.ts';
import { itFigures } from './figures.ts';
import { it as names } from './names.ts';
import { it as numbers } from './numbers.ts';

export const it: LanguageModule = {
  code: 'it',
  numbers,
  figures: itFigures,
  names,
  words: { lexicon: 'concepts.txt', source: 'wordnet', stem: stemmer },
  detection: { franc: ['ita'] },
};
