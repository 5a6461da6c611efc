import type { ReadLanguage } from '../model/language.ts';
import type { FigureWords } from './figure-words.ts';
import { deFigures } from './de/figures.ts';
import { enFigures } from './en/figures.ts';
import { esFigures } from './es/figures.ts';
import { frFigures } from './fr/figures.ts';
import { itFigures } from './it/figures.ts';
import { ptFigures } from './pt/figures.ts';
import { ruFigures } from './ru/figures.ts';
import { viFigures } from './vi/figures.ts';
import { zhFigures } from './zh/figures.ts';

/** The figure words of every language Parallax reads: adding a language is adding its file here. */
export const FIGURE_LANGUAGES: Readonly<Record<ReadLanguage, FigureWords>> = {
  vi: viFigures,
  zh: zhFigures,
  pt: ptFigures,
  en: enFigures,
  es: esFigures,
  fr: frFigures,
  de: deFigures,
  ru: ruFigures,
  it: itFigures,
};
