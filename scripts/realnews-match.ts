/**
 * Matching measured on independently written reports (../shared/realnews, see its README).
 * - mlcrisis: each report is a query against all the others (its own file kept out, as `parallax match --corpus`
 *   does); recall@1/@7 and MRR of a judged same-story partner among the other-language results, and the precision
 *   of the `same_story` links returned between other-language reports of one topic published within a day.
 * - semeval-es: each pair as `parallax compare A B` sees it: the share of pairs scored 1-1.5 (very similar) and of
 *   pairs scored 3.5-4 (very dissimilar) that are called `same_story`.
 * Usage: npx tsx scripts/realnews-match.ts [--txt [--undated]] [--verbose] [DIR]   (DIR defaults to ../shared/realnews)
 *   --txt reads the text files, dated by the day in their names as the CLI dates them; --undated drops those dates.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileReport, indexEntry, loadFileReport, matchReport, type FileReport } from '../cli/commands/match.ts';
import { loadArticleFile } from '../cli/load-article.ts';
import { compareReports } from '../cli/commands/compare.ts';
import { MemoryMatchIndex } from '../lib/match/memory-index.ts';
import { loadConceptLexicons } from '../cli/concept-lexicons.ts';
import { scoreAllPairs } from '../lib/match/pairwise.ts';
import { stemmerFor } from '../lib/lang/stemmers.ts';
import stopwordsIso from 'stopwords-iso';

interface Label {
  lang: string;
  topic: string;
  date: string;
  title: string;
}

export interface MlcrisisEvaluation {
  reports: number;
  queries: number;
  recallAt1: number;
  recallAt7: number;
  meanReciprocalRank: number;
  /** The same, per crisis: a method fitted to one crisis's names and words shows as a gap between them. */
  byTopic: Record<string, { queries: number; recallAt7: number; meanReciprocalRank: number }>;
  sameStory: { judgedPos: number; judgedNeg: number; precision: number };
  misses: string[];
  wrongLinks: string[];
}

const DAY = 86_400_000;

/** Unordered pair key. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

function judgedPairs(text: string): { pos: Set<string>; unc: Set<string> } {
  const pos = new Set<string>();
  const unc = new Set<string>();
  for (const line of text.split('\n')) {
    const [tag, ...ids] = line.trim().split(/\s+/);
    if (tag !== 'POS' && tag !== 'UNC') continue;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) (tag === 'POS' ? pos : unc).add(pairKey(ids[i] ?? '', ids[j] ?? ''));
    }
  }
  return { pos, unc };
}

/** How the reports are read: as pages, as text files, or as text files with no publication dates. */
export type MlcrisisFormat = 'html' | 'txt' | 'undated';

async function mlcrisisReport(dir: string, id: string, format: MlcrisisFormat): Promise<FileReport> {
  if (format === 'html') return loadFileReport(join(dir, 'html', `${id}.html`));
  const file = join(dir, 'txt', `${id}.txt`);
  if (format === 'txt') return loadFileReport(file);
  return fileReport(file, { ...(await loadArticleFile(file)), publishedTime: null });
}

export async function evaluateMlcrisis(dir: string, format: MlcrisisFormat): Promise<MlcrisisEvaluation> {
  const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  const { pos, unc } = judgedPairs(await readFile(join(dir, 'judgments.txt'), 'utf8'));
  const ids = Object.keys(labels).sort();
  const reports: FileReport[] = [];
  const index = new MemoryMatchIndex();
  for (const id of ids) {
    const report = await mlcrisisReport(dir, id, format);
    index.add(indexEntry(reports.length, report));
    reports.push(report);
  }
  const partnersOf = (id: string): string[] =>
    ids.filter((o) => o !== id && labels[o]?.lang !== labels[id]?.lang && pos.has(pairKey(id, o)));

  let queries = 0;
  let hits1 = 0;
  let hits7 = 0;
  let rr = 0;
  let judgedPos = 0;
  let judgedNeg = 0;
  const misses: string[] = [];
  const wrongLinks: string[] = [];
  const counted = new Set<string>();
  const topics = new Map<string, { queries: number; hits7: number; rr: number }>();
  for (let q = 0; q < ids.length; q++) {
    const id = ids[q] ?? '';
    const report = reports[q];
    const label = labels[id];
    if (!report || !label) continue;
    // The query's own file is not in its corpus.
    index.remove(q);
    const matches = await matchReport(index, report);
    index.add(indexEntry(q, report));

    const otherLanguage = matches.filter((m) => labels[ids[m.id] ?? '']?.lang !== label.lang);
    const partners = new Set(partnersOf(id));
    if (partners.size) {
      queries++;
      const rank = otherLanguage.findIndex((m) => partners.has(ids[m.id] ?? ''));
      if (rank === 0) hits1++;
      if (rank >= 0 && rank < 7) hits7++;
      if (rank >= 0) rr += 1 / (rank + 1);
      let topic = topics.get(label.topic);
      if (!topic) topics.set(label.topic, (topic = { queries: 0, hits7: 0, rr: 0 }));
      topic.queries++;
      if (rank >= 0 && rank < 7) topic.hits7++;
      if (rank >= 0) topic.rr += 1 / (rank + 1);
      if (rank < 0) misses.push(`${id}: ${label.title.slice(0, 70)}`);
    }
    for (const m of otherLanguage) {
      if (m.relation !== 'same_story') continue;
      const other = ids[m.id] ?? '';
      const o = labels[other];
      if (!o || o.topic !== label.topic) continue;
      if (Math.abs(Date.parse(o.date) - Date.parse(label.date)) > DAY) continue;
      const key = pairKey(id, other);
      if (unc.has(key) || counted.has(key)) continue;
      counted.add(key);
      if (pos.has(key)) judgedPos++;
      else {
        judgedNeg++;
        wrongLinks.push(`${id} ~ ${other} (${m.score}): ${label.title.slice(0, 50)} / ${o.title.slice(0, 50)}`);
      }
    }
  }
  return {
    reports: ids.length,
    queries,
    recallAt1: queries ? hits1 / queries : 0,
    recallAt7: queries ? hits7 / queries : 0,
    meanReciprocalRank: queries ? rr / queries : 0,
    byTopic: Object.fromEntries([...topics].sort().map(([t, x]) => [t, { queries: x.queries, recallAt7: x.hits7 / x.queries, meanReciprocalRank: x.rr / x.queries }])),
    sameStory: { judgedPos, judgedNeg, precision: judgedPos + judgedNeg ? judgedPos / (judgedPos + judgedNeg) : 1 },
    misses,
    wrongLinks,
  };
}

