// Small questions readCardinal asks about the tokens next to a number: spacing, a scale next, 多 and 余 marks, 两千四百五.
import type { NumberWord } from '../lang/number-words.ts';
import { atomAt, joinable, nextAtomStart, type ReadContext } from './atoms.ts';

/** Token t stands apart from the tokens on both sides (spaces, not hyphens, around it). */
export function spacedAround(ctx: ReadContext, t: number): boolean {
  const k = ctx.tokens[t];
  const next = ctx.tokens[t + 1];
  return k !== undefined && k.start > k.gapStart && next !== undefined && next.start > next.gapStart;
}

/** The next atom (after an optional hyphen) is a scale word. */
export function scaleFollows(ctx: ReadContext, t: number): boolean {
  const next = atomAt(ctx, nextAtomStart(ctx, t));
  return next !== null && joinable(ctx, t) && next.senses?.[0]?.kind === 'scale';
}

/** 十多万: the token index after an "and more" mark at t that is followed by a scale, or -1. */
export function approximateMark(ctx: ReadContext, t: number): number {
  if (!ctx.lang.approximateSuffixes.length) return -1;
  const mark = ctx.tokens[t];
  if (!mark || !ctx.lang.approximateSuffixes.includes(mark.key) || !joinable(ctx, t) || ctx.blocked[t]) return -1;
  const next = atomAt(ctx, t + 1);
  const ns = next?.senses?.[0];
  return next && joinable(ctx, t + 1) && ns && ns.kind === 'scale' ? t + 1 : -1;
}

/** 两千四百五: after scale M, one Han digit 1-9 that is not followed by a smaller scale counts M/10. */
export function abbreviatedDigit(ctx: ReadContext, t: number, M: number): { value: number; from: number; to: number } | null {
  const tok = ctx.tokens[t];
  if (!tok || tok.kind !== 'han' || !joinable(ctx, t)) return null;
  const atom = atomAt(ctx, t);
  const s = atom?.senses;
  if (!atom || !s || s.length !== 1) return null;
  const sense = s[0] as NumberWord;
  if (sense.kind !== 'value' || sense.filler || sense.value < 1 || sense.value > 9) return null;
  const next = ctx.tokens[atom.to];
  if (next && joinable(ctx, atom.to)) {
    const na = atomAt(ctx, atom.to);
    const ns = na?.senses?.[0];
    if (na?.numeral) return null;
    if (ns && (ns.kind === 'value' || ns.kind === 'joiner' || ns.kind === 'half' || (ns.kind === 'scale' && ns.value < M))) return null;
    if (ns && ns.kind === 'denominator') return null;
  }
  return { value: sense.value * (M / 10), from: t, to: atom.to };
}

