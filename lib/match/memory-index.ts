import type { KeyPostings, MatchCandidate, MatchIndex } from './match-index.ts';

/** A corpus held in memory: for the CLI, tests and benchmarks. Adding a report with a known id replaces it. */
export class MemoryMatchIndex implements MatchIndex {
  private readonly reports = new Map<number, MatchCandidate>();
  private readonly postingLists = new Map<string, Set<number>>();

  add(report: MatchCandidate): void {
    this.remove(report.id);
    const stored: MatchCandidate = { ...report, keys: [...new Set(report.keys)] };
    this.reports.set(report.id, stored);
    for (const key of stored.keys) {
      let list = this.postingLists.get(key);
      if (!list) this.postingLists.set(key, (list = new Set()));
      list.add(report.id);
    }
  }

  remove(id: number): boolean {
    const report = this.reports.get(id);
    if (!report) return false;
    for (const key of report.keys) {
      const list = this.postingLists.get(key);
      list?.delete(id);
      if (list?.size === 0) this.postingLists.delete(key);
    }
    return this.reports.delete(id);
  }

  get size(): number {
    return this.reports.size;
  }

  async count(): Promise<number> {
    return this.reports.size;
  }

  async lookup(keys: readonly string[], limit: number): Promise<KeyPostings[]> {
    return keys.map((k) => {
      const list = this.postingLists.get(k);
      const ids: number[] = [];
      for (const id of list ?? []) {
        if (ids.length >= limit) break;
        ids.push(id);
      }
      const df = list?.size ?? 0;
      return { df, ids, complete: ids.length === df };
    });
  }

  async load(ids: readonly number[]): Promise<MatchCandidate[]> {
    const out: MatchCandidate[] = [];
    for (const id of ids) {
      const report = this.reports.get(id);
      if (report) out.push(report);
    }
    return out;
  }
}
