import type { Figure } from '../model/figure.ts';
import type { ReadLanguage } from '../model/language.ts';
import { readNumbers } from '../numbers/read-numbers.ts';
import { documentDecimalMark, type DecimalMark } from '../numbers/decimal-mark.ts';
import type { NumberMatch, ReadNumbers } from '../numbers/types.ts';
import { lexiconFor } from './figure-lexicon.ts';
import { numberCandidates } from './number-candidates.ts';
import { foldText } from './phrase-index.ts';
import { splitRatePeriods } from './rate-period.ts';
import { readFigure } from './read-figure.ts';
import { segmentText } from './segment-text.ts';
import type { TextContext } from './text-context.ts';

export interface ExtractFiguresOptions {
  /** Publication date (ISO 8601), to resolve "last year", "năm ngoái", "去年", "in April". */
  published?: string | null;
  /** The number reader; the project's own by default (tests may pass another that keeps the contract). */
  readNumbers?: ReadNumbers;
  /** The decimal mark the text writes (documentDecimalMark), when the caller has read it already. */
  decimalMark?: DecimalMark | null;
}

/**
 * Every figure a report states, with what it counts, sorted by start: "khoảng 14.000 binh sĩ",
 * "约1万4000名士兵", "roughly 14,000 soldiers" all come out as troops_sent, 14,000, about, subject KP.
 * Linear in the text: every search around a number is bounded (see segment-text and read-figure).
 */
export function extractFigures(text: string, lang: ReadLanguage, options: ExtractFiguresOptions = {}): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lex = lexiconFor(lang);
  const folded = foldText(text);
  let raw: NumberMatch[];
  const read = options.readNumbers ?? readNumbers;
  try {
    // Digits read with the decimal mark the text itself writes (Mexican "1,200" and "3.37" in Spanish).
    const opts = { decimalMark: options.decimalMark !== undefined ? options.decimalMark : documentDecimalMark(text) };
    const readHere: ReadNumbers = (t, l) => read(t, l, opts);
    raw = splitRatePeriods(text, folded, lang, lex, readHere(text, lang), readHere);
  } catch {
    // A reader failure on odd input costs this text its figures, not the caller its page.
    return [];
  }
  const ctx: TextContext = {
    text,
    folded,
    lang,
    lex,
    hits: lex.index.scan(folded, 0, text.length),
    sentences: segmentText(text, folded, lex.abbreviations),
    numberSpans: [],
    numbers: [],
    absorbed: new Set(),
  };
  const published = options.published ?? null;
  const figures: Figure[] = [];
  for (const c of numberCandidates(ctx, raw)) {
    if (ctx.absorbed.has(c.start)) continue;
    const f = readFigure(ctx, c, published, figures[figures.length - 1] ?? null);
    if (f !== null) figures.push(f);
  }
  figures.sort((a, b) => a.start - b.start);
  return withoutOverlaps(text, figures);
}

/** Quotes must not overlap: a quote reaching into the next figure's is cut back before it. */
function withoutOverlaps(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const prev = out[out.length - 1];
    if (prev !== undefined && f.start < prev.end) {
      let end = f.start;
      while (end > prev.start && /\s/.test(text[end - 1] as string)) end--;
      if (end <= prev.start) continue;
      prev.end = end;
      prev.quote = text.slice(prev.start, end);
    }
    out.push(f);
  }
  return out;
}
