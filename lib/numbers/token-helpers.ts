// Small questions about tokens that every part of the number reader asks.
import type { CurrencyWord, NumberWord } from '../lang/number-words.ts';
import { PhraseSet } from './lexicon.ts';
import { atomAt, joinable, type ReadContext } from './atoms.ts';

export const DASHES = new Set(['-', '–', '—', '~', '〜']);

export function tok(ctx: ReadContext, t: number) {
  return ctx.tokens[t];
}

export function adjacent(ctx: ReadContext, t: number): boolean {
  const k = ctx.tokens[t];
  return k !== undefined && k.start === k.gapStart;
}

/** A gap of at most `max` spaces before token t (no line break). */
export function near(ctx: ReadContext, t: number, max = 3): boolean {
  const k = ctx.tokens[t];
  return k !== undefined && k.start - k.gapStart <= max && joinable(ctx, t);
}

export function senseAt(ctx: ReadContext, t: number): NumberWord | undefined {
  const a = atomAt(ctx, t);
  return a?.senses?.length === 1 ? a.senses[0] : undefined;
}

export function match<T>(ctx: ReadContext, s: PhraseSet<T>, t: number) {
  const m = s.match(ctx.text, ctx.tokens, t);
  return m && near(ctx, t) ? m : null;
}

export function span(ctx: ReadContext, from: number, to: number): { start: number; end: number } {
  return { start: (ctx.tokens[from] as { start: number }).start, end: (ctx.tokens[to - 1] as { end: number }).end };
}

const wordSets = new Map<string, PhraseSet<true>>();

export function matchWord(ctx: ReadContext, t: number, phrase: string): number {
  let s = wordSets.get(phrase);
  if (!s) {
    s = new PhraseSet<true>();
    s.add(phrase, true);
    wordSets.set(phrase, s);
  }
  const m = s.match(ctx.text, ctx.tokens, t);
  return m && near(ctx, t) ? m.to : 0;
}

/** Tokens [from, to) spell `form` exactly, letter case included (spaces between them aside). */
export function writtenAs(ctx: ReadContext, from: number, to: number, form: string): boolean {
  let s = '';
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (t) s += ctx.raw.slice(t.start, t.end);
  }
  return s === form.replace(/\s+/g, '');
}

/** A currency phrase at t that is written as it must be (codes and lettered symbols in their own case). */
export function currencyAt(ctx: ReadContext, s: PhraseSet<CurrencyWord>, t: number) {
  const m = s.match(ctx.text, ctx.tokens, t);
  if (!m) return null;
  return m.data.form === undefined || writtenAs(ctx, t, m.to, m.data.form) ? m : null;
}
