import type { CorpusListing, CorpusQuery, ReportDetail, ReportSummary } from '../model/corpus-view.ts';
import type { CorpusDb } from './corpus-db.ts';
import type { ReportRecord } from '../model/report.ts';

function summary(r: ReportRecord): ReportSummary {
  return {
    id: r.id!,
    url: r.url,
    title: r.title,
    siteName: r.siteName,
    lang: r.lang,
    publishedTime: r.publishedTime,
    addedAt: r.addedAt,
    sourceId: r.sourceId,
    figureCount: r.figures.length,
  };
}

/** Every report's summary, newest first (by publication, else by when it was added). One pass; texts are not kept. */
export async function reportSummaries(db: CorpusDb): Promise<ReportSummary[]> {
  const out: ReportSummary[] = [];
  await db.reports.each((r) => {
    out.push(summary(r));
  });
  const when = (s: ReportSummary) => (s.publishedTime ? Date.parse(s.publishedTime) : NaN) || s.addedAt;
  return out.sort((a, b) => when(b) - when(a) || b.id - a.id);
}

/** The words of a search, lower-cased; a report must contain them all. */
export function searchTerms(text: string): string[] {
  return [...new Set(text.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 20);
}

/** Ids of the reports whose title, site, address or text contain every term. Reads each report once. */
export async function reportsMatching(db: CorpusDb, terms: readonly string[]): Promise<Set<number>> {
  const ids = new Set<number>();
  if (!terms.length) return ids;
  await db.reports.each((r) => {
    const haystack = `${r.title}\n${r.siteName ?? ''}\n${r.url}\n${r.text}`.normalize('NFC').toLowerCase();
    if (terms.every((t) => haystack.includes(t))) ids.add(r.id!);
  });
  return ids;
}

function counts(values: Iterable<string>): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The listing for a query, from the summaries and (for a text search) the ids that match it. */
export function corpusListing(summaries: readonly ReportSummary[], query: CorpusQuery, textMatches: ReadonlySet<number> | null): CorpusListing {
  const items = summaries.filter(
    (s) =>
      (query.lang === null || s.lang === query.lang) &&
      (query.site === null || (s.siteName ?? '') === query.site) &&
      (query.sourceId === null || s.sourceId === query.sourceId) &&
      (textMatches === null || textMatches.has(s.id)),
  );
  return {
    total: summaries.length,
    items,
    langs: counts(summaries.map((s) => s.lang)),
    sites: counts(summaries.map((s) => s.siteName ?? '')),
  };
}

export async function reportDetail(db: CorpusDb, id: number): Promise<ReportDetail | null> {
  const r = await db.reports.get(id);
  if (!r) return null;
  return { ...summary(r), byline: r.byline, excerpt: r.excerpt, figures: r.figures, textLength: r.text.length };
}

/** Reports of each source, counted from the index alone. */
export async function reportsPerSource(db: CorpusDb): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const keys = (await db.reports.orderBy('sourceId').keys()) as number[];
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}
