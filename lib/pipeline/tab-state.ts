import type { ReportInput } from '../model/report.ts';
import type { ReportRecord } from '../model/report.ts';
import type { Match } from '../match/find-matches.ts';
import type { Article } from '../model/article.ts';
import type { FigureGroupView, PageView, TabState, VersionView } from '../protocol/views.ts';

export function pageView(article: Article, analysis: ReportInput, storedId: number | null): PageView {
  return {
    url: article.url,
    title: article.title,
    siteName: article.siteName,
    lang: article.lang,
    publishedTime: article.publishedTime,
    byline: article.byline,
    figureCount: analysis.figures.length,
    storedId,
  };
}

/** A match with its stored report. */
export interface MatchedReport {
  match: Match;
  report: ReportRecord;
}

export function versionViews(matched: readonly MatchedReport[], pageLang: string): VersionView[] {
  const views: VersionView[] = matched.map(({ match, report }) => ({
    id: match.id,
    url: report.url,
    title: report.title,
    siteName: report.siteName,
    lang: report.lang,
    publishedTime: report.publishedTime,
    relation: match.relation,
    score: Math.round(match.score * 1000) / 1000,
    wireCopy: match.wireCopy,
    shared: match.shared.slice(0, 10).map((k) => k.label),
  }));
  // Other languages first: that is what the reader came for. Then the same story before related coverage.
  return views.sort(
    (a, b) =>
      Number(a.lang === pageLang) - Number(b.lang === pageLang) ||
      Number(a.relation !== 'same_story') - Number(b.relation !== 'same_story') ||
      b.score - a.score,
  );
}

export function readyState(
  page: PageView,
  versions: VersionView[],
  groups: FigureGroupView[],
  corpusSize: number,
): TabState {
  return { status: 'ready', page, versions, groups, corpusSize };
}
