import { analyzeArticle, analyzePage } from '../../lib/analysis/analyze-article.ts';
import { inReaderLanguage } from '../../lib/lang/concept-lexicon.ts';
import { interfaceLanguage } from '../i18n.ts';
import { saveReport } from '../../lib/db/corpus-store.ts';
import { CachedMatchIndex } from '../../lib/db/cached-match-index.ts';
import { comparePage } from '../../lib/pipeline/compare-page.ts';
import type { ReportInput } from '../../lib/model/report.ts';
import type { Article } from '../../lib/model/article.ts';
import type { MarkView, TabState } from '../../lib/protocol/views.ts';
import { validateArticle } from '../../lib/protocol/validate-fields.ts';
import { sendToTab } from '../messaging.ts';
import { getSettings } from '../settings.ts';
import { setDisputeBadge } from './badge.ts';
import { collectPage } from './collect-service.ts';
import { corpus } from './corpus.ts';
import { attempt } from '../../lib/model/source-error.ts';
import { errorText } from '../../lib/sources/error-text.ts';
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

/** The corpus as pages are compared with it, remembered between pages for the service worker's life. */
let pageCorpus: CachedMatchIndex | null = null;

async function stateFor(tabId: number, extracted: Article): Promise<{ state: TabState; marks: MarkView[] }> {
  // The page analysed on load and again when the popup opens: analyse once while it is unchanged.
  const cached = tabs.get(tabId);
  const { report: analysis, keyLabels } =
    cached?.extracted && cached.keyLabels && sameArticle(cached.extracted, extracted)
      ? { report: cached.analysis, keyLabels: cached.keyLabels }
      : analyzePage(extracted);
  const article = { ...extracted, lang: analysis.lang };
  tabs.set(tabId, { extracted, article, analysis, keyLabels });
  pageCorpus ??= new CachedMatchIndex(corpus());
  return comparePage(article, analysis, inReaderLanguage(keyLabels, interfaceLanguage()), pageCorpus);
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
  const analysed = tabs.get(tabId);
  if (analysed) await collectPage(tabId, analysed.analysis);
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
  const { analysis } = cached;
  const saved = await attempt(() => saveReport(corpus(), analysis, { kind: 'page', key: 'page', title: 'Pages added from the toolbar' }, Date.now()));
  // The same reading of storage errors as the options page (Dexie wraps a full disk in an AbortError).
  return saved.ok ? saved : { ok: false, message: errorText(saved.error, t) };
}

/** The article on a tab as last analysed (read again when the worker has forgotten it), or why there is none. */
export async function tabAnalysis(tabId: number): Promise<{ article: Article; keyLabels: ReadonlyMap<string, string> } | null> {
  let cached = tabs.get(tabId);
  if (!cached?.keyLabels) {
    const extracted = await extractFromTab(tabId);
    if ('state' in extracted) return null;
    await stateFor(tabId, extracted.article);
    cached = tabs.get(tabId);
  }
  return cached?.keyLabels ? { article: cached.article, keyLabels: cached.keyLabels } : null;
}

export function forgetTab(tabId: number): void {
  tabs.delete(tabId);
}
