/** What a key is: shown to the reader, weighed, and counted differently. */
export type KeyKind = 'entity' | 'name' | 'figure' | 'number' | 'date' | 'concept' | 'published';

export function keyKind(key: string): KeyKind {
  if (key.startsWith('n:')) return /[A-Z]/.test(key[2] ?? '') ? 'entity' : 'name';
  if (key.startsWith('f:')) return 'figure';
  if (key.startsWith('v:')) return 'number';
  if (key.charCodeAt(0) === 99 /* c */ && key[2] === ':') return 'concept';
  if (key.startsWith('p:')) return 'published';
  return 'date';
}

/** The value of a number or figure key: "v:14000" and "f:troops_sent:14000" -> 14000. */
export function keyValue(key: string): number {
  return Number(key.slice(key.lastIndexOf(':') + 1));
}

/** Small and round numbers are everywhere; 14,000 less so; 6,473 is nearly a fingerprint. */
function numberRate(value: number): number {
  if (!Number.isFinite(value)) return 0.02;
  if (value < 10) return 0.06;
  if (value < 100 && Number.isInteger(value)) return 0.02;
  if (Number.isInteger(value) && value % 1000 === 0) return 0.004;
  if (Number.isInteger(value) && value % 100 === 0) return 0.006;
  return 0.001;
}

/**
 * How often a key is expected in a news corpus before any report is counted: the prior that keeps weights sane in
 * a corpus of five reports and fades as the corpus grows. Countries are everywhere; a four-consonant name, a
 * figure with its concept or a number like 14,000 are rare; short skeletons collide with other names.
 */
export function priorRate(key: string): number {
  switch (keyKind(key)) {
    case 'entity':
      return 0.03;
    case 'name': {
      if (key.endsWith('.')) return 0.003;
      const length = key.length - 2;
      return length <= 2 ? 0.012 : length === 3 ? 0.004 : length === 4 ? 0.0015 : 0.0008;
    }
    case 'figure':
      // With what it counts, a figure is rarer than its number; "two countries" is still everywhere.
      return Math.min(0.02, numberRate(keyValue(key)) * 0.3);
    case 'number':
      return numberRate(keyValue(key));
    case 'concept':
      // Ordinary words, by how common the concept is (its key's digit: WordNet's tagged-sense counts, log scale).
      return conceptRate(key.charCodeAt(1) - 48);
    case 'published':
      // The day a report came out: a window for candidates, not content (dates are weighed by timeFactor).
      return 0.003;
    case 'date': {
      const length = key.length - 2;
      if (key.startsWith('d:--')) return 0.004;
      return length === 4 ? 0.05 : length === 7 ? 0.01 : 0.002;
    }
  }
}

/** How often a concept of commonness 0-9 is expected in a report: from 1 in 500 to about 1 in 3. */
export function conceptRate(commonness: number): number {
  return 0.002 * 1.75 ** Math.max(0, Math.min(9, commonness));
}

/** Pseudo-reports behind the prior: a corpus this large weighs its own counts and the prior alike. */
export const PRIOR_REPORTS = 2000;

/**
 * IDF of a key held by `df` of `total` reports, smoothed by the prior. Floored at a quarter of the prior weight:
 * in a corpus that is all one story (thousands of reprints) every key is common, and copies are still copies.
 */
export function keyWeight(key: string, df: number, total: number): number {
  const p = priorRate(key);
  const idf = Math.log((total + PRIOR_REPORTS) / (df + PRIOR_REPORTS * p));
  return Math.max(idf, priorWeight(key) / 4);
}

/** The weight a key is expected to have when its count is unknown: its prior alone. */
export function priorWeight(key: string): number {
  return Math.log(1 / priorRate(key));
}
