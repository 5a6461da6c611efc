import type { Qualifier } from '../model/figure.ts';
import type { ReadLanguage } from '../model/language.ts';

/**
 * The words the figure extractor reads around a number, for one language. Same shape for every language, so that
 * adding a language is adding one data file (lib/lang/<code>/figures.ts) and registering it.
 *
 * Phrase syntax (keys of the records and items of the lists), matched on lower-cased NFC text:
 * - a space matches any run of white space;
 * - a hyphen matches a hyphen or dash with optional spaces around it ("norte-coreanos" matches "norte -coreanos");
 * - a trailing `*` matches any letters that follow (stems for inflected languages: "солдат*", "envi*"); a star
 *   anywhere else is not supported (write the forms out: "пропал без вести", "пропали без вести");
 * - in spaced languages a phrase matches whole words only; in `spaceless` ones (zh) anywhere.
 */

/** What happened to what is counted. Part of the concept key (troops_sent, troops_killed). */
export type EventKey =
  | 'sent'
  | 'deployed'
  | 'killed'
  | 'wounded'
  | 'casualties'
  | 'missing'
  | 'captured'
  | 'evacuated'
  | 'closed'
  | 'destroyed'
  | 'damaged'
  | 'rescued'
  | 'affected';

/** What a counted noun is, language-independently. */
export type BaseKey =
  | 'people'
  | 'troops'
  | 'civilians'
  | 'children'
  | 'engineers'
  | 'workers'
  | 'construction_workers'
  | 'refugees'
  | 'prisoners'
  | 'police'
  | 'journalists'
  | 'students'
  | 'settlements'
  | 'buildings'
  | 'homes'
  | 'schools'
  | 'hospitals'
  | 'vehicles'
  | 'tanks'
  | 'aircraft'
  | 'drones'
  | 'missiles'
  | 'mines'
  | 'weapons'
  | 'ships'
  | 'countries'
  | 'cities'
  | 'matches'
  | 'points'
  | 'votes'
  | 'stores'
  | 'products'
  | 'followers'
  | 'viewers'
  | 'storms'
  | 'games';

/** A counted noun. `generic`: a bare "people"/"người"/"人", which takes its sense from the sentence. */
export interface NounSense {
  base: BaseKey;
  /** Nouns that say what happened: fatalities (killed), casualties, the wounded. */
  event?: EventKey;
  generic?: true;
}

/** Physical quantities, each with one canonical unit (see UnitSense). */
export type Quantity = 'distance' | 'area' | 'speed' | 'temperature' | 'mass' | 'volume' | 'duration' | 'share';

/**
 * A unit word after a number. The figure's value is converted to the quantity's canonical unit:
 * canonical = stated * factor + (offset ?? 0). Canonical units: km, km2, km/h, C, kg, l, day, share.
 */
export interface UnitSense {
  quantity: Quantity;
  /** The canonical unit code the value ends up in. */
  unit: string;
  factor: number;
  offset?: number;
}

/** A time phrase relative to publication: "last year" = { unit: 'year', offset: -1 }; "currently" = now. */
export interface RelativeTime {
  unit: 'year' | 'month' | 'now';
  offset: number;
}

export interface FigureWords {
  lang: ReadLanguage;
  /** Written without spaces between words (zh): phrases match anywhere, nouns are found by characters. */
  spaceless: boolean;

  /** Words before a number that bound it: "khoảng" about, "超过" more_than, "up to" up_to. */
  qualifiersBefore: Readonly<Record<string, Qualifier>>;
  /** Words right after the number or after its noun: 多, 余, 以上, "or more". */
  qualifiersAfter: Readonly<Record<string, Qualifier>>;

