import type { EventKey, NounSense } from '../lang/figure-words.ts';
import type { Candidate } from './number-candidates.ts';
import { type Hit, hitRightAfter, nearestBefore, onlySpace } from './read-helpers.ts';
import { isSpace, isWordChar } from './phrase-index.ts';
import type { Span } from './segment-text.ts';
import { type TextContext, hasNumberBetween, hitsIn } from './text-context.ts';

/** How many unknown words (spaced languages) or characters (zh) may stand between a number and its noun. */
const NOUN_GAP_WORDS = 2;
const NOUN_GAP_CHARS = 8;

export interface NounFound {
  start: number;
  end: number;
  sense: NounSense | null;
  /** Events between the number and the noun ("1千多名追加派遣的工兵"). */
  modifierEvent: EventKey | null;
  modifierSubject: string | null;
}

/** After "200" in "200 and 400 metres": where the next number ends, if only a conjunction stands between. */
export function sharedTail(ctx: TextContext, c: Candidate, tail: number, limit: number): number | null {
  const conj = hitRightAfter(ctx, tail, limit, (t) => t.conjunction === true || t.range === true);
  if (conj === null || conj.start - tail > 2) return null;
  let i = conj.end;
  while (i < limit && isSpace(ctx.text[i])) i++;
  for (const s of ctx.numberSpans) {
    if (s.start === i) return s.end;
    if (s.start > i) break;
  }
  return null;
}

/** The counted noun after a number: skips a classifier, fillers, subjects and a few unknown words. */
export function nounAfter(ctx: TextContext, from: number, limit: number, share: boolean): NounFound | null {
  const { text } = ctx;
  const spaceless = ctx.lex.words.spaceless;
  const end = Math.min(limit, from + 80);
  let cursor = from;
  let budget = spaceless ? NOUN_GAP_CHARS : NOUN_GAP_WORDS;
  let modifierEvent: EventKey | null = null;
  let modifierSubject: string | null = null;
  let first = true;
  let personClassifier: Hit | null = null;
  let demonym: Hit | null = null;
  let plain = true;
  for (const h of hitsIn(ctx, from, end)) {
    const gap = text.slice(cursor, h.start);
    if (!gapOk(gap, spaceless)) break;
    budget -= gapCost(gap, spaceless);
    if (budget < 0) break;
    if (gap.trim() !== '') plain = false;
    // In zh, other characters before the noun must close with 的 ("追加派遣的工兵"); without it they are a
    // sentence going on ("这一数字揭示了朝鲜军队").
    if (spaceless && gap.trim() !== '' && (!h.value.filler || gapCost(gap, true) > 2)) break;
    cursor = h.end;
    const t = h.value;
    if (t.noun !== undefined) return { start: h.start, end: h.end, sense: t.noun, modifierEvent, modifierSubject };
    // "six-point lead", "281-store business": the hyphen joining number and noun.
    if (first && h.start === from && text[h.start] === '-' && h.end === h.start + 1) continue;
    if (first && t.classifier) {
      if (t.personClassifier) personClassifier = h;
      first = false;
      continue;
    }
    first = false;
    if (t.subject !== undefined) {
      // Right after the number, or past fillers only ("quatorze millions d'Égyptiens").
      if (modifierSubject === null && plain && gap.trim() === '') demonym = h;
      modifierSubject ??= t.subject;
      continue;
    }
    if (t.filler || t.parties || t.qualifierAfter !== undefined || (share && t.partitive)) continue;
    if (spaceless && t.event !== undefined) {
      modifierEvent ??= t.event;
      continue;
    }
    if (t.military && !t.stop) {
      plain = false;
      continue;
    }
    break;
  }
  // "2 209 Français ont voté", "21 Russians were killed", "300 rusos murieron": a people named right after the
  // number, then a verb or the end of the clause (not "3 Russian warplanes").
  if (demonym !== null && personClassifier === null && endsNounPhrase(ctx, demonym.end, limit)) {
    return { start: demonym.start, end: demonym.end, sense: { base: 'people', generic: true }, modifierEvent, modifierSubject };
  }
  if (personClassifier !== null) {
    return { start: personClassifier.start, end: personClassifier.end, sense: { base: 'people', generic: true }, modifierEvent, modifierSubject };
  }
  return null;
}

export function endsNounPhrase(ctx: TextContext, pos: number, limit: number): boolean {
  let i = pos;
  while (i < limit && isSpace(ctx.text[i])) i++;
  if (i >= limit || !/\p{L}/u.test(ctx.text[i] as string)) return true;
  const h = hitsIn(ctx, i, Math.min(limit, i + 40))[0];
  return h !== undefined && h.start === i && (h.value.stop === true || h.value.filler === true || h.value.event !== undefined);
}

