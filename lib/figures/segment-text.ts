import { isSpace, isWordChar } from './phrase-index.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Clauses: the sentence cut at commas followed by a space, semicolons, colons, brackets, quotes, dashes. */
  readonly clauses: Span[];
}

/** A sentence of a text, cut into clauses on first asking: only the sentences with a number in them ever are. */
class TextSentence implements Sentence {
  private cut: Span[] | null = null;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get clauses(): Span[] {
    this.cut ??= clausesOf(this.text, this.start, this.end);
    return this.cut;
  }
}

/** Longer sentences are cut, so that every search around a number stays bounded (and the whole pass linear). */
const MAX_SENTENCE = 1200;

const CLOSERS = new Set(['"', "'", '”', '’', '»', '」', '』', ')', '）', '*']);
const HARD_STOPS = new Set(['。', '！', '？', '!', '?', '…', '\n']);
const CLAUSE_BREAKS = new Set([';', ':', '，', '；', '：', '(', ')', '（', '）', '“', '”', '"', '«', '»', '「', '」', '[', ']']);

/**
 * Sentences and their clauses, in one linear pass. A full stop ends a sentence when a space or the end follows
 * and the word before it is not an abbreviation (Mr., U.S.) or a single letter.
 */
export function segmentText(text: string, folded: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && isSpace(text[s])) s++;
    let e = end;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) sentences.push(new TextSentence(text, s, e));
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Letters and digits neither end sentences nor clauses: skip them fast.
    if (((code >= 48 && code <= 57) || (code >= 65 && code <= 122 && (code <= 90 || code >= 97)) || (code >= 0xc0 && code < 0x2000) || (code >= 0x4e00 && code <= 0x9fff)) && i - start < MAX_SENTENCE) continue;
    // A space ends nothing either, short of the longest sentence.
    if (code === 32 && i - start < MAX_SENTENCE) continue;
    const ch = text[i] as string;
    if (i - start >= MAX_SENTENCE && (isSpace(ch) || i - start >= MAX_SENTENCE * 1.5)) {
      push(i);
      continue;
    }
    if (HARD_STOPS.has(ch)) {
      let j = i + 1;
      while (j < text.length && (CLOSERS.has(text[j] as string) || HARD_STOPS.has(text[j] as string)) && text[j] !== '\n') j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (ch === '.' && (i + 1 >= text.length || isSpace(text[i + 1]) || CLOSERS.has(text[i + 1] as string))) {
      if (isAbbreviation(folded, i, abbreviations)) continue;
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j] as string)) j++;
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return sentences;
}

function isAbbreviation(folded: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let k = dot;
  while (k > 0 && dot - k < 12 && (isWordChar(folded[k - 1]) || folded[k - 1] === '.')) k--;
  const word = folded.slice(k, dot + 1);
  if (word.length === 2 && isWordChar(word[0]) && !/\d/.test(word[0] as string)) return true; // "A." initials
  return abbreviations.has(word);
}

function clausesOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 122 && (code <= 90 || code >= 97)) || (code >= 0xc0 && code < 0x2000) || (code >= 0x4e00 && code <= 0x9fff) || code === 32) continue;
    const ch = text[i] as string;
    let cut = CLAUSE_BREAKS.has(ch);
    if (!cut && (ch === ',' || ch === '-' || ch === '–' || ch === '—')) {
      // A comma cuts unless it sits between digits ("14,000"); a dash cuts only between spaces, or when doubled as in "campaign—figures".
      const next = text[i + 1];
      if (ch === ',') cut = next === undefined || isSpace(next) || !(/\d/.test(text[i - 1] ?? '') && /\d/.test(next));
      else cut = ch === '—' || (isSpace(text[i - 1]) && (next === undefined || isSpace(next)));
    }
    if (cut) {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  if (end > s) out.push({ start: s, end });
  return out;
}

/** The index of the span containing pos, by binary search over sorted, disjoint spans; -1 if none. */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sp = spans[mid] as Span;
    if (pos < sp.start) hi = mid - 1;
    else if (pos >= sp.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
