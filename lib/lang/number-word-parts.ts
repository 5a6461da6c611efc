import type { NumberWord } from './number-words.ts';

// The parts every language's number words are written with (lib/lang/<code>/numbers.ts).

/** A number word: "seven". */
export const v = (value: number): NumberWord => ({ kind: 'value', value });
/** A word that is a number only where the grammar makes it one (an article: "un", "eine"). */
export const weak = (value: number): NumberWord => ({ kind: 'value', value, weak: true });
/** A scale ("million"); `bare`: a number on its own ("a million"). */
export const scale = (value: number, bare = true): NumberWord => ({ kind: 'scale', value, bare });
/** A plural scale: "millions of people" on its own is no number, not a million. */
export const plural = (value: number): NumberWord => ({ kind: 'scale', value, bare: true, notAlone: true });
/** A fraction's denominator ("third", "quintos"); `isScale`: one of a scale ("two thousandths" = 2/1000). */
export const den = (value: number, isScale = false): NumberWord => ({ kind: 'denominator', value, scale: isScale });

/** Sides of a range or comparison, and whether the bound itself is in it. */
export const low = { side: 'low', inclusive: false } as const;
export const lowIn = { side: 'low', inclusive: true } as const;
export const high = { side: 'high', inclusive: false } as const;
export const highIn = { side: 'high', inclusive: true } as const;
export const equal = { side: 'equal', inclusive: true } as const;
