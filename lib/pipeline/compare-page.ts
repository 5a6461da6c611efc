import { compareFigures } from '../conflicts/compare-figures.ts';
import type { ComparedReport } from '../conflicts/types.ts';
import type { ReportInput } from '../model/report.ts';
import type { ReportRecord } from '../model/report.ts';
import { findMatches } from '../match/find-matches.ts';
import type { MatchIndex } from '../match/match-index.ts';
import type { Article } from '../model/article.ts';
import type { MarkView, TabState } from '../protocol/views.ts';
import { figureGroupViews, markViews, type ReportRef } from './figure-views.ts';
import { pageView, readyState, versionViews, type MatchedReport } from './tab-state.ts';

type Stored = ReportRecord & { id: number };

/**
 * The corpus as the page's comparison reads it (lib/db/cached-match-index.ts in the extension): an index that
 * remembers what it read, so that reading ahead is not reading twice.
 */
export interface PageCorpus extends MatchIndex<Stored> {
  /** The stored report with this URL, or else with this text. */
  findStored(url: string, contentHash: string): Promise<Stored | undefined>;
}

/** Id of the page the reader is on among the compared reports. */
const PAGE = 'page';

function comparedOf(id: string, r: Pick<ReportRecord, 'lang' | 'title' | 'siteName' | 'publishedTime' | 'figures'>): ComparedReport {
  return { id, lang: r.lang, title: r.title, siteName: r.siteName, publishedTime: r.publishedTime, figures: r.figures };
}

/**
 * An analysed page against the corpus: its versions in other languages, its figures compared with theirs, and
 * the marks for the page. The service worker's work on every article the reader opens, after analysis.
 */
export async function comparePage(
  article: Article,
  analysis: ReportInput,
  keyLabels: ReadonlyMap<string, string> | undefined,
  corpus: PageCorpus,
): Promise<{ state: TabState; marks: MarkView[] }> {
  // The page's own record, the corpus's size and its view of the page's keys, read together: one wait, not three.
  const [stored] = await Promise.all([corpus.findStored(analysis.url, analysis.contentHash), corpus.count(), corpus.lookup(analysis.keys, 0)]);
  const matches = await findMatches(
    { keys: analysis.keys, publishedAt: analysis.publishedAt, lang: analysis.lang, exclude: stored ? [stored.id] : [], ...(keyLabels ? { labels: keyLabels } : {}) },
    corpus,
  );
  const related: MatchedReport[] = matches.map((match) => ({ match, report: match.report }));
  const versions = versionViews(related, article.lang);

  // Figures of the page against those of every matched report: related coverage (an earlier moment of the story)
  // often explains a difference, and the groups say when figures were stated at other times or by others.
  const compared: ComparedReport[] = [{ ...comparedOf(PAGE, { ...article, figures: analysis.figures }), wireGroup: PAGE }];
  const refs = new Map<string, ReportRef>([[PAGE, { id: stored?.id ?? null, url: article.url, onPage: true }]]);
  for (const { match, report } of related) {
    const id = `r${match.id}`;
    // A copy of the page's own wire story is not an independent source.
    compared.push({ ...comparedOf(id, report), ...(match.wireCopy ? { wireGroup: PAGE } : {}) });
    refs.set(id, { id: match.id, url: report.url, onPage: false });
  }
  const groups = compared.length > 1 ? compareFigures(compared, { focus: PAGE }) : [];
  const state = readyState(pageView(article, analysis, stored?.id ?? null), versions, figureGroupViews(groups, refs), await corpus.count());
  return { state, marks: markViews(groups, PAGE, article.text, refs) };
}
