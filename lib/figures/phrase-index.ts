import { LETTER, MARK, NUMBER, unitClasses } from '../lang/unit-classes.ts';

/**
 * A trie of phrases, matched leftmost-longest on folded text. Linear in the text: each position walks the trie
 * at most as deep as the longest phrase (runs of spaces inside a phrase are capped).
 * Phrase syntax: see lib/lang/figure-words.ts.
 */

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

interface TrieNode<T> {
  /** By UTF-16 unit. */
  next: Map<number, TrieNode<T>>;
  /** The same children as two lists while they are few: searching a short list beats a Map lookup. */
  units: number[];
  kids: TrieNode<T>[];
  /** Past FEW children: the children by unit below 128 (an array read beats a Map lookup), the rest in `next`. */
  many: boolean;
  ascii: Array<TrieNode<T> | undefined>;
  /** next.get(HYPHEN) and next.get(SPACE), looked up at every step: kept at hand. */
  hyphen: TrieNode<T> | undefined;
  space: TrieNode<T> | undefined;
  /** The phrase ends here (whole word). */
  value: T | undefined;
  /** The phrase ends here as a stem: any letters may follow. */
  stem: T | undefined;
}

/** Every node with every field from the start: nodes of one shape keep the walk's property reads fast. */
function trieNode<T>(): TrieNode<T> {
  return { next: new Map(), units: [], kids: [], many: false, ascii: NO_KIDS, hyphen: undefined, space: undefined, value: undefined, stem: undefined };
}

const NO_KIDS: never[] = [];
const MAX_SPACE_RUN = 8;
/** Children kept as lists up to this many. */
const FEW = 8;
const SPACE = 32;
const HYPHEN = 45;

/** True for characters inside words: letters, combining marks, digits. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Fast paths for the scripts of the eight languages: Latin letters with marks, Vietnamese, Cyrillic, Han.
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x400 && c <= 0x4ff) || (c >= 0x4e00 && c <= 0x9fff)) return true;
  // A string's first unit: a surrogate pair is no word character here, as the regex reads a lone surrogate.
  return ch.length === 1 ? (unitClasses(c) & WORD_CLASSES) !== 0 : WORD_CHAR.test(ch);
}
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const WORD_CLASSES = LETTER | MARK | NUMBER;

/** isWordChar of one UTF-16 unit (NaN, past a string's end: false). */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x400 && c <= 0x4ff) || (c >= 0x4e00 && c <= 0x9fff)) return true;
  return (unitClasses(c) & WORD_CLASSES) !== 0;
}

/** White space, including the no-break and thin spaces that group digits and glue units ("10\u00a0cm"). */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return isSpaceCode(ch.charCodeAt(0));
}

/** isSpace of one UTF-16 unit. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x3000 || c === 0x200b;
}

const LETTER_TEST = /\p{L}/u;

/**
 * Lower-cases text unit by unit, so that offsets into the folded string are offsets into the original.
 * Curly apostrophes become ', dashes -, exotic spaces and bidi marks a space, ё е.
 */
export function foldText(text: string): string {
  // One pass for the characters folded to others, one to lower-case; if lower-casing changed the length
  // (a few characters such as İ do), fold unit by unit instead.
  const out = text.replace(FOLDED, (ch) => foldChar(ch)).toLowerCase();
  if (out.length === text.length) return out;
  const units: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = foldChar(text[i] as string);
    const low = ch.toLowerCase();
    units.push(low.length === 1 ? low : ch);
  }
  return units.join('');
}

const FOLDED = /[\u2019\u2018\u02bc\u00b4\u2010-\u2014\u2212\u00a0\u2007\u2009\u202f\u200b\u200e\u200f\u3000\u061cЁё]/gu;