interface Pair {
  a: string;
  b: string;
  overall: number;
}

export interface SemevalEvaluation {
  similar: { sameStory: number; total: number };
  dissimilar: { sameStory: number; total: number };
  /** Pairs scored 1-1.5 / 2-3 / 3.5-4, and how many were called same_story / related. */
  byScore: Array<{ overall: number; total: number; sameStory: number; related: number }>;
  /** How well a measure separates very similar from very dissimilar pairs, whatever the threshold. */
  separation: { parallax: Separation; tfidf: Separation };
}

export interface Separation {
  /** Chance that a very similar pair scores above a very dissimilar one. */
  auc: number;
  /** Very similar pairs scoring above all but 2% of the very dissimilar ones. */
  recallAtTwoPercent: number;
  /** Very dissimilar pairs scoring at least the 20th percentile of the very similar ones (80% found). */
  falseAtEightyPercent: number;
}

export function separation(similar: readonly number[], dissimilar: readonly number[]): Separation {
  let wins = 0;
  for (const p of similar) for (const n of dissimilar) wins += p > n ? 1 : p === n ? 0.5 : 0;
  const negatives = [...dissimilar].sort((x, y) => y - x);
  const allowed = Math.floor(0.02 * negatives.length);
  const above = negatives[allowed] ?? -Infinity;
  const positives = [...similar].sort((x, y) => x - y);
  const at80 = positives[Math.floor(0.2 * positives.length)] ?? Infinity;
  return {
    auc: similar.length && dissimilar.length ? wins / (similar.length * dissimilar.length) : 0,
    recallAtTwoPercent: similar.length ? similar.filter((p) => p > above).length / similar.length : 0,
    falseAtEightyPercent: dissimilar.length ? dissimilar.filter((n) => n >= at80).length / dissimilar.length : 0,
  };
}

/**
 * A reference that any lexical method would start from: cosine of (1 + log tf) x idf vectors of Snowball stems,
 * function words left out, with idf from every article of the set (more than a pair alone gives Parallax).
 */
function tfidfCosine(texts: ReadonlyMap<string, string>): (a: string, b: string) => number {
  const stop = new Set((stopwordsIso as Record<string, string[]>)['es'] ?? []);
  const stem = stemmerFor('es');
  const bags = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const [id, text] of texts) {
    const bag = new Map<string, number>();
    for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (w.length < 3 || stop.has(w)) continue;
      const s = stem(w);
      bag.set(s, (bag.get(s) ?? 0) + 1);
    }
    bags.set(id, bag);
    for (const k of bag.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const idf = (k: string) => Math.log((texts.size + 1) / ((df.get(k) ?? 0) + 1));
  const vector = (bag: Map<string, number>) => new Map([...bag].map(([k, n]) => [k, (1 + Math.log(n)) * idf(k)]));
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  return (a, b) => {
    const va = vector(bags.get(a) ?? new Map());
    const vb = vector(bags.get(b) ?? new Map());
    let dot = 0;
    for (const [k, x] of va) dot += x * (vb.get(k) ?? 0);
    const n = norm(va) * norm(vb);
    return n ? dot / n : 0;
  };
}

