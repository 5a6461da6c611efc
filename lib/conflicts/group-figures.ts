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

/**
 * Concepts that say what is measured but not of what: a bare "people", a distance, a sum of money. Two of them may
 * be of anything (a wave's height and a distance to the coast; 2.4 million residents and 832 dead), so they are
 * grouped only within an order of magnitude, and never make a dispute alone (see compare-figures).
 */
const GENERIC_CONCEPTS = new Set(['people', 'share', 'money', 'distance', 'area', 'speed', 'temperature', 'mass', 'volume', 'duration']);
/** Values of a generic concept further apart than this factor are of different things. */
export const GENERIC_MAGNITUDE = 10;

export function isGenericConcept(concept: string): boolean {
  return GENERIC_CONCEPTS.has(concept);
}

/** Entries of a generic concept in runs of values no more than GENERIC_MAGNITUDE apart, each from the run's lowest. */
function byMagnitude(entries: FigureEntry[]): FigureEntry[][] {
  const sorted = [...entries].sort((a, b) => Math.abs(a.figure.value) - Math.abs(b.figure.value));
  const runs: FigureEntry[][] = [];
  let floor = NaN;
  for (const e of sorted) {
    const v = Math.abs(e.figure.value);
    const run = runs[runs.length - 1];
    if (run !== undefined && v <= floor * GENERIC_MAGNITUDE) run.push(e);
    else {
      runs.push([e]);
      floor = Math.max(v, Number.MIN_VALUE);
    }
  }
  // Back in report order, as every group is.
  const order = new Map(entries.map((e, i) => [e, i]));
  for (const run of runs) run.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return runs;
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
            const runs = isGenericConcept(concept) ? byMagnitude(scaled) : [scaled];
            for (const run of runs) out.push({ concept, subject: bySubject.key, event: byEvent.key, scale, entries: run });
          }
        }
      }
    }
  }
  return out;
}
