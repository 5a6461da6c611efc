/** How a figure's wording bounds its value. */
export type Qualifier =
  | 'exact'
  | 'about'
  | 'nearly'
  | 'more_than'
  | 'at_least'
  | 'less_than'
  | 'up_to'
  | 'range';

/** One figure a report states, with what it counts. Offsets are into the report's text, end exclusive. */
export interface Figure {
  /** Exact span of the text stating the figure with what it counts: text.slice(start, end) === quote. */
  quote: string;
  start: number;
  end: number;
  /**
   * The stated value: for a range, its lower end; for a percentage or fraction, a share 0..1 (60% -> 0.6).
   * Measures are converted to the unit in `unit` (200 miles -> 321.87 km); `stated` keeps what was written.
   */
  value: number;
  /**
   * Interval the wording allows (see lib/figures/qualifier-bounds.ts): exact [v, v]; about [0.9v, 1.1v];
   * nearly [0.9v, v]; more_than / at_least [v, 1.5v]; less_than [v/1.5, v]; up_to [0, v]; range [low, high].
   * Shares are capped at 1; converted measures are widened by 3% for the translator's rounding.
   */
  low: number;
  high: number;
  qualifier: Qualifier;
  /** The qualifier word(s) as written ("khoảng", "约", "more than"), or null. */
  qualifierText: string | null;
  /**
   * "count"; "share" (percentages and fractions, 0..1); a currency code (USD, EUR, ...); or the canonical unit of
   * a measure: "km" (all lengths), "km2", "km/h", "C", "kg", "l", "day" (all durations).
   */
  unit: string;
  /**
   * Language-independent concept key (lib/figures/concept-key.ts): troops_sent, troops_killed, engineers_sent,
   * settlements_closed, ... A share of something has the key of that something ("nearly 60% of settlements"
   * closed is settlements_closed, unit "share"), so that it can be checked against "37 of 64" (unit "count",
   * of 64). Measures: distance, duration, speed, ...; money: money. Keys starting "other:<lang>:" are nouns the
   * language data does not know: they group within one language only.
   */
  concept: string;
  /** The counted noun phrase as written ("binh sĩ", "士兵", "soldiers"); the unit for measures. */
  noun: string;
  /** Whose, where the sentence says so, as a language-independent key where known ("KP" for North Korean). */
  subject: string | null;
  /** What happened to them (sent, killed, deployed, closed, ...), language-independent. */
  event: string | null;
  /** Who says so, as written in the sentence ("Reuters", "Zelensky", "theo Reuters" -> "Reuters"). */
  attribution: string | null;
  /** The time the figure refers to when stated ("in April", "tháng 4"), as written; null otherwise. */
  asOf: string | null;
  /** `asOf` resolved against the publication date when possible: "2024", "2025-04", "2025-11-14". */
  asOfDate?: string;
  /** For "37 of 64": the whole (64). */
  of: number | null;
  /** For converted measures: the value and unit as written (200, "miles"). */
  stated?: { value: number; unit: string };
}