export async function evaluateSemeval(dir: string): Promise<SemevalEvaluation> {
  const pairs = JSON.parse(await readFile(join(dir, 'pairs.json'), 'utf8')) as Pair[];
  const cache = new Map<string, FileReport>();
  const load = async (id: string) => {
    let r = cache.get(id);
    if (!r) cache.set(id, (r = await loadFileReport(join(dir, 'txt', `${id}.txt`))));
    return r;
  };
  const similar = { sameStory: 0, total: 0 };
  const dissimilar = { sameStory: 0, total: 0 };
  const texts = new Map<string, string>();
  for (const id of new Set(pairs.flatMap((p) => [p.a, p.b]))) texts.set(id, await readFile(join(dir, 'txt', `${id}.txt`), 'utf8'));
  const cosine = tfidfCosine(texts);
  const scores = { parallax: { similar: [] as number[], dissimilar: [] as number[] }, tfidf: { similar: [] as number[], dissimilar: [] as number[] } };
  const byScore = new Map<number, { overall: number; total: number; sameStory: number; related: number }>();
  for (const pair of pairs) {
    const reports = [await load(pair.a), await load(pair.b)];
    const out = compareReports(reports);
    const relation = out.links[0]?.relation ?? null;
    const row = byScore.get(pair.overall) ?? { overall: pair.overall, total: 0, sameStory: 0, related: 0 };
    row.total++;
    if (relation === 'same_story') row.sameStory++;
    if (relation === 'related') row.related++;
    byScore.set(pair.overall, row);
    const side = pair.overall <= 1.5 ? 'similar' : pair.overall >= 3.5 ? 'dissimilar' : null;
    if (!side) continue;
    const bucket = side === 'similar' ? similar : dissimilar;
    bucket.total++;
    if (relation === 'same_story') bucket.sameStory++;
    // The score compare gives the pair (scoreAllPairs on the two alone), whatever the relation.
    const inputs = reports.map((r) => ({ keys: r.keys.map((k) => k.key), publishedAt: r.publishedAt, lang: r.lang }));
    scores.parallax[side].push(scoreAllPairs(inputs)[0]?.pair.score ?? 0);
    scores.tfidf[side].push(cosine(pair.a, pair.b));
  }
  return {
    similar,
    dissimilar,
    byScore: [...byScore.values()].sort((x, y) => x.overall - y.overall),
    separation: {
      parallax: separation(scores.parallax.similar, scores.parallax.dissimilar),
      tfidf: separation(scores.tfidf.similar, scores.tfidf.dissimilar),
    },
  };
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : '-';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const format: MlcrisisFormat = !args.includes('--txt') ? 'html' : args.includes('--undated') ? 'undated' : 'txt';
  const verbose = args.includes('--verbose');
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/realnews');
  await loadConceptLexicons();
  const out = process.stdout;
  const started = performance.now();
  const m = await evaluateMlcrisis(join(dir, 'mlcrisis'), format);
  out.write(`mlcrisis (${format}): ${m.reports} reports, ${m.queries} with a same-story report in another language\n`);
  out.write(
    `  recall@1 ${m.recallAt1.toFixed(3)}  recall@7 ${m.recallAt7.toFixed(3)}  MRR ${m.meanReciprocalRank.toFixed(3)}` +
      `  same_story precision ${m.sameStory.precision.toFixed(3)} (${m.sameStory.judgedPos} right, ${m.sameStory.judgedNeg} wrong)\n`,
  );
  for (const [topic, x] of Object.entries(m.byTopic)) {
    out.write(`  ${topic}: ${x.queries} queries, recall@7 ${x.recallAt7.toFixed(3)}  MRR ${x.meanReciprocalRank.toFixed(3)}\n`);
  }
  if (verbose) {
    for (const x of m.misses) out.write(`  not found: ${x}\n`);
    for (const x of m.wrongLinks) out.write(`  wrong same_story: ${x}\n`);
  }
  const s = await evaluateSemeval(join(dir, 'semeval-es'));
  out.write(
    `semeval-es: pairs scored 1-1.5 called same_story ${pct(s.similar.sameStory, s.similar.total)} (${s.similar.sameStory}/${s.similar.total});` +
      ` pairs scored 3.5-4 called same_story ${pct(s.dissimilar.sameStory, s.dissimilar.total)} (${s.dissimilar.sameStory}/${s.dissimilar.total})\n`,
  );
  for (const r of s.byScore) {
    out.write(`  overall ${r.overall}: ${r.total} pairs, same_story ${pct(r.sameStory, r.total)}, related ${pct(r.related, r.total)}\n`);
  }
  for (const [name, x] of [['Parallax pair score', s.separation.parallax], ['reference: tf-idf cosine of stems, idf from the whole set', s.separation.tfidf]] as const) {
    out.write(
      `  separation, ${name}: AUC ${x.auc.toFixed(3)}; very similar found with <= 2% of very dissimilar ${pct(x.recallAtTwoPercent, 1)};` +
        ` very dissimilar let in to find 80% ${pct(x.falseAtEightyPercent, 1)}\n`,
    );
  }
  out.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
