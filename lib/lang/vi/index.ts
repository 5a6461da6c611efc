import type { LanguageModule } from '../language-module.ts';
import { viFigures } from './figures.ts';
import { vi as names } from './names.ts';
import { vi as numbers } from './numbers.ts';

export const vi: LanguageModule = {
  code: 'vi',
  numbers,
  figures: viFigures,
  names,
  words: null,
  detection: { franc: ['vie'] },
};
