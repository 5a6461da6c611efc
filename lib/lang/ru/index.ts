import { stemmer } from '@orama/stemmers/russian';
import type { LanguageModule } from '../language-module.ts';
import { ruFigures } from './figures.ts';
import { ru as names } from './names.ts';
import { ru as numbers } from './numbers.ts';

export const ru: LanguageModule = {
  code: 'ru',
  numbers,
  figures: ruFigures,
  names,
  words: { lexicon: 'concepts.txt', source: 'wiktionary', stem: stemmer },
  // Russian is the one Cyrillic language with ы and э: franc's trigrams alone confuse it with Bulgarian.
  detection: { franc: ['rus'], ownLetters: { letters: /[ыэ]/i, among: ['bul', 'srp', 'ukr', 'bel', 'mkd'] } },
};
