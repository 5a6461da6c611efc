import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../../lib/transfer/line-splitter.ts';
import { TransferError } from '../../../lib/transfer/transfer-error.ts';

function split(pieces: string[]): string[] {
  const s = new LineSplitter();
  return [...pieces.flatMap((p) => s.push(p)), ...s.end()].map(([line]) => line);
}

describe('LineSplitter', () => {
  it('gives the same lines however the text is cut, LF or CRLF', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '港', '\n', '\r\n', '{', '"') }), { maxLength: 20 }), (parts) => {
        const whole = parts.join('');
        const expected = whole.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
        if (expected.at(-1) === '') expected.pop();
        expect(split(parts)).toEqual(expected);
        expect(split([whole])).toEqual(expected);
      }),
    );
  });

  it('numbers lines from 1', () => {
    const s = new LineSplitter();
    expect(s.push('a\nb')).toEqual([['a', 1]]);
    expect(s.push('c\n')).toEqual([['bc', 2]]);
    expect(s.end()).toEqual([]);
  });

  it('refuses a line longer than the limit instead of building it up', () => {
    const s = new LineSplitter();
    const piece = 'x'.repeat(1024 * 1024);
    expect(() => {
      for (let i = 0; i < 10; i++) s.push(piece);
    }).toThrow(TransferError);
  });
});
