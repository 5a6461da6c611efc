import type { ReadLanguage } from '../model/language.ts';
import type { NumberMatch } from './types.ts';

/** Placeholder reader (plain digits only); the full multilingual reader replaces it. */
export function readNumbers(text: string, _lang: ReadLanguage): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, value: Number(m[0]), kind: 'number' });
  }
  return out;
}
