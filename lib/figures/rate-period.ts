import type { ReadLanguage } from '../model/language.ts';
import type { NumberMatch, ReadNumbers } from '../numbers/types.ts';
import type { Lexicon } from './figure-lexicon.ts';
import { isSpace } from './phrase-index.ts';

/**
 * "$300 billion over two years", "40 million over 5 years": a number read as a division by the number of a period
 * that follows is an amount and a period, not a ratio. Each side is read again on its own.
 */
export function splitRatePeriods(text: string, folded: string, lang: ReadLanguage, lex: Lexicon, raw: NumberMatch[], read: ReadNumbers): NumberMatch[] {
  const words = lex.words.periodBefore ?? [];
  if (words.length === 0) return raw;
  const out: NumberMatch[] = [];
  for (const m of raw) {
    const cut = periodCut(text, folded, lex, m, words);
    if (cut === null) {
      out.push(m);
      continue;
    }
    const left = shifted(read(text.slice(m.start, cut.wordStart), lang), m.start);
    const right = shifted(read(text.slice(cut.wordEnd, m.end), lang), cut.wordEnd);
    if (left.length === 0 || right.length === 0) out.push(m);
    else out.push(...left, ...right);
  }
  return out;
}

function periodCut(text: string, folded: string, lex: Lexicon, m: NumberMatch, words: readonly string[]): { wordStart: number; wordEnd: number } | null {
  if (m.kind !== 'fraction' && m.kind !== 'money' && m.kind !== 'number') return null;
  const inner = folded.slice(m.start, m.end);
  for (const w of words) {
    const i = inner.indexOf(` ${w} `);
    if (i < 0) continue;
    // A period must follow the match: "over two years", "over 5 years".
    let j = m.end;
    while (j < text.length && j - m.end < 3 && isSpace(text[j])) j++;
    const h = lex.index.matchAt(folded, j, Math.min(text.length, j + 24), (t) => t.unit?.quantity === 'duration');
    if (h === null) return null;
    return { wordStart: m.start + i, wordEnd: m.start + i + w.length + 2 };
  }
  return null;
}

function shifted(matches: NumberMatch[], by: number): NumberMatch[] {
  return matches.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));
}
