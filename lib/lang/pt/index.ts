import { stemmer } from '@orama/stemmers/portuguese';
import type { LanguageModule } from '../language-module.ts';
import { ptFigures } from './figures.ts';
import { pt as names } from './names.ts';
import { pt as numbers } from './numbers.ts';

export const pt: LanguageModule = {
  code: 'pt',
  numbers,
  figures: ptFigures,
  names,
  words: { lexicon: 'concepts.txt', source: 'wordnet', stem: stemmer },
  detection: { franc: ['por'] },
};