export function gapOk(gap: string, spaceless: boolean): boolean {
  if (/[0-9.,;:!?()\[\]"“”«»，。；：！？、（）\n]/u.test(gap.replace(/^\s+|\s+$/g, '') === '' ? '' : gap.trim())) return false;
  return spaceless ? !/\s{2,}/.test(gap) : true;
}

export function gapCost(gap: string, spaceless: boolean): number {
  const t = gap.trim();
  if (t === '') return 0;
  if (spaceless) return t.replace(/\s+/g, '').length;
  return t.split(/\s+/).length;
}

/** A word with a plural ending of the language ("hijos", "figli"). */
function pluralWord(ctx: TextContext, start: number, end: number): boolean {
  const w = ctx.folded.slice(start, end);
  return (ctx.lex.words.pluralEndings ?? []).some((e) => w.length > e.length + 1 && w.endsWith(e));
}

/**
 * A noun the language data does not know: the next word (or, in zh, the run of characters after a classifier, or
 * after a number written in digits: "大约3000万记录").
 */
export function unknownNounAfter(ctx: TextContext, from: number, limit: number, digits: boolean): Span | null {
  const { text } = ctx;
  const end = Math.min(limit, from + 40);
  let i = from;
  const hits = hitsIn(ctx, from, end);
  let h = hits[0];
  // Skip a classifier (in zh, fillers; elsewhere "de", "of": "2,4 milhões de espetadores") right after the number.
  let classified = false;
  // "tres de sus hijos", "tre dei suoi figli": past a partitive, a determiner too.
  let partitive = false;
  let determined = false;
  while (h !== undefined && h.start - i <= 1 && onlySpace(text, i, h.start) && (h.value.classifier || h.value.incrementAfter || (h.value.filler && (ctx.lex.words.spaceless || h.value.partitive || partitive)))) {
    classified ||= h.value.classifier === true;
    determined ||= partitive && h.value.partitive !== true;
    partitive ||= h.value.partitive === true;
    i = h.end;
    hits.shift();
    h = hits[0];
  }
  while (i < end && isSpace(text[i])) i++;
  if (ctx.lex.words.spaceless) {
    // Without a measure word, numerals and characters make one word (十分 "very", 一些 "some"), not a count; digits
    // stand apart from the word after them, which the count is of ("3000万记录", "200辆坦克" without its 辆).
    if (!classified && !digits) return null;
    let j = i;
    const most = classified ? 4 : 2;
    while (j < end && j - i < most && /\p{Script=Han}/u.test(text[j] as string)) {
      const stop = hits.find((x) => x.start === j && (!classified || x.value.stop || x.value.filler || x.value.event !== undefined));
      if (stop !== undefined) break;
      j++;
    }
    // Unclassified, one character is a measure or a suffix (6级, 3倍), not a noun: a noun has two (记录, 居民).
    return j - i >= (classified ? 1 : 2) ? { start: i, end: j } : null;
  }
  if (h !== undefined && h.start === i) return null; // a known word that is not a noun (to, and, said)
  const first = wordAt(ctx, i, end, hits);
  if (first === null) return null;
  // Past a partitive and a determiner the noun is plural: "tres de sus hijos", not "8 de la mañana".
  if (partitive && determined && !pluralWord(ctx, first.start, first.end)) return null;
  // Up to two unknown words: "14 major titles" counts titles, not "major".
  let span = first;
  let k = first.end;
  while (k < end && text[k] === ' ') k++;
  if (k === first.end + 1) {
    const second = wordAt(ctx, k, end, hits);
    if (second !== null) span = { start: first.start, end: second.end };
  }
  return span;
}

export function wordAt(ctx: TextContext, i: number, end: number, hits: readonly Hit[]): Span | null {
  const { text } = ctx;
  if (hits.some((x) => x.start === i)) return null;
  let j = i;
  while (j < end && (isWordChar(text[j]) || ((text[j] === '-' || text[j] === "'") && isWordChar(text[j + 1])))) j++;
  if (j === i) return null;
  const word = text.slice(i, j);
  if (!/^\p{L}/u.test(word) || /\d/.test(word)) return null;
  // A capitalised word after a number counts people of a nation or faith ("21 Christians", "2 209 Français"),
  // unless a name runs on ("Four Corners Monument"); German capitalises every noun.
  if (ctx.lang !== 'de' && /^\p{Lu}/u.test(word) && /^ \p{Lu}/u.test(text.slice(j, j + 2))) return null;
  // In German a noun is capitalised: "86 angenommen" is a verb.
  if (ctx.lang === 'de' && !/^\p{Lu}/u.test(word)) return null;
  return { start: i, end: j };
}

/** "death toll rose to 120", "伤亡人数达4000": a noun saying what happened, shortly before the number. */
export function nounBefore(ctx: TextContext, from: number, to: number, floor: number): Hit | null {
  const h = nearestBefore(ctx, from, to, (x) => x.value.noun?.event !== undefined);
  if (h === null || hasNumberBetween(ctx, h.end, to)) return null;
  // "48 mortos e mais de 20 mil": a noun right after another number is that number's.
  let k = h.start;
  while (k > floor && isSpace(ctx.text[k - 1])) k--;
  if (hasNumberBetween(ctx, Math.max(floor, k - 1), k)) return null;
  return h;
}
