import type { Figure } from '../model/figure.ts';

/** A report whose figures are compared with other reports' figures. Plain data. */
export interface ComparedReport {
  id: string;
  lang: string;
  title: string;
  siteName: string | null;
  /** ISO 8601, or null when unknown. */
  publishedTime: string | null;
  figures: readonly Figure[];
  /** Shared by copies of one wire story: they count as one source. */
  wireGroup?: string;
}

export interface CompareOptions {
  /** Id of the report the reader is on: keep only groups with a figure of it, with a verdict for each. */
  focus?: string;
}

/** consistent: the intervals agree; discrepancy: they miss each other narrowly; conflict: they are far apart. */
export type Verdict = 'conflict' | 'discrepancy' | 'consistent';

/**
 * The scale a group's figures are compared on: "share" (0..1; counts with a known whole are converted), "count",
 * or another unit (a currency code, "km", ...).
 */
export type GroupScale = string;

/** One figure of one report, as a member of a group. */
export interface GroupMember
  extends Pick<
    Figure,
    'quote' | 'start' | 'end' | 'value' | 'low' | 'high' | 'qualifier' | 'qualifierText' | 'unit' | 'of' | 'concept' | 'subject' | 'event' | 'attribution' | 'asOf'
  > {
  reportId: string;
  /** Index of the figure in its report's figures. */
  figureIndex: number;
  /** Independent source: the report's wireGroup, or its id. */
  source: string;
  lang: string;
  title: string;
  siteName: string | null;
  publishedTime: string | null;
  /** asOf resolved by the extractor ("2024", "2025-04", "2025-11-14"), or null. */
  asOfDate: string | null;
  /** The interval on the group's scale (37 of 64 on the share scale: 0.578). */
  scaledLow: number;
  scaledHigh: number;
  /** Index of the member's position (the cluster of mutually agreeing figures) in the group. */
  position: number;
  /**
   * Its report states several values in this group without a named authority for each (11 stores and 4 stores):
   * they are about different things, so the member is compared for agreement only, never as a disagreement.
   */
  ambiguous: boolean;
  /** Verdict against the other sources: the worst, for each source, of its best-matching figure. */
  verdict: Verdict;
  /** Relative gap behind that verdict, 0..1. */
  disagreement: number;
}

/** Figures of the group that agree with each other: one reading of the value. Ordered by value. */
export interface FigurePosition {
  /** Values all its members allow, on the group's scale. */
  low: number;
  high: number;
  members: number[];
  /** Independent sources among its members (wire copies once). */
  sources: number;
  /** The member whose wording is most common in the position, to stand for it. */
  representative: number;
}

export type ExplanationKind = 'different_time' | 'different_source';

/** Why two positions may differ without either being wrong. */
export interface Explanation {
  kind: ExplanationKind;
  /** The main position (most sources) and the position that differs from it. */
  positions: [number, number];
  /** What differs on each side: attributions, or times (asOf as written, else publication dates). */
  sides: [string[], string[]];
  /** A short English sentence for the reader. */
  text: string;
}

/** In focus mode: how a figure of the focused report compares with the other sources. */
export interface FocusVerdict {
  member: number;
  verdict: Verdict;
  disagreement: number;
  /** Members of other sources whose interval agrees with it. */
  agrees: number[];
  /** For each source that disagrees, its best-matching member. */
  disagrees: number[];
}

/** Figures of several reports that count the same thing. */
export interface FigureGroup {
  /** Stable id: concept, subject, event and scale. */
  key: string;
  /** Concept key without a "_share" suffix (settlements_closed_share groups with settlements_closed). */
  concept: string;
  subject: string | null;
  event: string | null;
  scale: GroupScale;
  /** The worst member's verdict. */
  verdict: Verdict;
  /** Largest relative gap between sources that disagree, 0..1. */
  disagreement: number;
  /** Independent sources (wire copies once). */
  sources: number;
  /** How much the group matters; higher first. See SCORE_* in compare-figures.ts. */
  score: number;
  members: GroupMember[];
  positions: FigurePosition[];
  explanations: Explanation[];
  /** Only with options.focus: one entry per figure of the focused report. */
  focus?: FocusVerdict[];
}
