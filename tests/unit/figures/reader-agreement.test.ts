import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures/extract-figures.ts';
import type { ReadLanguage } from '../../../lib/model/language.ts';
import { numberItem } from '../../../lib/numbers/number-item.ts';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';

/**
 * The number reader and the figure layer agree: what the `numbers` command prints with figure: false (years, dates,
 * identifiers, codes, ordinals, scores) is never a figure, and the figure beside it still is. Sentences written for
 * this test; each names the number that is not a figure and the one that is.
 */
const cases: Array<[ReadLanguage, string, string, string]> = [
  ['en', 'In 2019 the Nikkei 225 fell 3% in one day.', '225', '3%'],
  ['en', 'The T-90 tanks fired 40 shells on 14/11/2025.', '90', '40 shells'],
  ['en', 'The crew of Apollo 11 had 3 astronauts.', '11', '3 astronauts'],
  ['en', 'After a 2-1 win, 12,000 fans celebrated.', '2-1', '12,000 fans'],
  ['fr', 'Le CAC 40 a perdu 2 % lors du 2e tour.', '40', '2 %'],
  ['es', 'El Ibex 35 cayó un 2% en 2024.', '35', '2%'],
  ['de', 'Der DAX 40 verlor 2 Prozent im Jahr 2023.', '40', '2 Prozent'],
  ['pt', 'O Windows 11 chegou a 500 milhões de computadores.', '11', '500 milhões'],
  ['ru', 'Ракета «Уран-6» поразила 12 целей в 2024 году.', '6', '12 целей'],
  ['vi', 'Tàu Apollo 11 chở 3 phi hành gia vào tháng 7 năm 1969.', '11', '3 phi hành gia'],
  ['zh', '2024年6月，总第867期报道了1万名士兵。', '867', '1万名士兵'],
  ['it', "L'indice Nikkei 225 è sceso del 3% nel 2019.", '225', '3%'],
];

describe('the number reader and the figure layer agree on what is not a figure', () => {
  for (const [lang, text, notFigure, figure] of cases) {
    it(`${lang}: ${text}`, () => {
      const figures = extractFigures(text, lang);
      const covers = (start: number, end: number): boolean => figures.some((f) => f.start < end && f.end > start);
      const flagged = readNumbers(text, lang).map(numberItem).filter((n) => !n.figure);
      const at = text.indexOf(notFigure);
      expect(flagged.some((n) => n.start < at + notFigure.length && n.end > at), `reader flags ${notFigure}`).toBe(true);
      for (const n of flagged) expect(covers(n.start, n.end), `${n.text} read as a figure`).toBe(false);
      const pos = text.indexOf(figure);
      expect(covers(pos, pos + figure.length), `${figure} is a figure`).toBe(true);
    });
  }
});
