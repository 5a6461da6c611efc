// One-sided ranges, read only when asked: "more than 30", "30 or more", "至少10", "比三十大".
import type { Bound } from '../lang/number-words.ts';
import type { NumberMatch } from './types.ts';
import type { Phrases } from './phrases.ts';
import type { ReadContext } from './atoms.ts';
import { glued, readEnd, readValue, type ComposeOptions, type Value } from './read-value.ts';
import { adjacent, match, near, span, tok } from './token-helpers.ts';
import type { Found } from './found.ts';

interface OneBound {
  from: number;
  to: number;
  value: Value;
  bound: Bound;
}

/** A symbol bound glued after another comparison symbol ("=>30", "<>30") is not one. */
function oddSymbol(ctx: ReadContext, t: number): boolean {
  const k = tok(ctx, t);
  const p = tok(ctx, t - 1);
  return k !== undefined && k.kind === 'sym' && p !== undefined && p.kind === 'sym' && adjacent(ctx, t) && '<>=!'.includes(p.key);
}

/** "or greater than 190": an after-bound that is really the start of a bound on the next number. */
function afterBoundIsNext(ctx: ReadContext, ph: Phrases, from: number, to: number, opts: ComposeOptions): boolean {
  for (let k = from; k <= to; k++) {
    const b = ph.boundsBefore.match(ctx.text, ctx.tokens, k);
    if (b && b.to >= to && near(ctx, b.to) && readValue(ctx, ph, b.to, opts)) return true;
  }
  return readValue(ctx, ph, to, opts) !== null && near(ctx, to, 1) && tok(ctx, to)?.kind === 'digits';
}

function boundAfter(ctx: ReadContext, ph: Phrases, v: Value, opts: ComposeOptions): { to: number; bound: Bound } | null {
  const after = match(ctx, ph.boundsAfter, v.to);
  if (!after || afterBoundIsNext(ctx, ph, v.to, after.to, opts)) return null;
  return { to: after.to, bound: after.data };
}

/**
 * A comparison before a number, or two joined by "or" ("equal to or more than", "más o igual a"): the one that is
 * not "equal", made inclusive.
 */
function boundBefore(ctx: ReadContext, ph: Phrases, t: number): { to: number; data: Bound } | null {
  const first = ph.boundsBefore.match(ctx.text, ctx.tokens, t);
  if (!first) return null;
  const or = match(ctx, ph.orWords, first.to);
  const second = or ? ph.boundsBefore.match(ctx.text, ctx.tokens, or.to) : null;
  if (!second || !near(ctx, or?.to ?? 0) || (first.data.side === 'equal') === (second.data.side === 'equal')) return first;
  const side = first.data.side === 'equal' ? second.data.side : first.data.side;
  return { to: second.to, data: { side, inclusive: true } };
}

/** A range join and a larger number right after v ("2 to 4", "5-10"). */
function rangeFollows(ctx: ReadContext, ph: Phrases, v: Value, opts: ComposeOptions): boolean {
  const join = ph.rangeJoin.match(ctx.text, ctx.tokens, v.to);
  if (!join || !near(ctx, v.to) || !near(ctx, join.to)) return false;
  const b = readValue(ctx, ph, join.to, opts);
  return b !== null && b.value > v.value;
}

/** One bound at t: "more than 30", "比三十大", or (valueFirst) "30 or more", "1000以上". */
function readOneBound(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions, valueFirst: Value | null): OneBound | null {
  if (valueFirst) {
    const after = boundAfter(ctx, ph, valueFirst, opts);
    return after ? { from: t, to: after.to, value: valueFirst, bound: after.bound } : null;
  }
  const before = boundBefore(ctx, ph, t);
  if (before && near(ctx, before.to) && !oddSymbol(ctx, t)) {
    const v = readEnd(ctx, ph, before.to, { ...opts, noMarkers: true });
    // "as much as 2 to 4 inches", "up to 5-10": the words bound a range, which is read on its own.
    if (v && rangeFollows(ctx, ph, v, opts)) return null;
    if (v) {
      let bound = before.data;
      let to = v.to;
      // "equal to 5000 or less", "more than 5000 or equal".
      const after = boundAfter(ctx, ph, v, opts);
      if (after) {
        if (bound.side === 'equal') bound = after.bound.side === 'equal' ? bound : { ...after.bound, inclusive: true };
        else if (after.bound.side === 'equal') bound = { ...bound, inclusive: true };
        to = after.to;
      }
      if (v.symbolAfter) to = v.core.to; // "weniger als 100 $": the bound is on the number
      return { from: t, to, value: v, bound };
    }
  }
  const frame = ph.boundFrames.match(ctx.text, ctx.tokens, t);
  if (frame && near(ctx, frame.to)) {
    const v = readEnd(ctx, ph, frame.to, opts);
    if (v) {
      for (const f of frame.data) {
        const close = f.after.match(ctx.text, ctx.tokens, v.to);
        if (close && near(ctx, v.to)) return { from: t, to: close.to, value: v, bound: f.bound };
      }
    }
  }
  return null;
}

/** One bound, or two joined into a range ("more than 10 and less than 40", "1000以上，1500以下"). */
export function readBounds(ctx: ReadContext, ph: Phrases, t: number, opts: ComposeOptions, afterValue: boolean, a?: Value): Found | null {
  const first = readOneBound(ctx, ph, t, opts, afterValue && a ? a : null);
  if (!first) return null;
  // A second bound on the other side.
  let k = first.to;
  const j = ph.boundJoin.match(ctx.text, ctx.tokens, k);
  const starts: number[] = [];
  if (j && near(ctx, k)) starts.push(j.to);
  if (ph.boundJoinEmpty) starts.push(k);
  for (const s of starts) {
    if (!near(ctx, s, 3)) continue;
    let second = readOneBound(ctx, ph, s, opts, null);
    if (!second) {
      const v = readValue(ctx, ph, s, opts);
      if (v && !glued(ctx, v)) second = readOneBound(ctx, ph, s, opts, v);
    }
    if (!second || first.bound.side === 'equal' || second.bound.side === 'equal' || second.bound.side === first.bound.side) continue;
    const low = first.bound.side === 'low' ? first : second;
    const high = first.bound.side === 'low' ? second : first;
    if (!(low.value.value < high.value.value)) continue;
    const m: NumberMatch = { text: '', ...span(ctx, t, second.to), value: low.value.value, kind: 'range', low: low.value.value, high: high.value.value };
    const cur = low.value.currency ?? high.value.currency;
    if (cur !== undefined) m.currency = cur;
    k = second.to;
    return { matches: [m], to: second.to };
  }
  return { matches: [boundMatch(ctx, first.value, first.bound, t, first.to)], to: first.to };
}

export function boundMatch(ctx: ReadContext, a: Value, bound: Bound, from: number, to: number): NumberMatch {
  const m: NumberMatch = { text: '', ...span(ctx, from, to), value: a.value, kind: 'range' };
  if (bound.side === 'low' || bound.side === 'equal') m.low = a.value;
  if (bound.side === 'high' || bound.side === 'equal') m.high = a.value;
  if (a.currency !== undefined) m.currency = a.currency;
  if (a.kind === 'percent') m.unit = 'percent';
  else if (a.unit !== undefined) m.unit = a.unit; // "more than 5 km", "более чем вдвое"
  return m;
}
