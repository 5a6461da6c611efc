import type { ReportInput } from '../db/corpus-store.ts';
import type { RelatedReport } from '../db/related-reports.ts';
import type { Article } from '../model/article.ts';
import type { FigureGroupView, PageView, TabState, VersionView } from '../protocol/views.ts';

/** Above this score a related report is taken for the same story (the matching engine refines relations). */
const SAME_STORY_SCORE = 12;

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

/** Key "n:kursk" -> "kursk": what the reader sees of why two reports matched. */
function displayKey(key: string): string {
  return key.replace(/^[a-z]+:/, '');
}

export function versionViews(related: RelatedReport[], pageLang: string): VersionView[] {
  const views: VersionView[] = related.map(({ report, shared, score }) => ({
    id: report.id ?? -1,
    url: report.url,
    title: report.title,
    siteName: report.siteName,
    lang: report.lang,
    publishedTime: report.publishedTime,
    relation: score >= SAME_STORY_SCORE ? 'same_story' : 'related',
    score: Math.round(score * 100) / 100,
    wireCopy: false,
    shared: shared.slice(0, 12).map(displayKey),
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
