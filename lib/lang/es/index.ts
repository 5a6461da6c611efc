import { stemmer } from '@orama/stemmers/spanish';
import type { LanguageModule } from '../language-module.ts';
import { esFigures } from './figures.ts';
import { es as names } from './names.ts';
import { es as numbers } from './numbers.ts';

export const es: LanguageModule = {
  code: 'es',
  numbers,
  figures: esFigures,
  names,
  words: { lexicon: 'concepts.txt', source: 'wordnet', stem: stemmer },
  detection: { franc: ['spa'] },
};
