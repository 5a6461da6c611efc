import type { Figure } from '../model/figure.ts';
import type { ComparedReport, GroupScale } from './types.ts';

/** One figure with the report it comes from. */
export interface FigureEntry {
  report: ComparedReport;
  figure: Figure;
  figureIndex: number;
  /** Independent source: copies of one wire story share one. */
  source: string;
}

/** Figures that count the same thing on one scale, before they are compared. */
export interface CandidateGroup {
  concept: string;
  subject: string | null;
  event: string | null;
  scale: GroupScale;
  entries: FigureEntry[];
}

/** "settlements_closed_share" counts the same thing as "settlements_closed"; the unit says which is a share. */
export function baseConcept(concept: string): string {
  return concept.trim().replace(/_(share|percent|pct|ratio)$/, '');
}

function known(value: string | null): string | null {
  const v = value?.trim();
  return v ? v : null;
}

/**
 * Splits entries by a key where it is known. Entries without it join the only known key; with two or more known
 * keys they are ambiguous and form their own partition rather than risk a false conflict.
 */
function partitionTolerant(
  entries: FigureEntry[],
  keyOf: (e: FigureEntry) => string | null,
): Array<{ key: string | null; entries: FigureEntry[] }> {
  const byKey = new Map<string, FigureEntry[]>();
  const unknown: FigureEntry[] = [];
  for (const e of entries) {
    const k = keyOf(e);
    if (k === null) unknown.push(e);
    else {
      const list = byKey.get(k);
      if (list) list.push(e);
      else byKey.set(k, [e]);
    }
  }
  if (byKey.size <= 1) {
    const only = byKey.keys().next();
    return [{ key: only.done ? null : only.value, entries }];
  }
  const parts: Array<{ key: string | null; entries: FigureEntry[] }> = [];
  for (const [key, list] of byKey) parts.push({ key, entries: list });
  if (unknown.length > 0) parts.push({ key: null, entries: unknown });
  return parts;
}

function hasWhole(f: Figure): boolean {
  return f.unit === 'count' && f.of !== null && Number.isFinite(f.of) && f.of > 0;
}

/**
 * Counts and shares of one thing are compared on the share scale where the whole is known (37 of 64 against nearly
 * 60%); counts are also compared among themselves when some count has no whole to convert it with.
 */
function splitByScale(entries: FigureEntry[]): Array<{ scale: GroupScale; entries: FigureEntry[] }> {
  const unit = entries[0]?.figure.unit ?? 'count';
  if (unit !== 'count' && unit !== 'share') return [{ scale: unit, entries }];
  const shares: FigureEntry[] = [];
  const counts: FigureEntry[] = [];
  let bareCount = false;
  for (const e of entries) {
    if (e.figure.unit === 'share') shares.push(e);
    else {
      counts.push(e);
      if (!hasWhole(e.figure)) bareCount = true;
    }
  }
  const out: Array<{ scale: GroupScale; entries: FigureEntry[] }> = [];
  if (shares.length > 0) {
    out.push({ scale: 'share', entries: entries.filter((e) => e.figure.unit === 'share' || hasWhole(e.figure)) });
    if (bareCount) out.push({ scale: 'count', entries: counts });
  } else {
    out.push({ scale: 'count', entries: counts });
  }
  return out;
}

/**
 * Figures of all reports that count the same thing: same concept (without a "_share" suffix), same unit family,
 * same subject and event where both sides state them. Deterministic: report order, then figure order.
 */
export function candidateGroups(reports: readonly ComparedReport[]): CandidateGroup[] {
  // Nested maps (concept, then unit family) and a memo of base concepts: this loop sees every figure.
  const buckets = new Map<string, Map<string, FigureEntry[]>>();
  const bases = new Map<string, string>();
  for (const report of reports) {
    const source = report.wireGroup ?? report.id;
    const figures = report.figures;
    for (let figureIndex = 0; figureIndex < figures.length; figureIndex++) {
      const figure = figures[figureIndex];
      if (!figure || !Number.isFinite(figure.value)) continue;
      let concept = bases.get(figure.concept);
      if (concept === undefined) bases.set(figure.concept, (concept = baseConcept(figure.concept)));
      if (!concept) continue;
      const family = figure.unit === 'share' || figure.unit === 'count' ? 'count' : figure.unit;
      let byFamily = buckets.get(concept);
      if (!byFamily) buckets.set(concept, (byFamily = new Map()));
      const entry: FigureEntry = { report, figure, figureIndex, source };
      const list = byFamily.get(family);
      if (list) list.push(entry);
      else byFamily.set(family, [entry]);
    }
  }
  const out: CandidateGroup[] = [];
  for (const [concept, byFamily] of buckets) {
    for (const entries of byFamily.values()) {
      for (const bySubject of partitionTolerant(entries, (e) => known(e.figure.subject))) {
        for (const byEvent of partitionTolerant(bySubject.entries, (e) => known(e.figure.event))) {
          for (const { scale, entries: scaled } of splitByScale(byEvent.entries)) {
            out.push({ concept, subject: bySubject.key, event: byEvent.key, scale, entries: scaled });
          }
        }
      }
    }
  }
  return out;
}
