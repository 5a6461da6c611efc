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
  /** The stated value: for a range, its lower end; for a percentage or fraction, a share 0..1 (60% -> 0.6). */
  value: number;
  /** Interval the wording allows. */
  low: number;
  high: number;
  qualifier: Qualifier;
  /** The qualifier word(s) as written ("khoảng", "约", "more than"), or null. */
  qualifierText: string | null;
  /** "count", "share" (percentages and fractions, 0..1), a currency code (USD, EUR, ...), "km", "km2", "day", ... */
  unit: string;
  /** Language-independent concept key: troops_sent, troops_killed, engineers_sent, settlements_closed, ... */
  concept: string;
  /** The counted noun phrase as written ("binh sĩ", "士兵", "soldiers"). */
  noun: string;
  /** Whose, where the sentence says so, as a language-independent key where known ("KP" for North Korean). */
  subject: string | null;
  /** What happened to them (sent, killed, deployed, closed, ...), language-independent. */
  event: string | null;
  /** Who says so, as written in the sentence ("Reuters", "Zelensky", "theo Reuters" -> "Reuters"). */
  attribution: string | null;
  /** The time the figure refers to when stated ("in April", "tháng 4"), as written; null otherwise. */
  asOf: string | null;
  /** For "37 of 64": the whole (64). */
  of: number | null;
}
