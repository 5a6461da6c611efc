import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INERT_RANGES, foldWidth, inertLower, tokenize } from '../../../lib/numbers/tokenize.ts';

/** Every character that follows the first in some character's canonical decomposition: what may compose with a letter before it. */
function composingSeconds(): Set<number> {
  const seconds = new Set<number>();
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const nfd = ch.normalize('NFD');
    if (nfd !== ch) for (const part of [...nfd].slice(1)) seconds.add(part.codePointAt(0) ?? 0);
  }
  return seconds;
}

const INERT: number[] = [];
for (const [from, to] of INERT_RANGES) for (let u = from; u <= to; u++) if (inertLower(u) !== 0xffff) INERT.push(u);

describe('foldWidth', () => {
  it('folds full-width ASCII, the ideographic space, the minus sign and ’, one unit for one, and nothing else', () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      let expected = ch;
      if (code >= 0xff01 && code <= 0xff5e) expected = String.fromCharCode(code - 0xfee0);
      else if (code === 0x3000) expected = ' ';
      else if (code === 0x2212) expected = '-';
      else if (code === 0x2019) expected = "'";
      expect(foldWidth(`a${ch}b`)).toBe(`a${expected}b`);
    }
  });
});

describe('word keys', () => {
  it('keys words without ICU only where lower-casing letter by letter and skipping NFC changes nothing', () => {
    const seconds = composingSeconds();
    expect(INERT.length).toBeGreaterThan(800);
    for (const u of INERT) {
      for (const v of [u, inertLower(u)]) {
        const ch = String.fromCharCode(v);
        // Neither changed by NFC, nor one that composes with a letter before it, nor a mark: any word of them is NFC.
        expect([v, ch.normalize('NFC') === ch, seconds.has(v), /\p{M}/u.test(ch)]).toEqual([v, true, false, false]);
      }
      expect(String.fromCharCode(u).toLowerCase()).toBe(String.fromCharCode(inertLower(u)));
    }
  });

  it('keys every word as lower case, NFC', () => {
    const letters = [...INERT.map((u) => String.fromCharCode(u)), 'İ', 'Σ', '\u0301', 'Ɓ', '\u0483', 'e\u0301', 'ǅ', 'ﬁ', 'Ω'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }), (parts) => {
        const word = foldWidth(parts.join(''));
        for (const t of tokenize(word)) {
          if (t.kind === 'word') expect(t.key).toBe(word.slice(t.start, t.end).toLowerCase().normalize('NFC'));
        }
      }),
      { numRuns: 3000, seed: 21 },
    );
  });
});
