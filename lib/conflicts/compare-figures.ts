import type { Figure } from '../model/figure.ts';
import { CONSISTENT_GAP, relativeGap, verdictForGap, verdictSeverity } from './compare-intervals.ts';
import { explainPositions, memberFacts, normalizeName, sameAuthorityKey } from './explain-positions.ts';
import { candidateGroups, isGenericConcept, type CandidateGroup } from './group-figures.ts';
import { intervalFor, type Interval, type IntervalOptions } from './interval.ts';
import type {
  CompareOptions,
  ComparedReport,
  Explanation,
  FigureGroup,
  FigurePosition,
  FocusVerdict,
  GroupMember,
  Verdict,
} from './types.ts';

/**
 * Ranking: score = SCORE_VERDICT[verdict] + SCORE_GAP × disagreement (0..1) + SCORE_SOURCE × log2(sources), sources
 * capped at SCORE_MAX_SOURCES. The verdict dominates (the other terms add at most 40 + 50 < 100), then the size of the
 * disagreement, then how many independent sources the group draws on.
 */
export const SCORE_VERDICT: Record<Verdict, number> = { conflict: 200, discrepancy: 100, consistent: 0 };
export const SCORE_GAP = 40;
export const SCORE_SOURCE = 10;
export const SCORE_MAX_SOURCES = 32;

/**
 * The figure's interval, always read through intervalFor from its wording (value, qualifier, range end, conversion),
 * whatever the extractor stored: interval widths and verdict thresholds are calibrated together.
 */
function figureInterval(f: Figure): Interval {
  const options: IntervalOptions = { unit: f.unit, converted: f.stated !== undefined };
  if (f.qualifier === 'range' && Number.isFinite(f.high)) options.high = f.high;
  return intervalFor(f.value, f.qualifier, options);
}

function toMember(c: CandidateGroup, i: number): GroupMember {
  const e = c.entries[i];
  if (!e) throw new RangeError(`no entry ${i}`);
  const { report, figure: f } = e;
  const own = figureInterval(f);
  const whole = c.scale === 'share' && f.unit !== 'share' && f.of !== null ? f.of : 1;
  return {
    reportId: report.id,
    figureIndex: e.figureIndex,
    source: e.source,
    lang: report.lang,
    title: report.title,
    siteName: report.siteName,
    publishedTime: report.publishedTime,
    quote: f.quote,
    start: f.start,
    end: f.end,
    value: f.value,
    low: own.low,
    high: own.high,
    qualifier: f.qualifier,
    qualifierText: f.qualifierText,
    unit: f.unit,
    of: f.of,
    concept: f.concept,
    subject: f.subject,
    event: f.event,
    attribution: f.attribution,
    asOf: f.asOf,
    asOfDate: f.asOfDate ?? null,
    scaledLow: own.low / whole,
    scaledHigh: own.high / whole,
    position: -1,
    ambiguous: false,
    verdict: 'consistent',
    disagreement: 0,
  };
}

function scaled(m: GroupMember): Interval {
  return { low: m.scaledLow, high: m.scaledHigh };
}

/** Distinct intervals of a group, with each member's: most members share a few, so the work is done on those. */
interface IntervalTable {
  /** Interval id of each member. */
  ids: number[];
  intervals: Interval[];
}

function intervalTable(members: readonly GroupMember[]): IntervalTable {
  // Keyed by the numbers themselves (nested maps): formatting doubles as string keys costs more than the comparison.
  const byLow = new Map<number, Map<number, number>>();
  const intervals: Interval[] = [];
  const ids = members.map((m) => {
    let byHigh = byLow.get(m.scaledLow);
    if (!byHigh) byLow.set(m.scaledLow, (byHigh = new Map()));
    let id = byHigh.get(m.scaledHigh);
    if (id === undefined) {
      id = intervals.length;
      intervals.push(scaled(m));
      byHigh.set(m.scaledHigh, id);
    }
    return id;
  });
  return { ids, intervals };
}

/**
 * Members that all allow a common value (within CONSISTENT_GAP), greedily from the lowest: intersecting rather than
 * chaining, so that "about 14,000", "more than 14,000" and "about 20,000" do not melt into one position.
 */
