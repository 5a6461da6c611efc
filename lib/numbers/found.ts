import type { NumberMatch } from './types.ts';

/** What a reader found at a token: its matches and the token after them. */
export type Found = { matches: NumberMatch[]; to: number };
