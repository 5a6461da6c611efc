import { keyWeight } from './key-weights.ts';
import { scorePair, type PairInput, type PairScore } from './score-pair.ts';

/**
 * Every pair of a small set of reports scored against each other, with weights from the set itself: for
 * `parallax compare` and evaluation. Quadratic: meant for tens or hundreds of reports, not a corpus.
 */
export function scoreAllPairs(reports: readonly PairInput[]): Array<{ a: number; b: number; pair: PairScore }> {
  const df = new Map<string, number>();
  for (const r of reports) for (const k of new Set(r.keys)) df.set(k, (df.get(k) ?? 0) + 1);
  const total = reports.length;
  const weights = new Map<string, number>();
  for (const [k, n] of df) weights.set(k, keyWeight(k, n, total));
  const weight = (k: string) => weights.get(k) ?? 0;
  const out: Array<{ a: number; b: number; pair: PairScore }> = [];
  for (let a = 0; a < reports.length; a++) {
    for (let b = a + 1; b < reports.length; b++) {
      const x = reports[a];
      const y = reports[b];
      if (x && y) out.push({ a, b, pair: scorePair(x, y, weight) });
    }
  }
  return out;
}
