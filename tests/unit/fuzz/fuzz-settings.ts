import type { Parameters } from 'fast-check';

/**
 * How many cases each fuzz property runs, and from which seed. CI runs the counts written in the tests, from fixed
 * seeds, so that a failure is reproducible. Locally, FUZZ_RUNS=20 runs twenty times as many cases and FUZZ_SEED=n
 * explores from another seed; a counterexample prints its seed and path, which reproduce it.
 */
const FACTOR = Math.max(1, Number(process.env['FUZZ_RUNS'] ?? 1) || 1);
const SEED = process.env['FUZZ_SEED'] === undefined ? null : Number(process.env['FUZZ_SEED']);

/** fast-check parameters for a property that CI runs `runs` times from `seed`. */
export function fuzzRuns<T>(runs: number, seed: number): Parameters<T> {
  return { numRuns: Math.round(runs * FACTOR), seed: SEED ?? seed };
}

/** The test's time limit, grown with the number of cases (vitest's default is too short for a long local run). */
export function fuzzTimeout(ms: number): number {
  return Math.round(ms * FACTOR);
}

/**
 * Runs `fn` and fails when it takes longer than `ms` every time of three. A slow run is repeated: a pause of the
 * machine (garbage collection, other test files on the same two cores, seen to stall a run for seconds in CI) is
 * not a hang, and a case that really is slow is slow every time.
 */
export function withinTime<T>(ms: number, fn: () => T): T {
  let took = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    const result = fn();
    took = performance.now() - started;
    if (took <= ms) return result;
  }
  throw new Error(`took ${Math.round(took)} ms three times over, more than ${ms} ms`);
}
