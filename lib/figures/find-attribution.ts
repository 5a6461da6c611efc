import type { Tags } from './figure-lexicon.ts';
import { type PhraseHit, isSpace, isWordChar } from './phrase-index.ts';
import type { Span } from './segment-text.ts';
import { type TextContext, firstAtOrAfter, hitsIn } from './text-context.ts';

export interface Attribution extends Span {
  /** The source as written: "Reuters", "Tổng thống Ukraine Volodymyr Zelensky", "韩国国家情报院". */
  name: string;
  /** Where the marker ("theo", "said", "称") stands: the figure nearest a marker takes its source. */
  marker: Span;
  /**
   * Which figures the source vouches for: those after it ("Theo Reuters, ...", "X said that ...") or those before
   * it ("..., according to TASS", "“...”, disse Shoigu", "... theo một hiệp ước" in mid-sentence).
   */
  governs: 'after' | 'before';
}

const NAME_BREAKS = new Set([';', '；', ':', '：', '“', '”', '"', '«', '»', '(', ')', '（', '）', '。', '!', '?', '！', '？', '\n', '「', '」']);
const CLOSING_QUOTES = new Set(['”', '"', '»', '’', '」', ',', '，']);
const MAX_WORDS = 10;
const MAX_SPACELESS_CHARS = 32;

const cache = new WeakMap<TextContext, Map<number, Attribution[]>>();

/**
 * Who says so: the source named by the marker nearest the figure in its sentence ("according to X", "theo X",
 * "据X", "segundo X" before the source; "X said", "X cho biết", "X称", "X disse" after it; "..., disse X"
 * after a quote). Markers before the figure are preferred: they govern what follows.
 */
export function findAttribution(ctx: TextContext, sentence: Span, figure: Span): Attribution | null {
  let perText = cache.get(ctx);
  if (perText === undefined) {
    perText = new Map();
    cache.set(ctx, perText);
  }
  let all = perText.get(sentence.start);
  if (all === undefined) {
    all = attributionsIn(ctx, sentence);
    perText.set(sentence.start, all);
  }
  let best: Attribution | null = null;
  let bestRank = Infinity;
  for (const a of all) {
    if (a.start < figure.end && figure.start < a.end) continue;
    const before = a.marker.end <= figure.start;
    if (!before && a.marker.start < figure.end) continue;
    // A source before the figure that governs what follows; else one after it that governs what precedes.
    const distance = before ? figure.start - a.marker.end : a.marker.start - figure.end;
    if (before !== (a.governs === 'after')) continue;
    const rank = (before ? 0 : 1e6) + distance;
    if (rank < bestRank) {
      best = a;
      bestRank = rank;
    }
  }
  return best;
}

/** The attribution spans of a sentence, so that the subject of a figure is not looked for inside them. */
export function attributionSpans(ctx: TextContext, sentence: Span): Span[] {
  findAttribution(ctx, sentence, { start: sentence.end, end: sentence.end });
  return (cache.get(ctx)?.get(sentence.start) ?? []).map((a) => ({
    start: Math.min(a.start, a.marker.start),
    end: Math.max(a.end, a.marker.end),
  }));
}

