// Before reading: the tokens inside URLs and e-mail addresses, and those of phrases where number words are no numbers.
import type { Phrases } from './phrases.ts';
import type { ReadContext } from './atoms.ts';
import type { Token } from './tokenize.ts';
import type { NumberWord } from '../lang/number-words.ts';
import { wordSense } from './lexicon.ts';

const URL_OPENER = /[hHwW@]/g;
const URL_START = /(?:https?:\/\/|www\.|[\w.+-]+@[\w-]+\.)/giy;

function isUrlChar(c: number): boolean {
  // Anything but spaces, quotes and brackets that end a URL in prose.
  return c > 32 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 0x201d && c !== 0x3001 && c !== 0x3002 &&
    c !== 0xff0c && c < 0x3000;
}

/**
 * URL and e-mail spans, in one pass. A function of its own: in Chromium, code after a long loop that V8 optimised in
 * the middle of its first run had no type feedback, and left the optimised code on every call.
 */
function urlSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    // Only h, w and @ start one: found natively, not unit by unit.
    URL_OPENER.lastIndex = i;
    if (!URL_OPENER.test(text)) break;
    i = URL_OPENER.lastIndex - 1;
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (c !== 64 && isUrlChar(prev) && /[\w]/.test(String.fromCharCode(prev))) continue;
    let startAt = i;
    if (c === 64) {
      // e-mail: back up over the local part.
      while (startAt > 0 && /[\w.+-]/.test(text[startAt - 1] as string)) startAt--;
      if (startAt === i) continue;
    } else {
      URL_START.lastIndex = i;
      if (!URL_START.test(text)) continue;
    }
    let end = i;
    while (end < text.length && isUrlChar(text.charCodeAt(end))) end++;
    // Trailing punctuation belongs to the sentence.
    while (end > i && /[.,;:!?)]/.test(text[end - 1] as string)) end--;
    spans.push([startAt, end]);
    i = end;
  }
  return spans;
}

/** Marks tokens inside URLs (returned) and inside phrases where number words are not numbers (blocked). */
export function blockPhrasesAndUrls(ctx: ReadContext, ph: Phrases): Uint8Array {
  const { text, tokens } = ctx;
  const urls = new Uint8Array(tokens.length);
  const spans = urlSpans(text);
  if (spans.length) {
    let s = 0;
    for (let t = 0; t < tokens.length; t++) {
      const tk = tokens[t] as { start: number };
      while (s < spans.length && (spans[s] as [number, number])[1] <= tk.start) s++;
      const span = spans[s];
      if (span && tk.start >= span[0] && tk.start < span[1]) urls[t] = 1;
    }
  }
  // Phrases like 一切, 四川, "this one": their tokens never start or join a number.
  for (let t = 0; t < tokens.length; t++) {
    const m = ph.notNumbers.match(text, tokens, t);
    if (!m) continue;
    // 万一 is "in case", but 一百零一万一千 is a number: a phrase next to more of a number is not blocked.
    const next = tokens[m.to];
    const prev = tokens[t - 1];
    const first = tokens[t];
    const more = (next !== undefined && next.start - next.gapStart <= 1 && numeric(next, wordSense(ctx.lex, next.key))) ||
      (prev !== undefined && first !== undefined && first.kind === 'han' && first.start === first.gapStart &&
        numeric(prev, wordSense(ctx.lex, prev.key)));
    // "uno de" is "one of", but "uno de cada cuatro" a share: a share word inside the phrase unblocks it.
    const share = m.to > t + 1 && ph.properWords.match(text, tokens, t + 1) !== null;
    if (!more && !share) {
      for (let k = t; k < m.to; k++) ctx.blocked[k] = 1;
      t = m.to - 1;
    }
  }
  return urls;
}

/** A digit run, or a Han number word or scale. */
function numeric(tk: Token | undefined, sn: NumberWord | undefined): boolean {
  return tk !== undefined &&
    (tk.kind === 'digits' || (tk.kind === 'han' && sn !== undefined && (sn.kind === 'value' || sn.kind === 'scale' || sn.kind === 'point')));
}

