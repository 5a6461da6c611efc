import type { NumberLanguage } from '../lang/number-words.ts';
import type { Token } from './tokenize.ts';

/** A number written in digits, read with the language's marks: 14.000, 14,000, 14 000, 1,5, .5, 1.2e5, 10k. */
export interface Numeral {
  /** Token range, end exclusive. */
  from: number;
  to: number;
  value: number;
  /** Digits before the decimal mark, as written without group marks. */
  intDigits: string;
  fracDigits: string;
  /** Grouped with thousands marks (14.000, 14 000). */
  grouped: boolean;
  /** An exponent, power or magnitude letter was read (1e5, 2^3, 10k). */
  suffixed: boolean;
}

const SPACE_GROUP = new Set([' ', '\u00a0', '\u202f', '\u2009', '\u2007']);

function digitsAt(tokens: readonly Token[], t: number): Token | undefined {
  const tok = tokens[t];
  return tok && tok.kind === 'digits' ? tok : undefined;
}

/** Token t touches the token before it (no space between). */
function adjacent(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t];
  return tok !== undefined && tok.gapStart === tok.start;
}

/**
 * Reads a digit numeral starting at token t (a digits token, or a decimal mark followed by digits).
 * `listed` says the numeral follows "digits + mark" (192.168.1.2, 22,24,26): its marks then separate, not join.
 */
export function readNumeral(text: string, tokens: readonly Token[], t: number, lang: NumberLanguage, raw = text): Numeral | null {
  const first = tokens[t];
  if (!first) return null;
  let intDigits = '';
  let fracDigits = '';
  let grouped = false;
  let k: number;
  const prev = tokens[t - 1];
  const listed = prev !== undefined && adjacent(tokens, t) && (prev.key === '.' || prev.key === ',') &&
    adjacent(tokens, t - 1) && tokens[t - 2]?.kind === 'digits';

  if (first.kind === 'sym' && first.key === lang.decimalMark) {
    // ".5", ",77": a leading decimal mark, never right after a digit or a letter.
    const next = digitsAt(tokens, t + 1);
    if (!next || !adjacent(tokens, t + 1)) return null;
    if (prev && adjacent(tokens, t) && (prev.kind === 'digits' || prev.kind === 'word' || prev.key === '.' || prev.key === ',')) return null;
    return finish(text, tokens, t, t + 2, '0', next.key, false, lang);
  }
  if (first.kind !== 'digits') return null;
  intDigits = first.key;
  k = t + 1;

  // Thousands groups: one mark, used consistently, each group exactly three digits. After "+" (a phone
  // number's country code) or right after other digits and a space ("+1 202 555 0143"), spaces do not group.
  let groupMark: string | null = null;
  const noSpaceGroups = prev !== undefined && ((prev.key === '+' && adjacent(tokens, t)) ||
    (prev.kind === 'digits' && first.start - first.gapStart === 1));
  const indian = listed ? null : indianGroups(tokens, t, lang);
  if (indian) {
    intDigits = indian.digits;
    grouped = true;
    groupMark = ',';
    k = indian.to;
  } else if (!listed && intDigits.length <= 3) {
    // At most six groups (10^21): past that a run of groups is a list or a code, and it stays linear.
    for (let groups = 0; groups < 6; groups++) {
      const mark = readMark(text, tokens, k);
      if (mark === null) break;
      const group = digitsAt(tokens, mark.next);
      if (!group || group.key.length !== 3) break;
      if (mark.next !== k && !adjacent(tokens, mark.next)) break;
      if (digitsAt(tokens, mark.next + 1) && adjacent(tokens, mark.next + 1)) break;
      if (groupMark !== null && mark.mark !== groupMark) break;
      if (noSpaceGroups && SPACE_GROUP.has(mark.mark)) break;
      const isGroupMark = SPACE_GROUP.has(mark.mark) || lang.groupMarks.includes(mark.mark);
      if (!isGroupMark) break;
      // A full-width comma groups full-width digits (１１１，１１１) but separates a list after ASCII ones.
      if (mark.next !== k && raw.charCodeAt((tokens[k] as Token).start) === 0xff0c && raw.charCodeAt(first.start) < 0xff00) break;
      // A native decimal mark is never a group mark ("4,800" in Spanish is 4.8).
      if (mark.mark === lang.decimalMark) break;
      groupMark = mark.mark;
      grouped = true;
      intDigits += group.key;
      k = mark.next + 1;
    }
  }

  // Decimal part.
  const dec = tokens[k];
  const decDigits = digitsAt(tokens, k + 1);
  if (dec && dec.kind === 'sym' && adjacent(tokens, k) && decDigits && adjacent(tokens, k + 1) &&
    (dec.key === '.' || dec.key === ',') && dec.key !== groupMark && !listed) {
    const native = dec.key === lang.decimalMark;
    // The other mark reads as a decimal mark when it cannot be a group (not three digits) and the number is not
    // one of a list ("22,24,26"); after groups of another mark a point is a decimal point (Swiss 1'000.01).
    const otherGroups = grouped && groupMark !== null && (groupMark === "'" || SPACE_GROUP.has(groupMark)) && dec.key === '.';
    const foreign = !native && (otherGroups || (!grouped && (decDigits.key.length !== 3 || lang.groupMarks.length === 0 ||
      !lang.groupMarks.includes(dec.key)))) && !continuesList(tokens, k + 2, dec.key);
    const nativeOk = native && !(grouped === false && continuesListNative(tokens, k + 2, dec.key, lang));
    if (nativeOk || foreign) {
      fracDigits = decDigits.key;
      k += 2;
    }
  }
  return finish(text, tokens, t, k, intDigits, fracDigits, grouped, lang);
}

