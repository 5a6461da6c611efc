import 'fake-indexeddb/auto';
import { CorpusDb } from '../../lib/db/corpus-db.ts';
import type { ReportInput } from '../../lib/model/report.ts';
import type { Figure } from '../../lib/model/figure.ts';
import { contentHash, normalizedForHash } from '../../lib/util/hash.ts';
import { ANALYSIS_VERSION } from '../../lib/analysis/analyze-article.ts';
import { keyStatsOf } from '../../lib/db/key-stats.ts';

let n = 0;

export async function freshDb(): Promise<CorpusDb> {
  const db = new CorpusDb(`transfer-${++n}-${Math.random()}`);
  await db.open();
  return db;
}

export async function dropDb(db: CorpusDb): Promise<void> {
  db.close();
  await db.delete();
}

const TEXTS = [
  'The port of Caldera reopened on Friday. About 1,200 containers were damaged, the harbour master said.',
  'O porto de Caldera reabriu na sexta-feira. Cerca de 1.300 contêineres foram danificados.',
  'Cảng Caldera đã mở cửa trở lại. Khoảng 1.100 container bị hư hại.',
  '卡尔德拉港重新开放。约1000个集装箱受损。',
];

/** A report as the analysis would hand it over, with a figure whose quote indexes its text. */
export function makeReport(i: number, over: Partial<ReportInput> = {}): ReportInput {
  const text = `${TEXTS[i % TEXTS.length]} (${i})`;
  const quote = text.match(/\d[\d.,]*/)![0];
  const start = text.indexOf(quote);
  const figure: Figure = {
    quote, start, end: start + quote.length, value: 1200, low: 1100, high: 1300, qualifier: 'about', qualifierText: 'about',
    unit: 'count', concept: 'containers_damaged', noun: 'containers', subject: null, event: 'damaged', attribution: null, asOf: null, of: null,
  };
  const hash = contentHash(normalizedForHash(text));
  return {
    url: i % 5 === 4 ? `text:${hash}` : `https://site${i % 3}.example/news/${i}`,
    contentHash: hash,
    title: `Report ${i}`,
    byline: i % 2 ? 'Mara Quill' : null,
    siteName: `site${i % 3}.example`,
    lang: ['en', 'pt', 'vi', 'zh'][i % 4]!,
    publishedTime: '2024-04-12T07:30:00.000Z',
    publishedAt: Date.parse('2024-04-12T07:30:00.000Z'),
    text,
    excerpt: text.slice(0, 40),
    figures: [figure],
    keys: [`n:caldera`, `v:${1200 + i}`],
    analysisVersion: ANALYSIS_VERSION,
    ...over,
  };
}

/** The corpus as compared across databases: no local ids or times. */
export async function corpusSnapshot(db: CorpusDb) {
  const sources = new Map((await db.sources.toArray()).map((s) => [s.id, `${s.kind}|${s.key}|${s.title}`]));
  const reports = (await db.reports.toArray())
    .map(({ id: _i, addedAt: _a, updatedAt: _u, sourceId, ...r }) => ({ ...r, source: sourceId === null ? null : sources.get(sourceId) ?? null }))
    .sort((a, b) => a.url.localeCompare(b.url));
  const keyStats = keyStatsOf(await db.keyBuckets.toArray()).sort((a, b) => a.key.localeCompare(b.key));
  return { reports, keyStats };
}

export async function text(pieces: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const p of pieces) out += p;
  return out;
}