  /** Counted nouns: "binh sĩ", "士兵", "soldados", "fatalities". */
  nouns: Readonly<Record<string, NounSense>>;
  /** Units of measure and percent words: "miles", "dặm", "英里", "phần trăm". */
  units: Readonly<Record<string, UnitSense>>;
  /** Currency words after or before an amount, as ISO 4217 codes, for when the number reader did not mark money. */
  currencies: Readonly<Record<string, string>>;
  /** Verbs and nouns of what happened: "gửi" sent, "阵亡" killed, "morreram" killed, "closed". */
  events: Readonly<Record<string, EventKey>>;
  /** Whose: country and armed-force words to a language-independent key ("Triều Tiên" -> KP). */
  subjects: Readonly<Record<string, string>>;
  /** Words that make a sentence military, so that a bare "people" there counts troops: war, army, soldiers. */
  militaryContext: readonly string[];
  /** "to", "đến", "到": after "deployed", a destination makes it "sent" (deployed to Russia) not "stationed". */
  directionTo: readonly string[];

  /** Between two numbers, "37 of 64": of, trong, trong số, dos, из. */
  partitive: readonly string[];
  /** After a whole and its noun, before the part: "64个居民点中(仍有)37个", "64 settlements, of which 37". */
  partitiveContainer: readonly string[];
  /** Measure words right after a number (zh 名, 个): skipped before the noun; `personClassifiers` imply people. */
  classifiers: readonly string[];
  personClassifiers: readonly string[];
  /** Words that may stand between a number and its noun: of, de, 的, "additional". */
  fillers: readonly string[];
  /** Words that end the search for a noun after a number: and, to, in, were, và, và, 和. */
  stopWords: readonly string[];
  /** Shares written as words, read when the number reader has not: half, metade, 一半. */
  shareWords: Readonly<Record<string, number>>;
  /** Vague quantities that are not figures: thousands, hàng ngàn, 数千, milhares. */
  vague: readonly string[];
  /** Words joining two numbers into a range, for when the number reader has not: to, đến, 至, a, bis, до. */
  rangeConnectors: readonly string[];

  /** Before a source: according to, theo, 据, segundo, de acordo com. The source follows. */
  attributionBefore: readonly string[];
  /** Speech verbs after a source: said, cho biết, 称, disse. The source precedes (or follows after a quote). */
  attributionAfter: readonly string[];
  /** "and" words: a source may be a list across commas ("Hàn Quốc, Ukraine và phương Tây"). */
  conjunctions: readonly string[];
  /** Words opening a source phrase that are dropped from it: the, và, 而, e, and. */
  attributionTrim: readonly string[];

  /** Time phrases relative to publication: last year, năm ngoái, 去年, currently. */
  relativeTimes: Readonly<Record<string, RelativeTime>>;
  /** Month names (lower case) to their number. Numeric months (tháng 4, 4月) are in `monthPattern`. */
  months: Readonly<Record<string, number>>;
  /** Prepositions that open a time phrase and belong to it as written: in, hồi, vào, em, en, im, в. */
  timePrepositions: readonly string[];
  /** A numeric month, named groups `month` and optional `year`: "tháng 4", "tháng 8/2024", "2024年6月". */
  monthPattern: RegExp | null;
  /** A year written as a time, named group `year`: "năm 2024", "2024年", "in 2024". */
  yearPattern: RegExp | null;
  /** Short month names (CLDR's, lib/lang/short-months.ts): after a day number they make a date ("15 ene", "3 janv."). */
  shortMonths?: Readonly<Record<string, number>>;
  /**
   * Words before an hour that make it a time of day ("a las 9.31 horas", "hasta las 19 de hoy", "às 10h"), unless
   * a noun follows the number ("a las 20 familias"); `clockAfter`: words after the hour that keep it a time.
   */
  clockBefore?: readonly string[];
  clockAfter?: readonly string[];
  /**
   * Hours of the day as a span, groups `lo` and `hi` (each an hour with optional minutes): `clockSpan` is always
   * times ("dalle 9 alle 17", "de las 9 a las 14"); `hourSpan` is times when an end is past noon, before the other
   * or has minutes ("de 11 a 16 horas", "de 9 à 17 heures"), a duration otherwise ("de 3 a 5 horas").
   */
  clockSpan?: RegExp;
  hourSpan?: RegExp;
  /** Words opening a range between its ends ("entre", "tra i", "between"): an age may stand before them. */
  rangeBefore?: readonly string[];
  /** Words right before a number that make it a date part, code or ordinal: tháng, ngày, 第, No., dia. */
  notFigureBefore: readonly string[];
  /** Words right after a number that make it a date part, time or code: 月, 日, 期, a.m. */
  notFigureAfter: readonly string[];
  /**
   * A page's counters next to their label ("14 Photos", "0 Votes", "12 comments", "5 min read"): not figures of the
   * story when the number opens a short line of its own.
   */
  furniture?: readonly string[];

