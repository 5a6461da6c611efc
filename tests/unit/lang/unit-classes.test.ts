import { describe, expect, it } from 'vitest';
import { CYRILLIC, HAN, LATIN, LETTER, MARK, NUMBER, UPPER, charClasses, unitClasses } from '../../../lib/lang/unit-classes.ts';

const REGEXES: readonly (readonly [RegExp, number])[] = [
  [/\p{L}/u, LETTER],
  [/\p{M}/u, MARK],
  [/\p{N}/u, NUMBER],
  [/\p{Lu}/u, UPPER],
  [/\p{Script=Han}/u, HAN],
  [/\p{Script=Latin}/u, LATIN],
  [/\p{Script=Cyrillic}/u, CYRILLIC],
];

describe('unitClasses', () => {
  it('answers as the regexes do for every UTF-16 unit, asked twice (computed, then remembered)', () => {
    for (let round = 0; round < 2; round++) {
      for (let code = 0; code <= 0xffff; code++) {
        const ch = String.fromCharCode(code);
        let expected = 0;
        for (const [re, bit] of REGEXES) if (re.test(ch)) expected |= bit;
        if (unitClasses(code) !== expected) expect([code, unitClasses(code)]).toEqual([code, expected]);
      }
    }
  });

  it('has no classes past a string end or outside the BMP', () => {
    expect(unitClasses(''.charCodeAt(0))).toBe(0);
    expect(unitClasses(0x10000)).toBe(0);
    expect(unitClasses(-1)).toBe(0);
  });

  it('reads characters outside the BMP by their code point', () => {
    expect(charClasses('𠀀')).toBe(LETTER | HAN);
    expect(charClasses('𝐀')).toBe(LETTER | UPPER);
    expect(charClasses('😀')).toBe(0);
    expect(charClasses('')).toBe(0);
  });
});
