/**
 * The Unicode classes of a UTF-16 unit, as bits: what the regexes \p{L}, \p{M}, \p{N}, \p{Lu} and the Han, Latin and
 * Cyrillic scripts say of it, asked once per unit and remembered (a text uses few units; readers ask for every one).
 */
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const UPPER = 8;
export const HAN = 16;
export const LATIN = 32;
export const CYRILLIC = 64;
const KNOWN = 128;

const TESTS: readonly (readonly [RegExp, number])[] = [
  [/\p{L}/u, LETTER],
  [/\p{M}/u, MARK],
  [/\p{N}/u, NUMBER],
  [/\p{Lu}/u, UPPER],
  [/\p{Script=Han}/u, HAN],
  [/\p{Script=Latin}/u, LATIN],
  [/\p{Script=Cyrillic}/u, CYRILLIC],
];

/** The classes of a string's first code point, asked of the regexes themselves (for characters outside the BMP). */
export function charClasses(ch: string): number {
  const first = ch.codePointAt(0);
  if (first === undefined) return 0;
  const one = String.fromCodePoint(first);
  let classes = 0;
  for (const [re, bit] of TESTS) if (re.test(one)) classes |= bit;
  return classes;
}

let table: Uint8Array | null = null;

/** The classes of one UTF-16 unit (a lone surrogate has none; NaN, past a string's end, none). */
export function unitClasses(code: number): number {
  if (!(code >= 0 && code <= 0xffff)) return 0;
  table ??= new Uint8Array(65536);
  let classes = table[code] ?? 0;
  if (classes === 0) {
    classes = charClasses(String.fromCharCode(code)) | KNOWN;
    table[code] = classes;
  }
  return classes & ~KNOWN;
}
