import type { EventKey, NounSense, UnitSense } from '../lang/figure-words.ts';
import type { Qualifier } from '../model/figure.ts';
import type { NounFound } from './figure-noun.ts';
import type { Candidate } from './number-candidates.ts';
import type { Hit } from './read-helpers.ts';
import { type Sentence, type Span, spanIndexAt } from './segment-text.ts';
import type { TextContext } from './text-context.ts';

/** What the steps of readFigure have found so far about one number: each step reads it and adds its part. */
export interface Reading {
  c: Candidate;
  sentence: Sentence;
  clause: Span;
  /** Start of the quote (the qualifier or a noun before the number). */
  start: number;
  /** Where the search after the number goes on from. */
  tail: number;
  qualifier: Qualifier;
  qualifierText: string | null;
  /** The last phrase before the number, in its sentence. */
  before: Hit | null;
  /** "200 and 400 metres": where the next number ends, when this one borrows its unit or noun. */
  shared: number | null;
  unit: UnitSense | null;
  currency: string | null;
  unitSpan: Span | null;
  isShare: boolean;
  noun: NounFound | null;
  sense: NounSense | null;
  nounText: string;
  event: EventKey | null;
  eventFromNoun: EventKey | null;
  /** An event word right after the noun. */
  adjacent: Hit | null;
  laterEvent: Hit | null;
  /** "438 voix contre 86": what the number before counts, taken by this one. */
  borrowedConcept: string | null;
  /** Start of a number this figure takes in ("160" of "3 kg 160 g"). */
  absorbed: number | null;
}

export function startReading(ctx: TextContext, c: Candidate): Reading {
  const { text } = ctx;
  const sIndex = spanIndexAt(ctx.sentences, c.start);
  const sentence: Sentence = ctx.sentences[sIndex] ?? { start: 0, end: text.length, clauses: [{ start: 0, end: text.length }] };
  const clause = sentence.clauses[spanIndexAt(sentence.clauses, c.start)] ?? sentence;
  return {
    c,
    sentence,
    clause,
    start: c.start,
    tail: c.tail,
    qualifier: 'exact',
    qualifierText: null,
    before: null,
    shared: null,
    unit: null,
    currency: null,
    unitSpan: null,
    isShare: false,
    noun: null,
    sense: null,
    nounText: '',
    event: null,
    eventFromNoun: null,
    adjacent: null,
    laterEvent: null,
    borrowedConcept: null,
    absorbed: null,
  };
}
