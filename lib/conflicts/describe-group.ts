import { conceptLabel } from './concept-labels.ts';
import { sameAuthority } from './explain-positions.ts';
import { formatFigure } from './format-figure.ts';
import type { FigureGroup, GroupMember, Verdict } from './types.ts';

/** The plain strings a UI shows for a group (English; the UI translates later). */
export interface GroupDescription {
  /** What is counted: "troops sent (North Korea)". */
  counted: string;
  verdict: string;
  /** The positions, most sources first: "about 14,000 (4 sources) vs up to 12,000 (1 source)". */
  summary: string;
  /** Per member, in member order: "about 14,000 — Reuters, vi, 2025-11-14". */
  members: string[];
  /** Why figures may differ: the explanations' sentences. */
  notes: string[];
}

const VERDICT_WORDS: Record<Verdict, string> = {
  conflict: 'Conflict',
  discrepancy: 'Discrepancy',
  consistent: 'Consistent',
};

const PERCENT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

let regions: Intl.DisplayNames | null | undefined;

/** "KP" -> "North Korea"; anything that is not a region code is shown as it is. */
function subjectName(subject: string): string {
  if (!/^[A-Z]{2}$/.test(subject)) return subject;
  if (regions === undefined) {
    try {
      regions = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regions = null;
    }
  }
  return regions?.of(subject) ?? subject;
}

/** "about 14,000", or "37 of 64 (57.8%)" when a count is compared as a share. */
export function memberValue(m: GroupMember, scale: string): string {
  const words = formatFigure(m);
  if (scale === 'share' && m.unit !== 'share' && m.of !== null && m.of > 0) {
    return `${words} (${PERCENT.format((m.value / m.of) * 100)}%)`;
  }
  return words;
}

/** Who says so: the named authority, and the outlet when it is another one ("Zelensky via Fox News"). */
export function memberSource(m: GroupMember): string {
  const who = m.attribution?.trim();
  const site = m.siteName?.trim();
  if (who && site && !sameAuthority(who, site)) return `${who} via ${site}`;
  return who || site || m.title || m.reportId;
}

export function describeMember(m: GroupMember, scale: string): string {
  const parts = [memberSource(m), m.lang];
  const date = m.publishedTime?.slice(0, 10);
  if (date) parts.push(date);
  return `${memberValue(m, scale)} — ${parts.join(', ')}`;
}

export function describeGroup(group: FigureGroup): GroupDescription {
  const counted = group.subject
    ? `${conceptLabel(group.concept)} (${subjectName(group.subject)})`
    : conceptLabel(group.concept);
  const positions = group.positions
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.sources - a.p.sources || a.i - b.i)
    .flatMap(({ p }) => {
      const rep = group.members[p.representative];
      if (!rep) return [];
      return [`${memberValue(rep, group.scale)} (${p.sources} ${p.sources === 1 ? 'source' : 'sources'})`];
    });
  return {
    counted,
    verdict: VERDICT_WORDS[group.verdict],
    summary: positions.join(' vs '),
    members: group.members.map((m) => describeMember(m, group.scale)),
    notes: group.explanations.map((e) => e.text),
  };
}
