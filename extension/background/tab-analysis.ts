import { analyzeArticle, analyzePage } from '../../lib/analysis/analyze-article.ts';
import { saveReport } from '../../lib/db/corpus-store.ts';
import type { ReportInput } from '../../lib/db/corpus-store.ts';
import { DexieMatchIndex } from '../../lib/db/match-index.ts';
import { reportCount } from '../../lib/db/report-count.ts';
import { findMatches } from '../../lib/match/find-matches.ts';
import type { ReportRecord } from '../../lib/db/records.ts';
import type { Article } from '../../lib/model/article.ts';
import type { MarkView, TabState } from '../../lib/protocol/views.ts';
import { validateArticle } from '../../lib/protocol/validate.ts';
import { pageView, readyState, versionViews, type MatchedReport } from '../../lib/pipeline/tab-state.ts';
import { compareFigures } from '../../lib/conflicts/compare-figures.ts';
import type { ComparedReport } from '../../lib/conflicts/types.ts';
import { figureGroupViews, markViews, type ReportRef } from '../../lib/pipeline/figure-views.ts';
import { sendToTab } from '../messaging.ts';
import { getSettings } from '../settings.ts';
import { setDisputeBadge } from './badge.ts';
import { corpus } from './corpus.ts';
import { storageError } from '../../lib/sources/source-error.ts';
import { errorText } from '../../components/options-error-text.ts';
import { t } from '../i18n.ts';

interface TabAnalysis {
  /** The article as the content script sent it, to tell whether the page changed since. */
  extracted?: Article;
  article: Article;
  analysis: ReportInput;
  keyLabels?: Map<string, string>;
}

function sameArticle(a: Article, b: Article): boolean {
  return a.url === b.url && a.title === b.title && a.text === b.text && a.publishedTime === b.publishedTime;
}

/** Last analysis per tab; lost when the service worker stops, and then recomputed. */
const tabs = new Map<number, TabAnalysis>();

/** Id of the page the reader is on among the compared reports. */
const PAGE = 'page';

const UNAVAILABLE = 'Parallax cannot read this page (browser pages and extension stores are off limits). Reload the tab if it was open before Parallax was installed.';

async function extractFromTab(tabId: number): Promise<{ article: Article } | { state: TabState }> {
  let result;
  try {
    result = await sendToTab(tabId, 'cs:page.extract', {});
  } catch {
    return { state: { status: 'unavailable', message: UNAVAILABLE } };
  }
  if (!result || typeof result !== 'object') return { state: { status: 'unavailable', message: UNAVAILABLE } };
  if (!result.ok) {
    return { state: { status: result.reason === 'not-article' ? 'not-article' : 'error', message: String(result.message) } };
  }
  return { article: validateArticle(result.article) };
}

function comparedOf(id: string, r: Pick<ReportRecord, 'lang' | 'title' | 'siteName' | 'publishedTime' | 'figures'>): ComparedReport {
  return { id, lang: r.lang, title: r.title, siteName: r.siteName, publishedTime: r.publishedTime, figures: r.figures };
}

async function stateFor(tabId: number, extracted: Article): Promise<{ state: TabState; marks: MarkView[] }> {
  // The page analysed on load and again when the popup opens: analyse once while it is unchanged.
  const cached = tabs.get(tabId);
  const { report: analysis, keyLabels } =
    cached?.extracted && cached.keyLabels && sameArticle(cached.extracted, extracted)
      ? { report: cached.analysis, keyLabels: cached.keyLabels }
      : analyzePage(extracted);
  const article = { ...extracted, lang: analysis.lang };
  tabs.set(tabId, { extracted, article, analysis, keyLabels });
  const db = corpus();
  const stored =
    (await db.reports.where('url').equals(analysis.url).first()) ??
    (await db.reports.where('contentHash').equals(analysis.contentHash).first());
  const matches = await findMatches(
    { keys: analysis.keys, publishedAt: analysis.publishedAt, exclude: stored?.id === undefined ? [] : [stored.id], labels: keyLabels },
    new DexieMatchIndex(db),
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
  const state = readyState(pageView(article, analysis, stored?.id ?? null), versions, figureGroupViews(groups, refs), await reportCount(db));
  return { state, marks: markViews(groups, PAGE, article.text, refs) };
}

async function publish(tabId: number, state: TabState, marks: MarkView[]): Promise<void> {
  const disputed = state.status === 'ready' ? state.groups.filter((g) => g.verdict !== 'consistent').length : 0;
  await setDisputeBadge(tabId, disputed);
  if ((await getSettings()).highlight && marks.length) {
    await sendToTab(tabId, 'cs:figures.mark', { marks }).catch(() => undefined);
  }
}

/** Popup asked: read the tab's page, match it against the corpus, mark its disputed figures. */
export async function analyzeTab(tabId: number): Promise<TabState> {
  const extracted = await extractFromTab(tabId);
  if ('state' in extracted) return extracted.state;
  const { state, marks } = await stateFor(tabId, extracted.article);
  await publish(tabId, state, marks);
  return state;
}

/** Content script read its page on load. */
export async function pageExtracted(tabId: number, article: Article): Promise<{ marks: MarkView[] }> {
  const { state, marks } = await stateFor(tabId, article);
  await setDisputeBadge(tabId, state.status === 'ready' ? state.groups.filter((g) => g.verdict !== 'consistent').length : 0);
  return { marks: (await getSettings()).highlight ? marks : [] };
}

/** Popup asked: add the tab's page to the corpus. */
export async function saveTab(tabId: number): Promise<{ ok: true; id: number; created: boolean } | { ok: false; message: string }> {
  let cached = tabs.get(tabId);
  if (!cached) {
    const extracted = await extractFromTab(tabId);
    if ('state' in extracted) return { ok: false, message: 'message' in extracted.state ? extracted.state.message : 'Not an article.' };
    cached = { article: extracted.article, analysis: analyzeArticle(extracted.article) };
  }
  try {
    const result = await saveReport(
      corpus(),
      cached.analysis,
      { kind: 'page', key: 'page', title: 'Pages added from the toolbar' },
      Date.now(),
    );
    return { ok: true, ...result };
  } catch (error) {
    // The same reading of storage errors as the options page (Dexie wraps a full disk in an AbortError).
    return { ok: false, message: errorText(storageError(error), t) };
  }
}

export function forgetTab(tabId: number): void {
  tabs.delete(tabId);
}
