import { formatFigure } from './format-figure.ts';
import type { Explanation, FigurePosition, GroupMember } from './types.ts';

/** Publication dates closer than this are the same time for a figure (a story's copies spread over days). */
export const SAME_TIME_DAYS = 30;
const DAY_MS = 86_400_000;

/** Lower case, no diacritics, words only: "Theo Reuters," and "reuters" compare equal. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Same authority: equal names, or one contains the other ("Reuters" in "sources via Reuters"). */
export function sameAuthority(a: string, b: string): boolean {
  return sameAuthorityKey(normalizeName(a), normalizeName(b));
}

function listed(items: string[], max = 2): string {
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  const last = items[items.length - 1] ?? '';
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${last}` : last;
}

/** A span of days (epoch days, inclusive). */
interface Period {
  from: number;
  to: number;
}

/**
 * When a figure holds: its stated time (asOf as written, with the extractor's resolved date when it has one), or,
 * when it states none, the date of its report.
 */
type TimeLabel =
  | { kind: 'asOf'; text: string; key: string; period: Period | null }
  | { kind: 'published'; period: Period; date: string };

/** "2024", "2025-04", "2025-11-17" as a span of days; null for anything else. */
export function periodOf(date: string): Period | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const d = Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / DAY_MS;
    return { from: d, to: d };
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]) - 1;
    return { from: Date.UTC(y, month, 1) / DAY_MS, to: Date.UTC(y, month + 1, 1) / DAY_MS - 1 };
  }
  return { from: Date.UTC(y, 0, 1) / DAY_MS, to: Date.UTC(y + 1, 0, 1) / DAY_MS - 1 };
}

/** What explanations need of each member, computed once per group: names normalised, dates parsed. */
export interface MemberFacts {
  attribution: Array<{ text: string; key: string } | null>;
  time: Array<TimeLabel | null>;
}

function timeLabel(m: GroupMember): TimeLabel | null {
  const asOf = m.asOf?.trim();
  if (asOf) return { kind: 'asOf', text: asOf, key: normalizeName(asOf), period: m.asOfDate ? periodOf(m.asOfDate) : null };
  if (!m.publishedTime) return null;
  const t = Date.parse(m.publishedTime);
  if (Number.isNaN(t)) return null;
  const day = Math.floor(t / DAY_MS);
  return { kind: 'published', period: { from: day, to: day }, date: new Date(t).toISOString().slice(0, 10) };
}

export function memberFacts(members: readonly GroupMember[]): MemberFacts {
  // Members of one report share its date: parse each distinct one once.
  const published = new Map<string | null, TimeLabel | null>();
  return {
    attribution: members.map((m) => {
      const text = m.attribution?.trim();
      return text ? { text, key: normalizeName(text) } : null;
    }),
    time: members.map((m) => {
      if (m.asOf?.trim()) return timeLabel(m);
      let label = published.get(m.publishedTime);
      if (label === undefined) {
        label = timeLabel(m);
        published.set(m.publishedTime, label);
      }
      return label;
    }),
  };
}

/** sameAuthority on names already normalised with normalizeName. */
export function sameAuthorityKey(x: string, y: string): boolean {
  if (!x || !y) return false;
  return x === y || (x.length >= 3 && y.includes(x)) || (y.length >= 3 && x.includes(y));
}

function near(a: Period, b: Period, margin: number): boolean {
  return a.from - margin <= b.to && b.from - margin <= a.to;
}

function sameTime(a: TimeLabel, b: TimeLabel): boolean {
  if (a.kind === 'asOf' && b.kind === 'asOf') {
    // Resolved dates compare across languages ("tháng 4" and "in April"); otherwise the words must match.
    return a.period && b.period ? near(a.period, b.period, 0) : a.key === b.key;
  }
  // A time stated without a resolvable date ("em abril" in an undated report) is taken for older news.
  if (a.period === null || b.period === null) return false;
  return near(a.period, b.period, SAME_TIME_DAYS - 1);
}

/** Distinct items by key, first seen first: explanations compare sets, not every pair of members. */
function distinctBy<T>(items: Iterable<T | null | undefined>, keyOf: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const t of items) {
    if (t === null || t === undefined) continue;
    const k = keyOf(t);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  }
  return out;
}

const timeKey = (l: TimeLabel): string => (l.kind === 'asOf' ? `a:${l.key}` : `p:${l.period.from}`);

function describeTimes(labels: TimeLabel[]): { sides: string[]; words: string } {
  const stated = labels.flatMap((l) => (l.kind === 'asOf' ? [l.text] : []));
  const dates = [...new Set(labels.flatMap((l) => (l.kind === 'published' ? [l.date] : [])))].sort();
  const words = stated.map((s) => `"${s}"`);
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first !== undefined && last !== undefined) {
    words.push(first === last ? `published ${first}` : `published ${first} to ${last}`);
  }
  return { sides: [...stated, ...dates], words: listed(words) };
}

/**
 * Why `other` may differ from `main`: the figures were stated by different authorities, or refer to different times.
 * Only said when every known label of one side differs from every known label of the other.
 */
export function explainPositions(
  members: readonly GroupMember[],
  facts: MemberFacts,
  positions: readonly FigurePosition[],
  main: number,
  other: number,
): Explanation[] {
  const a = positions[main];
  const b = positions[other];
  const ra = a && members[a.representative];
  const rb = b && members[b.representative];
  if (!a || !b || !ra || !rb) return [];
  const phraseA = formatFigure(ra);
  const phraseB = formatFigure(rb);
  const out: Explanation[] = [];

  const attrA = distinctBy(a.members.map((i) => facts.attribution[i]), (x) => x.key);
  const attrB = distinctBy(b.members.map((i) => facts.attribution[i]), (x) => x.key);
  if (attrA.length > 0 && attrB.length > 0 && !attrA.some((x) => attrB.some((y) => sameAuthorityKey(x.key, y.key)))) {
    const sa = attrA.map((x) => x.text);
    const sb = attrB.map((x) => x.text);
    out.push({
      kind: 'different_source',
      positions: [main, other],
      sides: [sa, sb],
      text: `Different sources: ${phraseA} according to ${listed(sa)}; ${phraseB} according to ${listed(sb)}.`,
    });
  }

  const timeA = distinctBy(a.members.map((i) => facts.time[i]), timeKey);
  const timeB = distinctBy(b.members.map((i) => facts.time[i]), timeKey);
  if (timeA.length > 0 && timeB.length > 0 && !timeA.some((x) => timeB.some((y) => sameTime(x, y)))) {
    const da = describeTimes(timeA);
    const db = describeTimes(timeB);
    out.push({
      kind: 'different_time',
      positions: [main, other],
      sides: [da.sides, db.sides],
      text: `Stated at different times: ${phraseA} (${da.words}) against ${phraseB} (${db.words}).`,
    });
  }
  return out;
}
