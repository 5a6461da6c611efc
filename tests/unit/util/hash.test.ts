import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, normalizedForHash, textHash } from '../../../lib/util/hash.ts';

describe('textHash', () => {
  it('is the hash of the text with its white space folded', () => {
    const spaces = [' ', '\t', '\n', '\r\n', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085', '\u180e'];
    const words = ['a', 'Kursk', '14.000', '佩斯科夫', '😀', '\ud800', ''];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...spaces, ...words), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(textHash(text)).toBe(contentHash(normalizedForHash(text)));
      }),
      { numRuns: 1000, seed: 3 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(textHash(text)).toBe(contentHash(normalizedForHash(text)));
      }),
      { numRuns: 500, seed: 4 },
    );
  });

  it('recognises re-pasted text and tells different texts apart', () => {
    expect(textHash('  Hello\n\nworld ')).toBe(textHash('Hello world'));
    expect(textHash('Hello world')).not.toBe(textHash('Hello  worlds'));
    expect(textHash('')).toBe(contentHash(''));
  });

  it('keeps the values stored reports carry (cyrb53 seeded 0xdeadbeef)', () => {
    expect(textHash(' Hello \n world')).toBe('0c69e86d50c058');
    expect(textHash('')).toBe('0bdcb81aee8d83');
  });
});