  /**
   * "il y a", "hace", "vor", "há", "every", "cada": before a duration, they make it a time or a frequency ("il y a
   * deux ans", "every two years"), not a figure.
   */
  agoBefore: readonly string[];
  /** "ago", "trước", "前", "назад", "atrás": after a duration, the same ("two years ago", "两年前"). */
  agoAfter: readonly string[];
  /** Before a number of distance units, "per hour" makes a speed: 每小时 85 英里, 时速85公里. */
  perHourBefore: readonly string[];

  /** Words before a number of years that make it an age: "aged", "tinha", "de" (um homem de 45 anos), "âgé de". */
  ageBefore: readonly string[];
  /** Words after a number that make it an age: "tuổi", "岁", "years old", "-year-old", "-jährige", "-летн*". */
  ageAfter: readonly string[];

  /** Words that name a currency and a weight ("pounds", "libras", "Pfund"), to the weight: read as money only
   * with a currency sign, a scale of millions or a money word (`moneyContext`) in the clause. */
  currencyOrWeight?: Readonly<Record<string, UnitSense>>;
  /**
   * A bare degree ("40 degrees"), an angle or a temperature in a scale left unsaid: a temperature when a word of
   * `weatherContext` is in its sentence. Languages where a bare degree is Celsius list it among the units instead.
   */
  bareDegrees?: readonly string[];
  weatherContext?: readonly string[];
  /** Words that make an amount money: cost, paid, fine, price, budget. */
  moneyContext?: readonly string[];
  /** Between an amount and a period: "over" in "$300 billion over two years" (read as a division otherwise). */
  periodBefore?: readonly string[];
  /** Words of a vote (adopted, voted, scrutin): "adopté par 438 contre 86" counts votes, though no noun is written. */
  voteContext?: readonly string[];
  /** Between two numbers of one thing, the second without a noun: "438 voix contre 86", "won 6 to 4". */
  versus?: readonly string[];

  /**
   * Determiners before a small number word that make it name the parties of a story ("the two countries", "los dos
   * equipos", "ces deux hommes") rather than count: without one, "two steps", "dos bolardos" count. Languages without
   * articles (ru, vi, zh) leave it out, and there a small number word counts only the nouns the data knows.
   */
  partiesBefore?: readonly string[];
  /** Plural endings: after a small number word, a noun the data does not know must have one ("dos bolardos"). */
  pluralEndings?: readonly string[];

  /** After a number and its unit, a half more: "cuatro kilos y medio" (4.5 kg), "two hours and a half", "et demi". */
  halfAfter?: readonly string[];
  /** After a share, "of an hour" makes it a duration: "un cuarto de hora" (15 minutes), "un quart d'heure". */
  ofAnHour?: readonly string[];

  /**
   * More of the same: before a bare number ("otros 120", "another 120", "weitere 120") or after it ("120 more"), it
   * counts what the count before it does when it has no noun of its own.
   */
  incrementBefore?: readonly string[];
  incrementAfter?: readonly string[];

  /** Abbreviations whose full stop does not end a sentence: Mr., U.S., Gen., Sr., Dr. */
  abbreviations: readonly string[];
}