function attributionsIn(ctx: TextContext, sentence: Span): Attribution[] {
  const hits = hitsIn(ctx, sentence.start, sentence.end);
  const out: Attribution[] = [];
  let openedUntil = -1;
  for (const h of hits) {
    if (h.value.attributionBefore) {
      const name = nameAfter(ctx, hits, h.end, sentence.end, true);
      if (name !== null) {
        // "Theo Reuters, ..." / "据X报道：" open their clause and govern what follows; in mid-sentence ("... theo
        // một hiệp ước") or closing the sentence (", de acordo com a TASS.") they govern what precedes.
        const rest = ctx.text.slice(name.end, sentence.end);
        const trailing = ctx.lex.words.spaceless
          ? (rest.match(/[\p{L}\p{N}]/gu) ?? []).length < 6
          : (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3;
        // In mid-sentence, a source right before the figure governs it ("nach Angaben Südkoreas rund 14.000").
        const beforeNumber = /^[\s,，]*(?:[0-9]|$)/u.test(rest.slice(0, 4)) || qualifierAt(ctx, hits, name.end);
        const opensClause = (clauseStartsAt(ctx.text, sentence.start, h.start) || beforeNumber) && !trailing;
        out.push({ ...name, marker: { start: h.start, end: h.end }, governs: opensClause ? 'after' : 'before' });
        openedUntil = name.end;
      }
    } else if (h.value.attributionAfter) {
      // "据X14日报道", "theo X cho biết": the verb closes the source already opened, it names no other.
      if (openedUntil >= 0 && h.start - openedUntil <= 8 && !/[,，;；。]/u.test(ctx.text.slice(openedUntil, h.start))) continue;
      let k = h.start;
      while (k > sentence.start && isSpace(ctx.text[k - 1])) k--;
      const inverted = k > sentence.start && CLOSING_QUOTES.has(ctx.text[k - 1] as string);
      const name = inverted
        ? nameAfter(ctx, hits, h.end, sentence.end, false)
        : nameBefore(ctx, hits, h.start, sentence.start);
      // "..., Reuters đưa tin." at the end of its sentence vouches for what precedes.
      const closing = /^[\s.。!?！？"”»)）]*$/u.test(ctx.text.slice(h.end, sentence.end));
      if (name !== null) out.push({ ...name, marker: { start: h.start, end: h.end }, governs: inverted || closing ? 'before' : 'after' });
    }
  }
  return out;
}

function nameAfter(
  ctx: TextContext,
  hits: readonly PhraseHit<Tags>[],
  from: number,
  limit: number,
  allowLists: boolean,
): { start: number; end: number; name: string } | null {
  const { text } = ctx;
  const spaceless = ctx.lex.words.spaceless;
  let i = from;
  while (i < limit && isSpace(text[i])) i++;
  const start = i;
  let words = 0;
  let end = i;
  while (i < limit) {
    const ch = text[i] as string;
    if (NAME_BREAKS.has(ch) || /[0-9]/.test(ch)) break;
    if (ch === ',' || ch === '，') {
      // A comma ends the name unless a list goes on: "as avaliações sul-coreanas, americanas e ucranianas".
      if (!allowLists || !listContinues(ctx, hits, i + 1, limit)) break;
    }
    const h = hitAt(hits, i);
    const qualifiesNumber = h !== undefined && h.value.qualifierBefore !== undefined && /^\s*[0-9]/.test(text.slice(h.end, h.end + 3));
    if (h !== undefined && i > start && (h.value.attributionAfter || qualifiesNumber || h.value.event !== undefined || (h.value.stop && !h.value.conjunction))) break;
    if (isWordChar(ch) && !isWordChar(text[i - 1])) words++;
    if (spaceless ? i - start >= MAX_SPACELESS_CHARS : words > MAX_WORDS) break;
    i++;
    if (!isSpace(ch)) end = i;
  }
  return trimmed(ctx, hits, start, end);
}

function nameBefore(
  ctx: TextContext,
  hits: readonly PhraseHit<Tags>[],
  to: number,
  floor: number,
): { start: number; end: number; name: string } | null {
  const { text } = ctx;
  const spaceless = ctx.lex.words.spaceless;
  let end = to;
  while (end > floor && isSpace(text[end - 1])) end--;
  let i = end;
  let words = 0;
  let segmentStart = end;
  let list = false;
  while (i > floor) {
    const ch = text[i - 1] as string;
    if ((ch === ')' || ch === '）') && i === end) {
      // "Cơ quan Tình báo Quốc gia Hàn Quốc (NIS) cho biết": the bracket belongs to the name.
      const open = Math.max(text.lastIndexOf('(', i - 1), text.lastIndexOf('（', i - 1));
      if (open > floor && i - open <= 30) {
        i = open;
        continue;
      }
    }
    if (NAME_BREAKS.has(ch)) break;
    if (ch === ',' || ch === '，') {
      // Keep going through a list of sources ("Hàn Quốc, Ukraine và phương Tây"), or past a name made only of
      // words like "also" ("Kyrylo Budanov, cũng cho biết").
      list ||= hasConjunction(hits, i, segmentStart);
      if (!list && !onlyTrimWords(ctx, hits, i, segmentStart)) break;
      segmentStart = i - 1;
    }
    const h = hitEndingAt(hits, i);
    if (h !== undefined && h.value.attributionBefore) break;
    if (!spaceless && isWordChar(ch) && !isWordChar(text[i - 2])) {
      words++;
      if (words > MAX_WORDS) break;
    }
    if (spaceless && end - i >= MAX_SPACELESS_CHARS) break;
    i--;
  }
  // Never start inside a word.
  while (!spaceless && i < end && isWordChar(text[i]) && isWordChar(text[i - 1])) i++;
  let start = i;
  if (spaceless) {
    // "韩国国家情报院在11月初的国政监查中透露": the source ends where a place or time phrase begins.
    for (const h of hits) {
      if (h.start >= start + 2 && h.end <= end && h.value.stop && !h.value.conjunction) {
        end = h.start;
        break;
      }
    }
  }
  while (start < end && isSpace(text[start])) start++;
  if (!spaceless) {
    // A source is named from its first capitalised word when it has one ("... a PyongyangSecretário ... Shoigu").
    const m = /(?:^|\s)(\p{Lu})/u.exec(text.slice(start, end));
    if (m !== null && m.index > 0) start += m.index + m[0].length - 1;
  }
  return trimmed(ctx, hits, start, end);
}

function trimmed(
  ctx: TextContext,
  hits: readonly PhraseHit<Tags>[],
  start: number,
  end: number,
): { start: number; end: number; name: string } | null {
  const { text } = ctx;
  for (;;) {
    const h = hitAt(hits, start);
    if (h === undefined || !h.value.trim) break;
    if (h.end >= end) return null;
    start = h.end;
    while (start < end && isSpace(text[start])) start++;
  }
  for (;;) {
    while (end > start && /[\s,，、.]/u.test(text[end - 1] as string)) end--;
    const h = hitEndingAt(hits, end);
    if (h === undefined || !h.value.trim || h.start <= start) break;
    end = h.start;
  }
  const name = text.slice(start, end);
  if (name.length < 2 || !/\p{L}/u.test(name)) return null;
  return { start, end, name };
}

/** A qualifier word right after pos (past spaces): "nach Angaben Südkoreas rund 14.000". */
function qualifierAt(ctx: TextContext, hits: readonly PhraseHit<Tags>[], pos: number): boolean {
  let i = pos;
  while (i < ctx.text.length && isSpace(ctx.text[i])) i++;
  const h = hitAt(hits, i);
  return h !== undefined && h.value.qualifierBefore !== undefined && /^\s*[0-9]/.test(ctx.text.slice(h.end, h.end + 3));
}

/** True when only spaces, opening quotes or a comma stand between the clause's start and pos. */
function clauseStartsAt(text: string, floor: number, pos: number): boolean {
  let i = pos;
  while (i > floor && /[\s"“«「]/u.test(text[i - 1] as string)) i--;
  return i === floor || /[,，;；:：]/u.test(text[i - 1] as string);
}

function onlyTrimWords(ctx: TextContext, hits: readonly PhraseHit<Tags>[], from: number, to: number): boolean {
  let cursor = from;
  for (let k = firstAtOrAfter(hits, from); k < hits.length; k++) {
    const h = hits[k] as PhraseHit<Tags>;
    if (h.start >= to) break;
    if (!h.value.trim || ctx.text.slice(cursor, h.start).trim() !== '') return false;
    cursor = h.end;
  }
  return ctx.text.slice(cursor, to).trim() === '';
}

function listContinues(ctx: TextContext, hits: readonly PhraseHit<Tags>[], from: number, limit: number): boolean {
  let to = from;
  while (to < limit && to - from < 60 && ctx.text[to] !== ',' && ctx.text[to] !== '，' && !NAME_BREAKS.has(ctx.text[to] as string)) {
    if (/[0-9]/.test(ctx.text[to] as string)) return false;
    to++;
  }
  return hasConjunction(hits, from, to) || ((ctx.text[to] === ',' || ctx.text[to] === '，') && listContinues(ctx, hits, to + 1, limit));
}

function hasConjunction(hits: readonly PhraseHit<Tags>[], from: number, to: number): boolean {
  for (let i = firstAtOrAfter(hits, from); i < hits.length; i++) {
    const h = hits[i] as PhraseHit<Tags>;
    if (h.start >= to) break;
    if (h.value.conjunction) return true;
  }
  return false;
}

function hitAt(hits: readonly PhraseHit<Tags>[], pos: number): PhraseHit<Tags> | undefined {
  const h = hits[firstAtOrAfter(hits, pos)];
  return h !== undefined && h.start === pos ? h : undefined;
}

function hitEndingAt(hits: readonly PhraseHit<Tags>[], pos: number): PhraseHit<Tags> | undefined {
  const h = hits[firstAtOrAfter(hits, pos) - 1];
  return h !== undefined && h.end === pos ? h : undefined;
}
