// Vague amounts as intervals: "tens of thousands" is at least 10,000 and under 100,000; "hàng nghìn", "数以千计",
// "des centaines de milliers", "Zehntausende", "десятки тысяч" likewise.
import type { NumberMatch } from './types.ts';
import type { Phrases } from './phrases.ts';
import { atomAt, type ReadContext } from './atoms.ts';
import { wordSense } from './lexicon.ts';
import { currencyAt, match, near, span, tok } from './token-helpers.ts';
import type { Found } from './found.ts';

/**
 * Scale words right after t, multiplied (chục nghìn = 10 × 1000, 千 = 1000, hunderttausend): the product and the
 * token after them.
 */
function scalesAt(ctx: ReadContext, t: number): { base: number; to: number } | null {
  let base = 1;
  let k = t;
  while (near(ctx, k)) {
    // The word's own sense, inside phrases that are blocked as numbers too (hàng trăm, vài nghìn).
    const s = wordSense(ctx.lex, tok(ctx, k)?.key ?? '');
    if (s?.kind === 'scale') {
      base *= s.value;
      k++;
      continue;
    }
    const parts = s === undefined && ctx.lang.compoundWords ? atomAt(ctx, k)?.senses : undefined;
    if (!parts || !parts.every((p) => p.kind === 'scale')) break;
    for (const p of parts) if (p.kind === 'scale') base *= p.value;
    k++;
  }
  return k > t && base >= 10 ? { base, to: k } : null;
}

/** Magnitude nouns joined by links ("tens of thousands", "centaines de milliers"): their product. */
function nounsAt(ctx: ReadContext, ph: Phrases, t: number): { base: number; to: number } | null {
  const first = ph.vagueWords.match(ctx.text, ctx.tokens, t);
  if (!first) return null;
  let base = first.data;
  let to = first.to;
  for (let guard = 0; guard < 3; guard++) {
    const link = match(ctx, ph.vagueLinks, to);
    const at = link ? link.to : to;
    const next = ph.vagueWords.match(ctx.text, ctx.tokens, at);
    if (!next || !near(ctx, at) || next.data < base) break;
    base *= next.data;
    to = next.to;
  }
  return { base, to };
}

/**
 * A vague amount at t, as a range [base, 10 × base): only where no number comes right before it ("5 millions" is
 * a number) and, for a noun, where more than one is meant (a lone "thousands" after "the" is still one).
 */
export function readVague(ctx: ReadContext, ph: Phrases, t: number): Found | null {
  const prev = tok(ctx, t - 1);
  if (prev && near(ctx, t) && (prev.kind === 'digits' || wordSense(ctx.lex, prev.key)?.kind === 'value')) return null;
  let found: { base: number; to: number } | null = null;
  const before = ph.vagueBefore.match(ctx.text, ctx.tokens, t);
  if (before && near(ctx, before.to)) {
    found = scalesAt(ctx, before.to);
    const close = found ? ph.vagueAfter.match(ctx.text, ctx.tokens, found.to) : null;
    if (found && close) found = { base: found.base, to: close.to };
    else if (found && ctx.lang.vague?.after.length) found = null;
  } else {
    const alone = ph.vagueAlone.match(ctx.text, ctx.tokens, t);
    found = alone && near(ctx, alone.to) ? scalesAt(ctx, alone.to) : nounsAt(ctx, ph, t);
  }
  if (!found) return null;
  // "hundreds of millions of dollars", "milliers d'euros": money.
  const link = match(ctx, ph.vagueLinks, found.to) ?? match(ctx, ph.curLinks, found.to);
  const cur = currencyAt(ctx, ph.curAfter, link ? link.to : found.to);
  const to = cur && near(ctx, link ? link.to : found.to) ? cur.to : found.to;
  const m: NumberMatch = { text: '', ...span(ctx, t, to), value: found.base, kind: 'range', low: found.base, high: found.base * 10,
    vague: true };
  if (cur?.data.iso !== undefined && to === cur.to) m.currency = cur.data.iso;
  return { matches: [m], to };
}
