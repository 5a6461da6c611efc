/**
 * Matching measured on NTREX (../shared/peers/ntrex): each file is a query against all the others; its translations
 * into the 7 other languages should come first. Prints recall@7 and mean reciprocal rank per language pair, and
 * how the articles of one event and unrelated articles are classed.
 * Usage: npx tsx scripts/ntrex-match.ts [DIR]
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { indexEntry, loadFileReport, type FileReport } from '../cli/commands/match.ts';
import { findMatches } from '../lib/match/find-matches.ts';
import { MemoryMatchIndex } from '../lib/match/memory-index.ts';
import { loadConceptLexicons } from '../cli/concept-lexicons.ts';

interface ManifestEntry {
  file: string;
  doc: string;
  lang: string;
  event: string | null;
}

export interface PairStats {
  /** Translations found among the query's first 7 matches, of all translations. */
  hits: number;
  total: number;
  /** Sum of 1/rank of each translation among the matches, ranks counted over other articles only. */
  reciprocalRanks: number;
}

export interface NtrexEvaluation {
  files: number;
  /** "en-zh": the query's language, then the translation's. */
  pairs: Map<string, PairStats>;
  recallAt7: number;
  meanReciprocalRank: number;
  /** Translations classed same_story / related / not returned. */
  translations: { sameStory: number; related: number; missed: number; wireCopies: number };
  /** Pairs of articles of one event (different articles) classed related or same_story, of all such pairs. */
  eventPairs: { linked: number; total: number };
  /** Unrelated articles returned as same_story / related. */
  unrelated: { sameStory: number; related: number; total: number; examples: string[] };
}

export async function evaluateNtrex(dir: string): Promise<NtrexEvaluation> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const reports: FileReport[] = [];
  const index = new MemoryMatchIndex();
  for (const entry of manifest) {
    const report = await loadFileReport(join(dir, entry.file));
    index.add(indexEntry(reports.length, report));
    reports.push(report);
  }
  const pairs = new Map<string, PairStats>();
  const translations = { sameStory: 0, related: 0, missed: 0, wireCopies: 0 };
  const eventPairs = { linked: 0, total: 0 };
  const unrelated = { sameStory: 0, related: 0, total: 0, examples: [] as string[] };
  for (let q = 0; q < manifest.length; q++) {
    const query = manifest[q];
    const report = reports[q];
    if (!query || !report) continue;
    const matches = await findMatches(
      { keys: report.keys.map((k) => k.key), publishedAt: report.publishedAt, lang: report.lang, exclude: [q] },
      index,
      { limit: manifest.length, maxCandidates: manifest.length },
    );
    const byId = new Map(matches.map((m, rank) => [m.id, { m, rank }]));
    let othersAbove = 0;
    const rankAmongOthers = new Map<number, number>();
    for (const m of matches) {
      if (manifest[m.id]?.doc === query.doc) rankAmongOthers.set(m.id, othersAbove + 1);
      else othersAbove++;
    }
    for (let c = 0; c < manifest.length; c++) {
      const other = manifest[c];
      if (c === q || !other) continue;
      const found = byId.get(c);
      if (other.doc === query.doc) {
        const key = `${query.lang}-${other.lang}`;
        const stats = pairs.get(key) ?? { hits: 0, total: 0, reciprocalRanks: 0 };
        stats.total++;
        if (found && found.rank < 7) stats.hits++;
        const rank = rankAmongOthers.get(c);
        if (rank) stats.reciprocalRanks += 1 / rank;
        pairs.set(key, stats);
        if (!found) translations.missed++;
        else if (found.m.relation === 'same_story') translations.sameStory++;
        else translations.related++;
        if (found?.m.wireCopy) translations.wireCopies++;
      } else if (query.event && query.event === other.event) {
        eventPairs.total++;
        if (found) eventPairs.linked++;
      } else {
        unrelated.total++;
        if (found?.m.relation === 'same_story') {
          unrelated.sameStory++;
          if (unrelated.examples.length < 10) unrelated.examples.push(`${query.file} ~ ${other.file}`);
        } else if (found) unrelated.related++;
      }
    }
  }
  let hits = 0;
  let total = 0;
  let rr = 0;
  for (const s of pairs.values()) {
    hits += s.hits;
    total += s.total;
    rr += s.reciprocalRanks;
  }
  return {
    files: manifest.length,
    pairs,
    recallAt7: total ? hits / total : 0,
    meanReciprocalRank: total ? rr / total : 0,
    translations,
    eventPairs,
    unrelated,
  };
}

function table(e: NtrexEvaluation, metric: (s: PairStats) => number): string {
  const langs = [...new Set([...e.pairs.keys()].map((k) => k.split('-')[0] ?? ''))];
  const lines = ['query\\other ' + langs.map((l) => l.padStart(6)).join('')];
  for (const a of langs) {
    const cells = langs.map((b) => {
      const s = e.pairs.get(`${a}-${b}`);
      return (s ? metric(s).toFixed(2) : '   -').padStart(6);
    });
    lines.push(a.padEnd(12) + cells.join(''));
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? '../shared/peers/ntrex');
  await loadConceptLexicons();
  const started = performance.now();
  const e = await evaluateNtrex(dir);
  const out = process.stdout;
  out.write(`NTREX matching: ${e.files} files, ${((performance.now() - started) / 1000).toFixed(1)} s\n\n`);
  out.write(`recall@7 (translations among the first 7 matches)\n${table(e, (s) => s.hits / s.total)}\n\n`);
  out.write(`mean reciprocal rank (translations against other articles)\n${table(e, (s) => s.reciprocalRanks / s.total)}\n\n`);
  out.write(`overall: recall@7 ${e.recallAt7.toFixed(3)}, MRR ${e.meanReciprocalRank.toFixed(3)}\n`);
  const t = e.translations;
  out.write(`translations: ${t.sameStory} same story, ${t.related} related, ${t.missed} not found; ${t.wireCopies} marked wire copies\n`);
  out.write(`articles of one event linked: ${e.eventPairs.linked} of ${e.eventPairs.total}\n`);
  out.write(`unrelated articles: ${e.unrelated.sameStory} same story, ${e.unrelated.related} related, of ${e.unrelated.total}\n`);
  for (const x of e.unrelated.examples) out.write(`  same story by mistake: ${x}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