/**
 * Indian grouping: 3,45,000 and 12,50,00,000 (lakhs and crores): one or two digits, pairs, then three digits, all
 * joined by commas, in a language that groups with commas. Null for any other shape (14,000 is read as usual).
 */
function indianGroups(tokens: readonly Token[], t: number, lang: NumberLanguage): { digits: string; to: number } | null {
  const first = tokens[t];
  if (!first || first.kind !== 'digits' || first.key.length > 2 || !lang.groupMarks.includes(',')) return null;
  let digits = first.key;
  let k = t + 1;
  let pairs = 0;
  for (;;) {
    const mark = tokens[k];
    const group = digitsAt(tokens, k + 1);
    if (!mark || mark.key !== ',' || !adjacent(tokens, k) || !group || !adjacent(tokens, k + 1)) return null;
    digits += group.key;
    k += 2;
    if (group.key.length === 2) {
      pairs++;
      continue;
    }
    if (group.key.length !== 3 || pairs === 0) return null;
    // Another comma and digits after the three would make it a list.
    const more = tokens[k];
    if (more && more.key === ',' && adjacent(tokens, k) && digitsAt(tokens, k + 1) && adjacent(tokens, k + 1)) return null;
    return { digits, to: k };
  }
}

/** "1.2.3": a further mark and digits after the decimal part means a list or a version, not a decimal. */
function continuesList(tokens: readonly Token[], k: number, mark: string): boolean {
  const tok = tokens[k];
  return tok !== undefined && tok.kind === 'sym' && tok.key === mark && adjacent(tokens, k) &&
    digitsAt(tokens, k + 1) !== undefined && adjacent(tokens, k + 1);
}

function continuesListNative(tokens: readonly Token[], k: number, mark: string, lang: NumberLanguage): boolean {
  return continuesList(tokens, k, mark) && !lang.groupMarks.includes(mark);
}

/** A single group mark right at token k (a "." or "," token touching digits, or one space character). */
function readMark(text: string, tokens: readonly Token[], k: number): { mark: string; next: number } | null {
  const tok = tokens[k];
  if (!tok) return null;
  const prev = tokens[k - 1];
  if (!prev) return null;
  if (tok.kind === 'sym' && adjacent(tokens, k) && (tok.key === '.' || tok.key === ',' || tok.key === "'" || tok.key === '’')) {
    return { mark: tok.key === '’' ? "'" : tok.key, next: k + 1 };
  }
  if (tok.kind === 'digits' && tok.start - tok.gapStart === 1) {
    const ch = text[tok.gapStart] as string;
    if (SPACE_GROUP.has(ch)) return { mark: ch, next: k };
  }
  return null;
}

