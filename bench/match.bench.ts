import { loadConceptLexicons } from '../cli/concept-lexicons.ts';
import { findMatches } from '../lib/match/find-matches.ts';
import { keyKind } from '../lib/match/key-weights.ts';
import { MemoryMatchIndex } from '../lib/match/memory-index.ts';
import { reportKeys } from '../lib/match/report-keys.ts';
import { generateCorpus } from './generate-corpus.ts';
import { readVocabularies } from './vocabulary.ts';
import { CONCEPT_LANGUAGES } from '../lib/lang/concept-languages.ts';
import { READ_LANGUAGES } from '../lib/model/language.ts';

const QUERIES = 60;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/**
 * Matching speed in Node with the in-memory index: time to match one article against generated corpora of
 * 1,000, 10,000 and 100,000 reports (median and p95 over 60 queries), and reports keyed per second.
 * BENCH_MATCH_SIZES=1000,10000 picks other sizes.
 */
export async function benchMatchNode(): Promise<{ name: string; value: string }[]> {
  const sizes = (process.env.BENCH_MATCH_SIZES ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
  const largest = Math.max(...sizes);
  // As the CLI and the extension analyse: ordinary words become concept keys only with the lexicons installed.
  await loadConceptLexicons();
  const corpus = generateCorpus({ reports: largest, seed: 42, vocabulary: readVocabularies() });
  const rows: { name: string; value: string }[] = [];
  // One copy of each key string, as IndexedDB's index holds one entry per key.
  const interned = new Map<string, string>();
  const keys: string[][] = [];
  const started = performance.now();
  for (const report of corpus) {
    keys.push(reportKeys({ ...report, figures: [] }).map((k) => interned.get(k) ?? (interned.set(k, k), k)));
  }
  const keyingMs = performance.now() - started;
  rows.push({ name: 'reports keyed per second (4 KB average, 8 languages)', value: `${Math.round((corpus.length / keyingMs) * 1000)}` });
  const concepts = keys.reduce((sum, ks) => sum + ks.filter((k) => keyKind(k) === 'concept').length, 0);
  rows.push({ name: `concept keys per generated report (mean; without a lexicon: ${READ_LANGUAGES.filter((l) => !CONCEPT_LANGUAGES.includes(l)).join(', ') || 'none'})`, value: (concepts / keys.length).toFixed(1) });
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const index = new MemoryMatchIndex();
    for (let id = 0; id < size; id++) {
      const report = corpus[id];
      if (report) index.add({ id, keys: keys[id] ?? [], lang: report.lang, publishedAt: Date.parse(report.publishedTime) });
    }
    const times: number[] = [];
    let found = 0;
    for (let q = 0; q < QUERIES; q++) {
      const id = Math.floor(((q + 0.5) / QUERIES) * size);
      const report = corpus[id];
      if (!report) continue;
      const t0 = performance.now();
      const matches = await findMatches({ keys: keys[id] ?? [], publishedAt: Date.parse(report.publishedTime), lang: report.lang, exclude: [id] }, index);
      times.push(performance.now() - t0);
      if (matches.some((m) => corpus[m.id]?.story === report.story)) found++;
    }
    times.sort((a, b) => a - b);
    const label = size.toLocaleString('en');
    rows.push({ name: `match one article, ${label} reports: median`, value: `${quantile(times, 0.5).toFixed(2)} ms` });
    rows.push({ name: `match one article, ${label} reports: p95`, value: `${quantile(times, 0.95).toFixed(2)} ms` });
    rows.push({ name: `queries whose story was found, ${label} reports`, value: `${found} of ${times.length}` });
  }
  return rows;
}
