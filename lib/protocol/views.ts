import type { ReportHeading } from '../model/corpus-view.ts';
import type { Qualifier } from '../model/figure.ts';

/** The article on the reader's tab, as the popup shows it. */
export interface PageView {
  url: string;
  title: string;
  siteName: string | null;
  lang: string;
  publishedTime: string | null;
  byline: string | null;
  figureCount: number;
  /** Id of the stored report for this page, or null when it is not in the corpus. */
  storedId: number | null;
}

export type Relation = 'same_story' | 'related';

/** A corpus report that tells the same story (or a related one). */
export interface VersionView extends ReportHeading {
  relation: Relation;
  score: number;
  /** Copy of the same wire story as another version or the page. */
  wireCopy: boolean;
  /** Names and figures both reports state, displayable as they are. */
  shared: string[];
}

/** Fewer versions of the story than this (same story; related coverage does not count) and finding coverage is offered. */
const FEW_VERSIONS = 3;

/** Whether the popup offers to find coverage: the reader holds few versions of this very story. */
export function fewVersions(versions: readonly Pick<VersionView, 'relation'>[]): boolean {
  return versions.filter((v) => v.relation === 'same_story').length < FEW_VERSIONS;
}

export type Verdict = 'conflict' | 'discrepancy' | 'consistent';

/** One figure of one report, as a member of a group. */
export interface FigureMemberView {
  reportId: number | null;
  /** True for the figure of the page the reader is on. */
  onPage: boolean;
  quote: string;
  value: number;
  low: number;
  high: number;
  qualifier: Qualifier;
  unit: string;
  lang: string;
  siteName: string | null;
  title: string;
  url: string;
  publishedTime: string | null;
  attribution: string | null;
  asOf: string | null;
  /** Plain words for the value ("about 14,000"). */
  label: string;
}

/** Figures across reports that count the same thing, with a verdict. */
export interface FigureGroupView {
  id: string;
  concept: string;
  /** What is counted, in plain words ("troops sent (North Korea)"). */
  label: string;
  verdict: Verdict;
  score: number;
  members: FigureMemberView[];
  /** Why figures may differ: other times, other authorities. */
  notes: string[];
}

/** What the popup shows for a tab. */
export type TabState =
  | { status: 'ready'; page: PageView; versions: VersionView[]; groups: FigureGroupView[]; corpusSize: number }
  | { status: 'not-article'; message: string }
  | { status: 'unavailable'; message: string }
  | { status: 'error'; message: string };

/** One figure of the page to mark, with what the other sources say. */
export interface MarkView {
  quote: string;
  /** Occurrence of the quote in the article text to mark (0 for the first). */
  occurrence: number;
  verdict: Verdict;
  label: string;
  others: Array<{ label: string; quote: string; source: string; lang: string; date: string | null; attribution: string | null }>;
}
