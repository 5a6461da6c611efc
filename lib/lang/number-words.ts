import type { ReadLanguage } from '../model/language.ts';

/**
 * What one word (or one Han character) means to the number reader. Words are keyed in lower case, NFC;
 * a key with spaces ("quatre vingt", "por cento") matches words separated by spaces or hyphens.
 */
export type NumberWord =
  /**
   * A number on its own: one, twenty, trescientos, 五. `weak`: usually an article or pronoun (un, ein, một).
   * `article`: reads only before a scale or fraction word ("a hundred", "a third"). `filler`: a zero that only
   * holds a place inside a number (零 in 一百零五) and is 0 on its own. `inner`: a form read only inside a number,
   * after another number word (Vietnamese mốt, tư, lăm: hai mươi mốt = 21). `notDigit`: never a digit spoken
   * after a decimal point (两 counts, it is not read digit by digit). `notAfterTen`: never the unit after a ten
   * (Vietnamese năm: "mười năm" is ten years, fifteen is "mười lăm"). `notAlone`: a number only next to other
   * number words (Chinese 伍 alone is in names: 伍兹, 弗利特伍德; 肆佰 is 400). `formal`: a financial numeral (壹, 肆).
   */
  | { kind: 'value'; value: number; weak?: boolean; article?: boolean; filler?: boolean; inner?: boolean; notDigit?: boolean;
    notAfterTen?: boolean; notAlone?: boolean; formal?: boolean }
  /**
   * Multiplies what precedes it: hundred, thousand, mươi, 万. `bare`: may stand alone as 1× (mil, trăm, 千).
   * `afterWords`: only after number words, not digits (French "cents": trois cents = 300, but 50 cents is money).
   * `maxBase`: the largest number it may multiply (Chinese 千 takes one digit: 五千, not 五十千).
   * `notAlone`: not a number on its own (万 alone is not 10000).
   * `formal`: a financial numeral (壹, 佰, 拾); `needsFormal`: a numeral only beside another financial numeral or a
   * scale of ten thousand or more (拾 in 壹拾, 拾万; not in 收拾, 拾起, 拾三).
   */
  | { kind: 'scale'; value: number; bare?: boolean; afterWords?: boolean; maxBase?: number; notAlone?: boolean; formal?: boolean;
    needsFormal?: boolean }
  /** Joins parts of one number: and, e, y, et, und, linh, 零. */
  | { kind: 'joiner' }
  /** A decimal point spoken: point, vírgula, phẩy, 点. `weak`: also a common word (Spanish "con"), read only between number words. */
  | { kind: 'point'; weak?: boolean }
  /** A sign word before a number: minus, negative, âm, 负. `weak`: also an ordinary word (moins, menos). */
  | { kind: 'minus'; weak?: boolean }
  /**
   * A fraction's denominator (third, quintos, cinquième, Drittel). `value` is the denominator; `scale` means it
   * multiplies a number before it (two thousandths = 2/1000, dos milésimos); `avos` means the number before it is
   * the denominator (vinte e um avos = 1/21); `compoundOnly`: only after a ten (twenty-first, vingt et unième).
   */
  | { kind: 'denominator'; value: number; scale?: boolean; avos?: boolean; compoundOnly?: boolean }
  /** Half: "half", "meio", "demi", "halb"; `value` is 0.5 and it adds to the number before it ("three and a half"). */
  | { kind: 'half'; value: number }
  /** A dozen, a score: multiplies the number before it by `value`. */
  | { kind: 'group'; value: number };

/** A currency as written: its ISO 4217 code where one is meant, and what one of it counts in that currency. */
export interface CurrencyWord {
  /** Absent for a generic unit ("francs", "cents" of an unnamed currency). */
  iso?: string;
  /** 0.01 for cents, kopecks, centavos ("50 cents" reads as 0.5); 1e6 for "MEUR" (millions of euros). */
  factor?: number;
  /**
   * Read only when written exactly so, letter case included: codes and lettered symbols from the currency table
   * ("MYR", "RM", "CHF"), which as lower-case words are words ("all", "try", "top").
   */
  form?: string;
}

/** How a phrase bounds a number, for one-sided ranges ("more than 30", "至少10", "30 or more"). */
export interface Bound {
  /** 'low': the number is a lower bound (more than, at least); 'high': an upper bound; 'equal': exactly. */
  side: 'low' | 'high' | 'equal';
  inclusive: boolean;
}

