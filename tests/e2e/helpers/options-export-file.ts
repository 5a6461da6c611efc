import { ANALYSIS_VERSION } from '../../../lib/analysis/analyze-article.ts';
import type { ReportRecord } from '../../../lib/model/report.ts';
import type { SourceRecord } from '../../../lib/model/source.ts';
import type { Figure } from '../../../lib/model/figure.ts';
import { endLine, headerLine, reportLine, sourceLine } from '../../../lib/transfer/export-writer.ts';
import { contentHash, normalizedForHash } from '../../../lib/util/hash.ts';

const LEADS: Array<[lang: string, text: (i: number, n: string) => string]> = [
  ['en', (i, n) => `Report ${i}: the port of Caldera said ${n} containers were damaged by the storm on the eastern quay.`],
  ['pt', (i, n) => `Notícia ${i}: o porto de Caldera disse que ${n} contêineres foram danificados pela tempestade.`],
  ['vi', (i, n) => `Tin ${i}: cảng Caldera cho biết ${n} container bị hư hại do bão ở bến phía đông.`],
  ['fr', (i, n) => `Dépêche ${i} : le port de Caldera a indiqué que ${n} conteneurs ont été endommagés par la tempête.`],
];

/**
 * An export of `count` synthetic reports in four languages, each with a figure whose quote is in its text, written
 * with the project's own export writer: what a colleague's Parallax would hand over.
 */
export function syntheticExport(count: number, padding = 1500): string {
  const source: SourceRecord = { id: 7, kind: 'feed', key: 'https://wire.example/feed.xml', title: 'Wire', addedAt: 0 };
  const lines = [headerLine({ exportedAt: '2024-05-01T00:00:00.000Z', analysisVersion: ANALYSIS_VERSION, reports: count }), sourceLine(source)];
  const filler = ' The harbour master gave no further details.'.repeat(Math.ceil(padding / 44)).slice(0, padding);
  for (let i = 0; i < count; i++) {
    const [lang, lead] = LEADS[i % LEADS.length]!;
    const n = String(1000 + (i % 500));
    const text = `${lead(i, n)}\n\n${filler}`;
    const start = text.indexOf(n);
    const figure: Figure = {
      quote: n, start, end: start + n.length, value: Number(n), low: Number(n), high: Number(n), qualifier: 'exact', qualifierText: null,
      unit: 'count', concept: 'containers_damaged', noun: 'containers', subject: null, event: 'damaged', attribution: null, asOf: null, of: null,
    };
    const report: ReportRecord = {
      id: i + 1, url: `https://wire.example/${lang}/${i}`, contentHash: contentHash(normalizedForHash(text)), title: `Caldera ${lang} ${i}`,
      byline: null, siteName: 'wire.example', lang, publishedTime: '2024-04-12T07:30:00.000Z', publishedAt: Date.parse('2024-04-12T07:30:00.000Z'),
      addedAt: 0, updatedAt: 0, text, excerpt: text.slice(0, 100), figures: [figure], keys: ['n:caldera', `v:${n}`, `r:${i % 97}`],
      analysisVersion: ANALYSIS_VERSION, sourceId: 7,
    };
    lines.push(reportLine(report, 7));
  }
  lines.push(endLine(count));
  return lines.join('');
}