function findPositions(members: GroupMember[], table: IntervalTable): FigurePosition[] {
  const { ids, intervals } = table;
  const order = intervals.map((_, i) => i);
  order.sort((a, b) => {
    const x = intervals[a];
    const y = intervals[b];
    return !x || !y ? 0 : x.low - y.low || x.high - y.high;
  });
  const clusterOf = new Array<number>(intervals.length).fill(0);
  const clusters: Array<{ low: number; high: number; members: number[] }> = [];
  let current: { low: number; high: number; members: number[] } | null = null;
  for (const id of order) {
    const x = intervals[id];
    if (!x) continue;
    if (current && relativeGap(current, x) <= CONSISTENT_GAP) {
      const low = Math.max(current.low, x.low);
      const high = Math.min(current.high, x.high);
      // Joined within the tolerance: keep the (tiny) gap as the common interval.
      current.low = Math.min(low, high);
      current.high = Math.max(low, high);
    } else {
      current = { low: x.low, high: x.high, members: [] };
      clusters.push(current);
    }
    clusterOf[id] = clusters.length - 1;
  }
  members.forEach((m, i) => {
    const index = clusterOf[ids[i] ?? 0] ?? 0;
    m.position = index;
    clusters[index]?.members.push(i);
  });
  return clusters.map((c) => {
    // Wording counts keyed by value, then qualifier, unit and whole: no number formatting on the hot path.
    const wording = new Map<number, Map<string, { count: number; first: number }>>();
    const sources = new Set<string>();
    let representative = c.members[0] ?? 0;
    let best = 0;
    for (const i of c.members) {
      const m = members[i];
      if (!m) continue;
      sources.add(m.source);
      let byWords = wording.get(m.value);
      if (!byWords) wording.set(m.value, (byWords = new Map()));
      const key = m.of === null ? `${m.qualifier}|${m.unit}` : `${m.qualifier}|${m.unit}|${m.of}`;
      let w = byWords.get(key);
      if (!w) byWords.set(key, (w = { count: 0, first: i }));
      w.count += 1;
      // Ties go to the wording seen first.
      if (w.count > best || (w.count === best && w.first < representative)) {
        best = w.count;
        representative = w.first;
      }
    }
    return { low: c.low, high: c.high, members: c.members, sources: sources.size, representative };
  });
}

/**
 * Who speaks for each member. A report whose figures in the group fall in one position speaks with one voice. A
 * report that states several values is one voice per value when each value has its own named authority (Reuters'
 * sources say about 14,000, Zelensky up to 12,000); otherwise it is ambiguous: its values are about different things
 * (another time, place or unit of the same noun), or its figures were read unevenly, and it is compared for agreement
 * only, never held against anyone. Copies of one story from several reports are one source, but their own voices.
 */
function assignVoices(members: GroupMember[]): string[] {
  const byReport = new Map<string, number[]>();
  members.forEach((m, i) => {
    const list = byReport.get(m.reportId);
    if (list) list.push(i);
    else byReport.set(m.reportId, [i]);
  });
  const voices = new Array<string>(members.length).fill('');
  const names = new Map<string, string>();
  const nameKey = (who: string): string => {
    let key = names.get(who);
    if (key === undefined) names.set(who, (key = normalizeName(who)));
    return key;
  };
  for (const [reportId, list] of byReport) {
    const first = members[list[0] ?? 0];
    if (!first) continue;
    const base = `${first.source}\u0000${reportId}`;
    const positions = new Set(list.map((i) => members[i]?.position ?? -1));
    if (positions.size === 1) {
      for (const i of list) voices[i] = base;
      continue;
    }
    // Several values: each must have named authorities of its own.
    const authorities = new Map<number, Set<string>>();
    let named = true;
    for (const i of list) {
      const m = members[i];
      const who = m?.attribution?.trim();
      if (!m || !who) {
        named = false;
        break;
      }
      const set = authorities.get(m.position) ?? new Set<string>();
      set.add(nameKey(who));
      authorities.set(m.position, set);
    }
    const sets = [...authorities.values()];
    const separate =
      named &&
      sets.every((x, i) => sets.every((y, j) => j <= i || ![...x].some((a) => [...y].some((b) => sameAuthorityKey(a, b)))));
    for (const i of list) {
      const m = members[i];
      if (!m) continue;
      if (separate) voices[i] = `${base}\u0000${m.position}`;
      else m.ambiguous = true;
    }
  }
  return voices;
}

/**
 * Positions that some ambiguous report states side by side ("3 points" and "5 points" in one article) are different
 * facts of the story, not rival readings of one: a report stating one of them does not contradict another stating
 * the other. Returns a test on two position indices.
 */