/** A range written with words around its ends: "between 5 and 10", "từ 5 đến 10", "在10和20之间". */
export interface RangeFrame {
  /** Before the first number ("between", "từ", "entre"); empty when the range starts with its number. */
  open: string;
  /** Between the numbers ("and", "đến", "a", "和"). */
  join: string;
  /** After the second number ("之间"), if any. */
  close?: string;
}

/** Everything the language-independent number reader knows about one language. Same shape for every language. */
export interface NumberLanguage {
  code: ReadLanguage;
  /** The decimal mark of the language's digits (1.5 or 1,5). */
  decimalMark: '.' | ',';
  /** Marks that group thousands, besides spaces (which every language accepts in "40 000"). */
  groupMarks: readonly string[];
  /** Number words, scales, joiners, fraction words; keys in lower case. */
  words: Readonly<Record<string, NumberWord>>;
  /** German: number words are written as one word (dreihundertsiebenundzwanzig) and must be split. */
  compoundWords: boolean;
  /** German: a scale written with a capital on its own is a noun or a name (Tausende, Claudia Tausend). */
  bareScaleLowercaseOnly: boolean;
  /** German: a unit before a ten with a joiner (drei-und-zwanzig = 23). */
  unitBeforeTen: boolean;
  /** French: tens that take a teen (soixante-dix = 70, quatre-vingt-onze = 91). */
  tensTakingTeens: readonly number[];
  /** English, French: "one hundred thirty fifths" is 100/35: a ten before a unit ordinal joins the denominator. */
  tenJoinsOrdinal: boolean;
  /**
   * English, French, German: a joiner before a fraction word starts the fraction ("twenty and three fifths" is
   * 20 + 3/5); in Spanish and Portuguese it is part of the number ("vinte e três quintos" is 23/5).
   */
  joinerStartsFraction: boolean;
  /**
   * French: a lone weak word (un, une) is an article, a number only where the grammar makes it a count: before a
   * scale ("un million"), beside weakCountWords ("un seul", "seulement une"), joined by "or" or a range to another
   * number ("un ou deux"), or standing for a noun at the end of a clause ("il en reste un").
   */
  dropLoneWeak: boolean;
  /**
   * German, Spanish, Portuguese: the same, in running text only (when percentages, money and ranges are read too);
   * numbers read alone still count every "ein", "una", "um". Optional.
   */
  weakArticles?: boolean;
  /** Words beside a weak word that make it a count: "seul", "seulement" (French), "nur", "einzige" (German). */
  weakCountWords?: readonly string[];
  /** Chinese: a single digit after a scale counts the next place down (两千四百五 = 2450, 万九 = 19000). */
  trailingDigitAbbreviation: boolean;
  /**
   * Chinese: words right before a scale that stands alone that make it a number (近百 nearly a hundred, 逾万);
   * a lone scale is also one before an "and more" mark (千余人, 百多人). Optional: elsewhere such a scale is a name.
   */
  loneScaleBefore?: readonly string[];
  /** Chinese: marks between a number and its scale meaning "and some more" (十多万, 五百余万). */
  approximateSuffixes: readonly string[];
  /** Magnitude letters after digits: k, M, bn. Case-sensitive keys. */
  digitSuffixes: Readonly<Record<string, number>>;
  /** After a number, a percentage: "%", "percent", "por cento", "个百分点". */
  percentAfter: readonly string[];
  /** Before a number, a percentage (百分之), or a share of another base (千分之 = per mille: value / 10). */
  percentBefore: Readonly<Record<string, number>>;
  /** Chinese 成 and 折: tenths as a percentage (七成 = 70%, 九折 = 90%). */
  tenthsPercent: readonly string[];
  /** Whole phrases that are a percentage (对折 = 50%, 百分之百 = 100%). */
  percentWords: Readonly<Record<string, number>>;
  /** Fractions with a marker: 三分之二 (denominator first), hai phần ba, "one over three" (numerator first). */
  fractionDenominatorFirst: readonly string[];
  /** Markers read as denominator-first only after a mixed joiner: 一又十分一 (1 + 1/10), not 十分 ("very"). */
  fractionDenominatorFirstInMixed: readonly string[];
  fractionNumeratorFirst: readonly string[];
  /** Like fractionNumeratorFirst, but only for a proper fraction written in words ("one out of three"). */
  fractionProperWords: readonly string[];
  /**
   * Shares written with "one" and a word that means "in every" ("one in four", "uno de cada cuatro", "um em cada
   * quatro"), read only after one (1/4); after other numbers the word is too common ("3 in 24 hours"). Optional.
   */
  shareOfOne?: readonly string[];
  /**
   * "jeder vierte", "каждый четвёртый": a word for "every" before an ordinal is a share of one in that many. The
   * ordinal is its stem and one of the endings (viert + e, четвёрт + ый). Optional.
   */
  everyOrdinal?: { every: readonly string[]; stems: Readonly<Record<string, number>>; endings: readonly string[] };
  /**
   * A share written "in every N there are M": Chinese 每四人中就有一人, Vietnamese "cứ 4 người thì có 1". `open` before
   * the whole, `join` between it (and its counted noun, up to three words or characters) and the part. Optional.
   */
  everyShare?: { open: readonly string[]; join: readonly string[] };
  /**
   * Multipliers, read as a number with unit "times": words after a number ("times", "fois", "veces", "倍", "раза"),
   * words before it (Vietnamese "gấp"), and words that are one ("twice", "el doble", "вдвое", "dreimal"). Optional.
   */
  multipliers?: { after: readonly string[]; before: readonly string[]; words: Readonly<Record<string, number>> };
  /** Joins a whole number to a fraction: "and" (one and a half), "又" (3又一千分之23), "con" (uno con un cuarto). */
  mixedJoiners: readonly string[];
  /** Currency words and symbols, before the amount ("$", "US$", "R$", "EUR") and after it ("dollars", "đồng", "美元"). */
  currencyBefore: Readonly<Record<string, CurrencyWord>>;
  currencyAfter: Readonly<Record<string, CurrencyWord>>;
  /**
   * Words for units of measure after a number, to their symbol in lib/lang/measure-units.ts ("kilómetros" -> "km");
   * symbols themselves need no entry. Optional: a language without it reads symbols only.
   */
  unitWords?: Readonly<Record<string, string>>;
  /** Between a scale and a currency ("milhões de dólares", "millions de $"). */
  currencyLinks: readonly string[];
  /** Minor units after an amount in the major one: "13 dollars and 45 cents", "50元6角三分" (share of the major). */
  minorUnits: Readonly<Record<string, number>>;
  /** Ranges: "5 to 10", "from 5 to 10", "5-10". */
  ranges: readonly RangeFrame[];
  /**
   * Phrases before a number that bound it ("more than", "至少"), and after it ("or more", "以上"). A key with
   * "…" has the number in the middle ("比…大": 比三十大 is more than thirty).
   */
  boundsBefore: Readonly<Record<string, Bound>>;
  boundsAfter: Readonly<Record<string, Bound>>;
  /**
   * Vague amounts, read as an interval from their order of magnitude to ten times it: "tens of thousands" [10⁴,
   * 10⁵), "des centaines de milliers", "Zehntausende", "десятки тысяч", "hàng nghìn", "数以千计". Optional.
   * `words`: plural nouns of a magnitude (tens, milliers, тысячи); `links`: words between two of them ("of", "de");
   * `before`: a word that makes the scale words after it vague (hàng, 数以), with `after` closing it (计);
   * `beforeAlone`: one that needs no closing word (数, 几).
   */
  vague?: { words: Readonly<Record<string, number>>; links: readonly string[]; before: readonly string[]; after: readonly string[];
    /** A word that makes the scale words after it vague with no closing word: Chinese 数万, 几百 ("some tens of thousands"). */
    beforeAlone?: readonly string[] };
  /** "or": joins two comparisons into one ("equal to or more than 45", "igual o mayor que"). Optional. */
  orWords?: readonly string[];
  /** Joins a lower and an upper bound into one range ("more than 10 and less than 40", "大于4865并少于20793"). */
  boundJoiners: readonly string[];
  /** Month names (and words like tháng): a number next to one is a date part or a year. */
  months: readonly string[];
  /** Words right before a four-digit number that make it a year (in, năm, em, im Jahr). */
  yearBefore: readonly string[];
  /** Words right after a number that make it a date part (月, 日, giờ). */
  dateAfter: readonly string[];
  /** Words right after a four-digit number that make it a year (2024年, в 2024 году); not after others (两年). */
  yearAfter: readonly string[];
  /** Words right before a number that make it an identifier (No., số hiệu, 总第) or an ordinal (第). */
  codeBefore: readonly string[];
  ordinalBefore: readonly string[];
  /** Words right after a number that make it an identifier or ordinal (期, 号, th). */
  codeAfter: readonly string[];
  /** Words between a fraction and the scale it is a share of ("three quarters of a billion", "trois quarts de million"). */
  fractionOfLinks?: readonly string[];
  /** Marks glued after digits that make an ordinal (1st, 2e, 3º, 5-й). Optional: none by default. */
  ordinalSuffixes?: readonly string[];
  /** Phrases in which number words are not numbers (一切, 四川, "this one"). */
  notNumbers: readonly string[];
}
