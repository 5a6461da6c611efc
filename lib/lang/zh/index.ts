import type { LanguageModule } from '../language-module.ts';
import { zhFigures } from './figures.ts';
import { zh as names } from './names.ts';
import { zh as numbers } from './numbers.ts';

export const zh: LanguageModule = {
  code: 'zh',
  numbers,
  figures: zhFigures,
  names,
  words: { lexicon: 'concepts.txt', source: 'wordnet and wiktionary', stem: null },
  detection: { franc: ['cmn', 'yue'] },
};
