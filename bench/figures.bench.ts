import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConceptLexicons } from '../cli/concept-lexicons.ts';
import { analyzeArticle } from '../lib/analysis/analyze-article.ts';
import { articleFromText } from '../lib/extract/text-article.ts';
import { keyKind } from '../lib/match/key-weights.ts';
import { extractFigures } from '../lib/figures/extract-figures.ts';
import { type ReadLanguage, isReadLanguage } from '../lib/model/language.ts';
import { CONCEPT_LANGUAGES } from '../lib/lang/concept-languages.ts';

const SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const NTREX = fileURLToPath(new URL('../../shared/peers/ntrex/', import.meta.url));
const ARTICLE_CHARS = 5 * 1024;
const ROUNDS = 20;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function fiveKb(body: string): string {
  let text = body;
  while (text.length < ARTICLE_CHARS) text += `\n\n${body}`;
  return text.slice(0, ARTICLE_CHARS);
}

/** The seed reports and the NTREX articles (eight languages), each repeated or cut to 5 KB. */
function articles(): { lang: ReadLanguage; text: string; published: string | null }[] {
  if (!existsSync(SEEDS)) throw new Error(`seed texts not found at ${SEEDS} (expected ../shared/seeds)`);
  if (!existsSync(NTREX)) throw new Error(`NTREX articles not found at ${NTREX} (expected ../shared/peers/ntrex)`);
  const out: { lang: ReadLanguage; text: string; published: string | null }[] = [];
  const gold = JSON.parse(readFileSync(`${SEEDS}gold.json`, 'utf8')) as { reports: Record<string, { file: string; lang: string; published: string | null }> };
  for (const r of Object.values(gold.reports)) {
    if (isReadLanguage(r.lang)) out.push({ lang: r.lang, text: fiveKb(readFileSync(`${SEEDS}${r.file}`, 'utf8')), published: r.published });
  }
  const manifest = JSON.parse(readFileSync(`${NTREX}manifest.json`, 'utf8')) as { file: string; lang: string }[];
  for (const m of manifest) {
    if (isReadLanguage(m.lang)) out.push({ lang: m.lang, text: fiveKb(readFileSync(`${NTREX}${m.file}`, 'utf8')), published: '2018-10-01' });
  }
  return out;
}

/**
 * Figure extraction speed in Node (number reading included) on 5 KB articles in eight languages: median and p95
 * time per article, figures found per second, and the slowest language's median. Target: under 5 ms per article.
 */
export async function benchFigures(): Promise<{ name: string; value: string }[]> {
  const docs = articles();
  // Warm up the phrase indexes and the JIT.
  for (let i = 0; i < 3; i++) for (const d of docs) extractFigures(d.text, d.lang, { published: d.published });
  const times: number[] = [];
  const perLang = new Map<ReadLanguage, number[]>();
  let figures = 0;
  let total = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const d of docs) {
      const t0 = performance.now();
      figures += extractFigures(d.text, d.lang, { published: d.published }).length;
      const ms = performance.now() - t0;
      times.push(ms);
      total += ms;
      const list = perLang.get(d.lang) ?? [];
      list.push(ms);
      perLang.set(d.lang, list);
    }
  }
  times.sort((a, b) => a - b);
  let slowest: [string, number] = ['', 0];
  for (const [lang, list] of perLang) {
    list.sort((a, b) => a - b);
    const median = quantile(list, 0.5);
    if (median > slowest[1]) slowest = [lang, median];
  }
  return [
    ...figureRows(times, slowest, figures, total),
    { name: 'figures: articles', value: `${docs.length} × ${ROUNDS} rounds` },
    ...(await analysisRows(docs)),
  ];
}

function figureRows(times: number[], slowest: [string, number], figures: number, total: number): { name: string; value: string }[] {
  return [
    { name: 'figures: one 5 KB article, median (target < 5 ms)', value: `${quantile(times, 0.5).toFixed(2)} ms` },
    { name: 'figures: one 5 KB article, p95', value: `${quantile(times, 0.95).toFixed(2)} ms` },
    { name: `figures: slowest language median (${slowest[0]})`, value: `${slowest[1].toFixed(2)} ms` },
    { name: 'figures: figures found per second', value: `${Math.round((figures / total) * 1000)}` },
  ];
}

/**
 * The whole analysis the extension runs on a page (language, figures, keys with concept keys), with every concept
 * lexicon installed as the CLI installs them: median and p95 per 5 KB article, and concept keys per article.
 */
async function analysisRows(docs: ReturnType<typeof articles>): Promise<{ name: string; value: string }[]> {
  await loadConceptLexicons();
  const inputs = docs.map((d) => articleFromText(d.text, { title: '', url: 'https://bench.example/a', publishedTime: d.published, langHint: d.lang }));
  for (let i = 0; i < 3; i++) for (const a of inputs) analyzeArticle(a);
  const times: number[] = [];
  const concepts = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const a of inputs) {
      const t0 = performance.now();
      const report = analyzeArticle(a);
      times.push(performance.now() - t0);
      if (round === 0) {
        const list = concepts.get(report.lang) ?? [];
        list.push(report.keys.filter((k) => keyKind(k) === 'concept').length);
        concepts.set(report.lang, list);
      }
    }
  }
  times.sort((a, b) => a - b);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const perLang = [...concepts].filter(([, xs]) => mean(xs) > 0).map(([lang, xs]) => `${lang} ${mean(xs).toFixed(0)}`).join(', ');
  return [
    { name: `analysis (language, figures, keys with concept keys; ${CONCEPT_LANGUAGES.length} lexicons installed): one 5 KB article, median (target < 5 ms)`, value: `${quantile(times, 0.5).toFixed(2)} ms` },
    { name: 'analysis: one 5 KB article, p95', value: `${quantile(times, 0.95).toFixed(2)} ms` },
    { name: 'analysis: concept keys per article, by language (of at most 100)', value: perLang },
  ];
}
