import { expect } from 'vitest';
import { extractFigures } from '../../lib/figures/extract-figures.ts';
import type { Figure } from '../../lib/model/figure.ts';
import type { ReadLanguage } from '../../lib/model/language.ts';

/** Figures of a short text, published 2025-11-14, with the invariants every result must keep. */
export function figuresOf(text: string, lang: ReadLanguage, published: string | null = '2025-11-14'): Figure[] {
  const figures = extractFigures(text, lang, { published });
  for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.quote);
  return figures;
}

/** The one figure whose quote contains `part`. */
export function figureWith(text: string, lang: ReadLanguage, part: string): Figure {
  const matches = figuresOf(text, lang).filter((f) => f.quote.includes(part));
  expect(matches, `one figure quoting "${part}" in: ${text}`).toHaveLength(1);
  return matches[0] as Figure;
}