function coStatedPositions(members: readonly GroupMember[], count: number): (p: number, q: number) => boolean {
  const pairs = new Set<number>();
  const byReport = new Map<string, Set<number>>();
  for (const m of members) {
    if (!m.ambiguous) continue;
    const set = byReport.get(m.reportId) ?? new Set<number>();
    set.add(m.position);
    byReport.set(m.reportId, set);
  }
  for (const set of byReport.values()) {
    for (const p of set) for (const q of set) if (p !== q) pairs.add(p * count + q);
  }
  return (p, q) => pairs.has(p * count + q);
}

interface Signature {
  index: number;
  /** Interval ids of the voice. */
  ids: number[];
  /** The one source holding it, or null when several do. */
  onlySource: string | null;
}

/** How far a figure is from a voice: the gap to the voice's closest interval, 0 for a fact stated beside it. */
interface Rater {
  intervals: readonly Interval[];
  positionOf: readonly number[];
  coStated: (p: number, q: number) => boolean;
}

function gapToVoice(own: Interval, position: number, ids: readonly number[], r: Rater): number {
  let best = Infinity;
  for (const id of ids) {
    const x = r.intervals[id];
    if (!x) continue;
    const g = r.coStated(position, r.positionOf[id] ?? -1) ? 0 : relativeGap(own, x);
    if (g < best) best = g;
    if (best === 0) break;
  }
  return best;
}

/**
 * Each member against every other source: each voice's best-matching figure decides, and the worst voice sets the
 * member's verdict. Voices are folded into signatures (their distinct intervals), so the work is members × distinct
 * signatures, not members × sources. Ambiguous members neither raise nor receive a disagreement.
 */
function rateMembers(members: GroupMember[], table: IntervalTable, voices: readonly string[], r: Rater): void {
  const { ids } = table;
  const byVoice = new Map<string, { source: string; ids: number[] }>();
  members.forEach((m, i) => {
    if (m.ambiguous) return;
    const id = ids[i] ?? 0;
    const voice = voices[i] ?? m.source;
    const entry = byVoice.get(voice);
    if (!entry) byVoice.set(voice, { source: m.source, ids: [id] });
    else if (!entry.ids.includes(id)) entry.ids.push(id);
  });
  const signatures = new Map<string, Signature>();
  for (const { source, ids: list } of byVoice.values()) {
    const sorted = list.length === 1 ? list : [...list].sort((x, y) => x - y);
    const key = sorted.length === 1 ? String(sorted[0]) : sorted.join(',');
    const sig = signatures.get(key);
    if (!sig) signatures.set(key, { index: signatures.size, ids: sorted, onlySource: source });
    else if (sig.onlySource !== source) sig.onlySource = null;
  }
  const sigs = [...signatures.values()];
  const loneSources = new Set(sigs.flatMap((sig) => (sig.onlySource === null ? [] : [sig.onlySource])));
  // Members with the same interval rate alike, unless their source holds a signature alone.
  const cache = new Map<number, number>();
  members.forEach((m, i) => {
    if (m.ambiguous) return;
    const id = ids[i] ?? 0;
    const own = r.intervals[id] ?? scaled(m);
    const cacheKey = loneSources.has(m.source) ? -1 : id;
    let worst = cacheKey < 0 ? undefined : cache.get(cacheKey);
    if (worst === undefined) {
      worst = 0;
      for (const sig of sigs) {
        // Held by this member's own source only: not another source.
        if (sig.onlySource === m.source) continue;
        const gap = gapToVoice(own, m.position, sig.ids, r);
        if (gap > worst) worst = gap;
      }
      if (cacheKey >= 0) cache.set(cacheKey, worst);
    }
    m.disagreement = worst;
    m.verdict = verdictForGap(worst);
  });
}

/** Member by member, for the figures of the focused report: who agrees, and each disagreeing voice's closest figure. */
function focusVerdicts(
  members: GroupMember[],
  table: IntervalTable,
  voices: readonly string[],
  r: Rater,
  focus: string,
): FocusVerdict[] {
  const out: FocusVerdict[] = [];
  members.forEach((m, index) => {
    if (m.reportId !== focus) return;
    const own = scaled(m);
    const perVoice = new Map<string, number[]>();
    const agrees: number[] = [];
    members.forEach((x, i) => {
      if (x.source === m.source) return;
      if (relativeGap(own, scaled(x)) <= CONSISTENT_GAP) agrees.push(i);
      if (x.ambiguous) return;
      const voice = voices[i] ?? x.source;
      const list = perVoice.get(voice);
      if (list) list.push(i);
      else perVoice.set(voice, [i]);
    });
    const disagrees: number[] = [];
    if (!m.ambiguous) {
      for (const list of perVoice.values()) {
        const gap = gapToVoice(own, m.position, list.map((i) => table.ids[i] ?? 0), r);
        if (gap <= CONSISTENT_GAP) continue;
        // The voice's closest figure stands for it.
        let best = -1;
        let bestGapSeen = Infinity;
        for (const i of list) {
          const x = members[i];
          const g = x ? relativeGap(own, scaled(x)) : Infinity;
          if (g < bestGapSeen) {
            bestGapSeen = g;
            best = i;
          }
        }
        if (best >= 0) disagrees.push(best);
      }
    }
    disagrees.sort((a, b) => a - b);
    out.push({ member: index, verdict: m.verdict, disagreement: m.disagreement, agrees, disagrees });
  });
  return out;
}

