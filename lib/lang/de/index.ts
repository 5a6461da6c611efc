import { stemmer } from '@orama/stemmers/german';
import type { LanguageModule } from '../language-module.ts';
import { deFigures } from './figures.ts';
import { de as names } from './names.ts';
import { de as numbers } from './numbers.ts';

export const de: LanguageModule = {
  code: 'de',
  numbers,
  figures: deFigures,
  names,
  words: { lexicon: 'concepts.txt', source: 'wiktionary', stem: stemmer },
  detection: { franc: ['deu'] },
};
