import { describeGroup, memberValue } from '../conflicts/describe-group.ts';
import type { FigureGroup } from '../conflicts/types.ts';
import type { FigureGroupView, MarkView } from '../protocol/views.ts';

/** Where a compared report lives, for links and ids in the views. */
export interface ReportRef {
  /** Corpus id, or null for the page the reader is on (when it is not stored). */
  id: number | null;
  url: string;
  onPage: boolean;
}

/** Groups of figures as the popup shows them: what is counted, each value with its source, the notes. */
export function figureGroupViews(groups: readonly FigureGroup[], refs: ReadonlyMap<string, ReportRef>): FigureGroupView[] {
  return groups.map((g) => {
    const d = describeGroup(g);
    return {
      id: g.key,
      concept: g.concept,
      label: d.counted,
      verdict: g.verdict,
      score: g.score,
      notes: d.notes,
      members: g.members.map((m) => {
        const ref = refs.get(m.reportId);
        return {
          reportId: ref?.id ?? null,
          onPage: ref?.onPage ?? false,
          quote: m.quote,
          value: m.value,
          low: m.low,
          high: m.high,
          qualifier: m.qualifier,
          unit: m.unit,
          lang: m.lang,
          siteName: m.siteName,
          title: m.title,
          url: ref?.url ?? '',
          publishedTime: m.publishedTime,
          attribution: m.attribution,
          asOf: m.asOf,
          label: memberValue(m, g.scale),
        };
      }),
    };
  });
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** How many times `quote` occurs in `text` before `start`: which appearance in the page to mark. */
function occurrenceBefore(text: string, quote: string, start: number): number {
  let n = 0;
  for (let at = text.indexOf(quote); at >= 0 && at < start; at = text.indexOf(quote, at + 1)) n++;
  return n;
}

/**
 * The page's figures that other reports state differently, each with what the others say: what the page marks.
 * Needs groups computed with `focus` on the page's report.
 */
export function markViews(
  groups: readonly FigureGroup[],
  pageId: string,
  pageText: string,
  refs: ReadonlyMap<string, ReportRef> = new Map(),
): MarkView[] {
  const marks: MarkView[] = [];
  const seen = new Set<number>();
  for (const g of groups) {
    const label = describeGroup(g).counted;
    for (const f of g.focus ?? []) {
      const own = g.members[f.member];
      if (!own || own.reportId !== pageId || f.verdict === 'consistent' || seen.has(own.start)) continue;
      seen.add(own.start);
      marks.push({
        quote: own.quote,
        occurrence: occurrenceBefore(pageText, own.quote, own.start),
        verdict: f.verdict,
        label,
        others: g.members
          .filter((m) => m.reportId !== pageId)
          .map((m) => ({
            label: memberValue(m, g.scale),
            quote: m.quote,
            // The site, or the address's host: never another report's title, which the page could read.
            source: m.siteName ?? hostOf(refs.get(m.reportId)?.url ?? '') ?? '?',
            lang: m.lang,
            date: m.publishedTime?.slice(0, 10) ?? null,
            attribution: m.attribution,
          })),
      });
    }
  }
  return marks;
}
