import type { Qualifier } from '../model/figure.ts';
import type { Tags } from './figure-lexicon.ts';
import type { Reading } from './figure-reading.ts';
import type { Candidate } from './number-candidates.ts';
import { firstHitAfter, glued, hitRightAfter, lastHitBefore, opensNextNumber, phraseEndingAt } from './read-helpers.ts';
import { type TextContext, hasNumberBetween } from './text-context.ts';

/**
 * The qualifier of a number: a word right before it ("more than 30", "casi el 60%"), one the reader kept inside its
 * match ("1千多"), or one after it (多, "or more"); a range's ends. Moves the quote's start and the tail.
 */
export function readQualifier(ctx: TextContext, r: Reading): void {
  const { text } = ctx;
  const { c, sentence } = r;
  r.before = lastHitBefore(ctx, c.start, sentence.start);
  const isQualifier = (t: Tags): boolean => t.qualifierBefore !== undefined;
  const direct = phraseEndingAt(ctx, c.start, sentence.start, isQualifier);
  // "casi el 60%", "quase o dobro": an article between the qualifier and the number.
  const article = direct === null ? phraseEndingAt(ctx, c.start, sentence.start, (t) => t.filler === true) : null;
  const viaArticle = article !== null ? phraseEndingAt(ctx, article.start, sentence.start, isQualifier) : null;
  // "$300 billion over two years": "over" gives the period of the amount, not "more than two years".
  const found = direct ?? viaArticle;
  const q = found !== null && !periodAfterAmount(ctx, found.start, found.end, sentence.start) ? found : null;
  if (q !== null && q.value.qualifierBefore !== undefined) {
    r.qualifier = q.value.qualifierBefore;
    // "возросло до 832", "subió hasta 832": a change verb makes "up to" a plain "to" (qualifier exact).
    r.qualifierText = r.qualifier === 'exact' ? null : text.slice(q.start, q.end);
    r.start = q.start;
  } else if (c.qualifierHit !== null) {
    r.qualifier = c.qualifierHit.value.qualifierBefore ?? 'exact';
    r.qualifierText = text.slice(c.qualifierHit.start, c.qualifierHit.end);
    r.start = c.qualifierHit.start;
  } else {
    const inner = ctx.lex.index.matchAt(ctx.folded, c.start, c.end);
    if (inner !== null && inner.value.qualifierBefore !== undefined) {
      r.qualifier = inner.value.qualifierBefore;
      r.qualifierText = text.slice(inner.start, inner.end);
    }
  }
  if (c.nounHit !== null) {
    // "64个居民点中仍有37个": the part's own classifier belongs to the quote.
    const cl = firstHitAfter(ctx, r.tail, sentence.end);
    if (cl !== null && cl.value.classifier && glued(text, r.tail, cl.start)) r.tail = cl.end;
  }
  // Qualifiers after the number: 多, 余, "or more"; or inside the match when the reader kept them (1千多).
  const after = hitRightAfter(ctx, r.tail, sentence.end, (t) => t.qualifierAfter !== undefined);
  if (after !== null && after.value.qualifierAfter !== undefined && !opensNextNumber(ctx, after.end, sentence.end)) {
    if (r.qualifier === 'exact') {
      r.qualifier = after.value.qualifierAfter;
      r.qualifierText = text.slice(after.start, after.end);
    }
    r.tail = after.end;
  } else if (c.plus || c.match.kind === 'range') {
    const suffix = suffixQualifier(ctx, c);
    if (suffix !== null && r.qualifier === 'exact') {
      r.qualifier = suffix.qualifier;
      r.qualifierText = suffix.text;
    }
  }
  if (c.plus && r.qualifier === 'exact') r.qualifier = 'more_than';
  // Both ends stated ("2 to 4", "3% to 7%", "between 2% and 3%"): a range, whatever word opens it. One end only:
  // the reader's one-sided range ("more than 30" has a low end, "up to 30" a high one).
  if (c.kind === 'range' || (c.match.kind === 'range' && c.low !== null && c.high !== null)) r.qualifier = 'range';
  else if (c.match.kind === 'range' && r.qualifier === 'exact') r.qualifier = c.match.high === undefined ? 'more_than' : 'up_to';
}

/** A period word ("over") right after an amount: "$300 billion over two years". */
function periodAfterAmount(ctx: TextContext, start: number, end: number, floor: number): boolean {
  const words = ctx.lex.words.periodBefore;
  if (words === undefined || !words.includes(ctx.folded.slice(start, end))) return false;
  let k = start;
  while (k > floor && /\s/.test(ctx.text[k - 1] as string)) k--;
  return k < start && hasNumberBetween(ctx, k - 1, k);
}

/** "... 300 people or more": a qualifier after the noun, unless it opens the next number ("und mehr als 300"). */
export function qualifierAfterNoun(ctx: TextContext, r: Reading, end: number): number {
  const post = hitRightAfter(ctx, end, r.sentence.end, (t) => t.qualifierAfter !== undefined);
  if (post === null || post.value.qualifierAfter === undefined || opensNextNumber(ctx, post.end, r.sentence.end)) return end;
  if (r.qualifier === 'exact') {
    r.qualifier = post.value.qualifierAfter;
    r.qualifierText = ctx.text.slice(post.start, post.end);
  }
  return post.end;
}

/** A qualifier the reader kept inside its match: "1千多" (多), "more than 30" read as a one-sided range. */
function suffixQualifier(ctx: TextContext, c: Candidate): { qualifier: Qualifier; text: string } | null {
  const inner = ctx.lex.index.scan(ctx.folded, c.start, c.end);
  for (const h of inner) {
    if (h.value.qualifierAfter !== undefined) return { qualifier: h.value.qualifierAfter, text: ctx.text.slice(h.start, h.end) };
    if (h.value.qualifierBefore !== undefined) return { qualifier: h.value.qualifierBefore, text: ctx.text.slice(h.start, h.end) };
  }
  return null;
}
