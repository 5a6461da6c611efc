import { compareFigures } from './compare-figures.ts';
import type { ComparedReport, FigureGroup } from './types.ts';

/** Two reports the matching found to tell the same story or a related one. */
export interface ReportLink {
  a: string;
  b: string;
  /** Copies of one wire story: they count as one source. */
  wireCopy: boolean;
}

function unionFind(ids: readonly string[]): { find: (x: string) => string; union: (a: string, b: string) => void } {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root) ?? root;
    // Path compression keeps later finds short.
    for (let y = x; y !== root; ) {
      const next = parent.get(y) ?? root;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    // The smaller id leads, so that the result does not depend on the order of the links.
    if (ra !== rb) ra < rb ? parent.set(rb, ra) : parent.set(ra, rb);
  };
  return { find, union };
}

/**
 * Compares the figures of reports that the matching linked, story by story: each connected set of linked reports is
 * compared on its own (figures of unrelated stories are never grouped), and wire copies share a wireGroup. Reports
 * linked to nothing are left out. Groups come out ranked by score across all stories.
 */
export function compareLinkedReports(reports: readonly ComparedReport[], links: readonly ReportLink[]): FigureGroup[] {
  const ids = reports.map((r) => r.id);
  const known = new Set(ids);
  const stories = unionFind(ids);
  const wires = unionFind(ids);
  const linked = new Set<string>();
  for (const link of links) {
    if (!known.has(link.a) || !known.has(link.b)) continue;
    stories.union(link.a, link.b);
    if (link.wireCopy) wires.union(link.a, link.b);
    linked.add(link.a);
    linked.add(link.b);
  }
  const wireSize = new Map<string, number>();
  for (const id of ids) wireSize.set(wires.find(id), (wireSize.get(wires.find(id)) ?? 0) + 1);
  const byStory = new Map<string, ComparedReport[]>();
  for (const report of reports) {
    if (!linked.has(report.id)) continue;
    const wire = wires.find(report.id);
    const copy: ComparedReport = { ...report };
    if ((wireSize.get(wire) ?? 0) > 1) copy.wireGroup = `wire:${wire}`;
    const story = stories.find(report.id);
    const list = byStory.get(story);
    if (list) list.push(copy);
    else byStory.set(story, [copy]);
  }
  const groups = [...byStory.values()].flatMap((story) => compareFigures(story));
  return groups.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