function finish(text: string, tokens: readonly Token[], from: number, k: number, intDigits: string, fracDigits: string,
  grouped: boolean, lang: NumberLanguage): Numeral | null {
  let value = Number(`${intDigits || '0'}.${fracDigits || '0'}`);
  let suffixed = false;
  // Exponent: 1e10, 12.32e+14, 2e5 (the letter e glued, then digits).
  const e = tokens[k];
  if (e && e.kind === 'word' && adjacent(tokens, k) && (e.key === 'e')) {
    let m = k + 1;
    let sign = 1;
    const s = tokens[m];
    if (s && s.kind === 'sym' && (s.key === '+' || s.key === '-') && adjacent(tokens, m)) {
      sign = s.key === '-' ? -1 : 1;
      m++;
    }
    const d = digitsAt(tokens, m);
    if (d && adjacent(tokens, m) && d.key.length <= 3 && !letterAfter(tokens, m)) {
      value = value * 10 ** (sign * Number(d.key));
      suffixed = true;
      k = m + 1;
    }
  }
  // Power: 1.1^23, 2.5^-1, 1.1^--23.
  const p = tokens[k];
  if (!suffixed && p && p.kind === 'sym' && p.key === '^' && adjacent(tokens, k)) {
    let m = k + 1;
    let sign = 1;
    while (tokens[m]?.kind === 'sym' && (tokens[m]?.key === '+' || tokens[m]?.key === '-') && adjacent(tokens, m) && m < k + 4) {
      if (tokens[m]?.key === '-') sign = -sign;
      m++;
    }
    const d = digitsAt(tokens, m);
    if (d && adjacent(tokens, m) && d.key.length <= 3) {
      value = value ** (sign * Number(d.key));
      suffixed = true;
      k = m + 1;
    }
  }
  // Scientific: 1.3x10^6.
  const x = tokens[k];
  if (!suffixed && x && x.kind === 'word' && x.key === 'x' && adjacent(tokens, k) && tokens[k + 1]?.key === '10' &&
    adjacent(tokens, k + 1) && tokens[k + 2]?.key === '^' && adjacent(tokens, k + 2)) {
    let m = k + 3;
    let sign = 1;
    if (tokens[m]?.key === '-' || tokens[m]?.key === '+') {
      if (tokens[m]?.key === '-') sign = -1;
      m++;
    }
    const d = digitsAt(tokens, m);
    if (d && d.key.length <= 3) {
      value = value * 10 ** (sign * Number(d.key));
      suffixed = true;
      k = m + 1;
    }
  }
  // Magnitude letters: 10k, 2.33 k, 1.2b, 3M, 1,2M (glued or after one space), not followed by a letter.
  if (!suffixed) {
    const s = tokens[k];
    // A spaced letter is not a magnitude when it begins a dollar sign's symbol ("1 T$", "5 R$"); "10K$" is ten
    // thousand dollars and "3,5 M€" three and a half million euros.
    const symbolAfter = s !== undefined && s.start !== s.gapStart && tokens[k + 1] !== undefined && adjacent(tokens, k + 1) &&
      tokens[k + 1]?.key === '$';
    if (s && s.kind === 'word' && s.start - s.gapStart <= 2 && !letterAfter(tokens, k) && !symbolAfter) {
      const raw = text.slice(s.start, s.end);
      const mult = lang.digitSuffixes[raw] ?? lang.digitSuffixes[raw.toLowerCase()];
      const spaced = s.start !== s.gapStart;
      if (mult !== undefined && text.slice(s.gapStart, s.start).trim() === '' && !(spaced && raw === 'm')) {
        // A lone lower-case "m" after an integer is a metre more often than a million; after a currency (£6m) not.
        const before = tokens[from - 1];
        const money = before !== undefined && adjacent(tokens, from) && /\p{Sc}/u.test(before.key);
        const metre = raw === 'm' && fracDigits === '' && !money;
        // "5G", "4K": one digit and a capital G or K name a network generation or a screen resolution ("$4K" is money).
        const label = intDigits.length === 1 && fracDigits === '' && (raw === 'G' || raw === 'K') && !money;
        if (!metre && !label) {
          value = Number((value * mult).toPrecision(15));
          suffixed = true;
          k++;
        }
      }
    }
  }
  if (!Number.isFinite(value)) return null;
  return { from, to: k, value, intDigits, fracDigits, grouped, suffixed };
}

/** A letter glued right after token m (12e5x is not an exponent). */
function letterAfter(tokens: readonly Token[], m: number): boolean {
  const next = tokens[m + 1];
  return next !== undefined && next.kind === 'word' && adjacent(tokens, m + 1);
}