function mainPosition(positions: FigurePosition[]): number {
  let main = 0;
  positions.forEach((p, i) => {
    const q = positions[main];
    if (q && (p.sources > q.sources || (p.sources === q.sources && p.members.length > q.members.length))) main = i;
  });
  return main;
}

function oneSubject(members: readonly GroupMember[]): boolean {
  const first = members[0]?.subject ?? null;
  return first !== null && members.every((m) => m.subject === first);
}

function buildGroup(c: CandidateGroup, focus: string | undefined): FigureGroup | null {
  const sources = new Set(c.entries.map((e) => e.source));
  if (sources.size < 2) return null;
  const members = c.entries.map((_, i) => toMember(c, i));
  const table = intervalTable(members);
  const positions = findPositions(members, table);
  const voices = assignVoices(members);
  const positionOf: number[] = [];
  members.forEach((m, i) => (positionOf[table.ids[i] ?? 0] = m.position));
  const rater: Rater = { intervals: table.intervals, positionOf, coStated: coStatedPositions(members, positions.length) };
  rateMembers(members, table, voices, rater);
  // A generic concept ("people", "distance", "money") disputes only when every member names the same subject:
  // otherwise its figures may be of different things, and agreeing ones are shown, never a dispute.
  const disputable = !isGenericConcept(c.concept) || oneSubject(members);
  if (!disputable) {
    for (const m of members) {
      m.verdict = 'consistent';
      m.disagreement = 0;
    }
  }

  let verdict: Verdict = 'consistent';
  let disagreement = 0;
  for (const m of members) {
    if (verdictSeverity(m.verdict) > verdictSeverity(verdict)) verdict = m.verdict;
    if (m.disagreement > disagreement) disagreement = m.disagreement;
  }

  const explanations: Explanation[] = [];
  if (verdict !== 'consistent') {
    const main = mainPosition(positions);
    const facts = memberFacts(members);
    positions.forEach((p, i) => {
      if (i === main) return;
      if (!p.members.some((k) => members[k]?.verdict !== 'consistent')) return;
      explanations.push(...explainPositions(members, facts, positions, main, i));
    });
  }

  const sourceTerm = Math.log2(Math.min(sources.size, SCORE_MAX_SOURCES));
  const score = SCORE_VERDICT[verdict] + SCORE_GAP * disagreement + SCORE_SOURCE * sourceTerm;
  const key = `${c.concept}|${c.subject ?? '*'}|${c.event ?? '*'}|${c.scale}`;
  const group: FigureGroup = {
    key,
    concept: c.concept,
    subject: c.subject,
    event: c.event,
    scale: c.scale,
    verdict,
    disagreement,
    sources: sources.size,
    score: Math.round(score * 1000) / 1000,
    members,
    positions,
    explanations,
  };
  if (focus !== undefined) {
    group.focus = focusVerdicts(members, table, voices, rater, focus);
    if (!disputable) for (const f of group.focus) f.disagrees = [];
  }
  return group;
}

/**
 * Groups the figures of several reports that count the same thing, and says where they agree and where they do not.
 * Pure and deterministic; groups drawn from a single source (wire copies count once) are left out, as there is
 * nothing to compare. With `focus`, only groups holding a figure of that report, each with `focus` verdicts.
 */
export function compareFigures(reports: readonly ComparedReport[], options: CompareOptions = {}): FigureGroup[] {
  const { focus } = options;
  const groups: FigureGroup[] = [];
  for (const candidate of candidateGroups(reports)) {
    if (focus !== undefined && !candidate.entries.some((e) => e.report.id === focus)) continue;
    const group = buildGroup(candidate, focus);
    if (group) groups.push(group);
  }
  return groups.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