function foldChar(ch: string): string {
  switch (ch) {
    case '\u2019':
    case '\u2018':
    case '\u02bc':
    case '\u00b4':
      return "'";
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
    case '\u2212':
      return '-';
    case '\u00a0':
    case '\u2007':
    case '\u2009':
    case '\u202f':
    case '\u200b':
    case '\u200e':
    case '\u200f':
    case '\u3000':
    case '\u061c':
      return ' ';
    case 'Ё':
    case 'ё':
      return 'е';
    default: {
      // Lower-case only if it keeps the length, so offsets stay aligned.
      const low = ch.toLowerCase();
      return low.length === 1 ? (low === ch ? ch : low) : ch;
    }
  }
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = trieNode();
  /** The units phrases start with, as a bit set: most positions of a text start none and are skipped at once. */
  private readonly firstUnits = new Uint32Array(2048);

  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly spaceless: boolean,
    private readonly merge: (a: T, b: T) => T,
  ) {
    for (const [phrase, value] of entries) this.add(phrase, value);
    for (const unit of this.root.next.keys()) this.firstUnits[unit >>> 5] = (this.firstUnits[unit >>> 5] ?? 0) | (1 << (unit & 31));
  }

  private add(raw: string, value: T): void {
    let phrase = foldText(raw.normalize('NFC')).trim();
    let stem = false;
    if (phrase.endsWith('*')) {
      stem = true;
      phrase = phrase.slice(0, -1);
    }
    if (phrase === '') return;
    let node = this.root;
    let prevSpace = false;
    // Every unit of a surrogate pair is its own step, which keeps walking by UTF-16 index simple.
    for (let u = 0; u < phrase.length; u++) {
      let key = phrase.charCodeAt(u);
      if (isSpaceCode(key)) {
        if (prevSpace) continue;
        key = SPACE;
        prevSpace = true;
      } else prevSpace = false;
      let child = node.next.get(key);
      if (!child) {
        child = trieNode();
        node.next.set(key, child);
        if (node.units.length < FEW) {
          node.units.push(key);
          node.kids.push(child);
        }
        if (!node.many && node.next.size > FEW) {
          node.many = true;
          node.ascii = new Array<TrieNode<T> | undefined>(128).fill(undefined);
          for (const [unit, kid] of node.next) if (unit < 128) node.ascii[unit] = kid;
        } else if (node.many && key < 128) node.ascii[key] = child;
        if (key === HYPHEN) node.hyphen = child;
        if (key === SPACE) node.space = child;
      }
      node = child;
    }
    if (stem) node.stem = node.stem === undefined ? value : this.merge(node.stem, value);
    else node.value = node.value === undefined ? value : this.merge(node.value, value);
  }

  /**
   * The longest phrase starting at i, or null; with `accept`, the longest whose meaning it accepts ("năm" as a unit
   * in "hai năm trước", where "năm trước" alone means "last year"). `folded` comes from foldText.
   */
  matchAt(folded: string, i: number, limit = folded.length, accept?: (value: T) => boolean): PhraseHit<T> | null {
    const at = folded.charCodeAt(i);
    if (!this.spaceless && isWordCode(folded.charCodeAt(i - 1)) && isWordCode(at)) return null;
    // A hyphen inside a word ("prime-time", "six-point") is part of the word, not the range phrase "-".
    if (at === HYPHEN && isWordCode(folded.charCodeAt(i - 1)) && isWordCode(folded.charCodeAt(i + 1)) && LETTER_TEST.test(folded[i + 1] as string)) return null;
    // No phrase starts with this unit: nothing to walk (a space may still lead to a phrase's hyphen, see below).
    if (this.root.space === undefined && !isSpaceCode(at) && ((this.firstUnits[at >>> 5] ?? 0) & (1 << (at & 31))) === 0) return null;
    let node: TrieNode<T> = this.root;
    let j = i;
    let best: PhraseHit<T> | null = null;
    for (;;) {
      if (node.value !== undefined && (accept === undefined || accept(node.value)) && (this.spaceless || !isWordCode(folded.charCodeAt(j)) || !isWordCode(folded.charCodeAt(j - 1)))) {
        best = this.better(best, i, j, node.value);
      }
      if (node.stem !== undefined && (accept === undefined || accept(node.stem))) {
        let k = j;
        while (k < limit && isWordCode(folded.charCodeAt(k))) k++;
        best = this.better(best, i, k, node.stem);
      }
      if (j >= limit) break;
      const ch = folded.charCodeAt(j);
      const hyphenChild = node.hyphen;
      if (hyphenChild !== undefined) {
        // A hyphen in a phrase matches "-", " -", "- " or a plain space: machine translations scatter them.
        let k = j;
        let spaces = 0;
        while (k < limit && isSpaceCode(folded.charCodeAt(k)) && spaces < MAX_SPACE_RUN) {
          k++;
          spaces++;
        }
        if (folded.charCodeAt(k) === HYPHEN) {
          k++;
          while (k < limit && isSpaceCode(folded.charCodeAt(k)) && spaces < 2 * MAX_SPACE_RUN) {
            k++;
            spaces++;
          }
          node = hyphenChild;
          j = k;
          continue;
        }
        if (spaces > 0 && j > i && hyphenChild.next.size > 0 && node.space === undefined) {
          node = hyphenChild;
          j = k;
          continue;
        }
      }
      if (isSpaceCode(ch)) {
        const spaceChild = node.space;
        if (spaceChild === undefined) break;
        let k = j;
        let spaces = 0;
        while (k < limit && isSpaceCode(folded.charCodeAt(k)) && spaces < MAX_SPACE_RUN) {
          k++;
          spaces++;
        }
        node = spaceChild;
        j = k;
        continue;
      }
      let child: TrieNode<T> | undefined;
      if (node.many) child = ch < 128 ? node.ascii[ch] : node.next.get(ch);
      else {
        const units = node.units;
        for (let k = 0; k < units.length; k++) {
          if (units[k] === ch) {
            child = node.kids[k];
            break;
          }
        }
      }
      if (child === undefined) break;
      node = child;
      j++;
    }
    if (best !== null && best.end === best.start) return null;
    return best;
  }

  /** The longer of two matches; matches ending at the same place mean both things ("soldiers": noun, military). */
  private better(best: PhraseHit<T> | null, start: number, end: number, value: T): PhraseHit<T> {
    if (best === null || end > best.end) return { start, end, value };
    if (end === best.end) return { start, end, value: this.merge(best.value, value) };
    return best;
  }

  /** Leftmost-longest, non-overlapping hits in [from, to). */
  scan(folded: string, from: number, to: number): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = Math.max(0, from);
    const end = Math.min(to, folded.length);
    const first = this.firstUnits;
    while (i < end) {
      // Most positions start no phrase: skip them without walking.
      const c = folded.charCodeAt(i);
      if (((first[c >>> 5] ?? 0) & (1 << (c & 31))) === 0) {
        i++;
        continue;
      }
      // Inside a word no phrase starts (matchAt's own first test, without the call).
      const word = !this.spaceless && isWordCode(c);
      if (word && isWordCode(folded.charCodeAt(i - 1))) {
        i++;
        continue;
      }
      const hit = this.matchAt(folded, i, end);
      if (hit !== null) {
        hits.push(hit);
        i = hit.end;
        continue;
      }
      i++;
      // Nor in the rest of this word: skip it whole.
      if (word) while (i < end && isWordCode(folded.charCodeAt(i))) i++;
    }
    return hits;
  }
}
