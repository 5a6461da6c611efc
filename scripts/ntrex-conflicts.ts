/**
 * False conflicts on translations: each NTREX document is one article in 8 languages, so its versions must show no
 * conflicting figures among themselves. Extracts figures from every version, compares them per document, and prints
 * the conflict and discrepancy groups per document and the rates.
 *
 *   npx tsx scripts/ntrex-conflicts.ts [--verbose] [--json]
 *
 * Reads ../shared/peers/ntrex by path (never copied); fails when it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareFigures } from '../lib/conflicts/compare-figures.ts';
import { describeGroup } from '../lib/conflicts/describe-group.ts';
import type { ComparedReport, FigureGroup } from '../lib/conflicts/types.ts';
import { extractFigures } from '../lib/figures/extract-figures.ts';
import { isReadLanguage } from '../lib/model/language.ts';

const NTREX = resolve(import.meta.dirname, '../../shared/peers/ntrex');

interface ManifestEntry {
  file: string;
  doc: string;
  lang: string;
}

interface DocResult {
  doc: string;
  versions: number;
  figures: number;
  groups: number;
  conflicts: number;
  discrepancies: number;
  flagged: FigureGroup[];
}

function loadManifest(): ManifestEntry[] {
  const path = resolve(NTREX, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: this script needs ../shared/peers/ntrex`);
  return JSON.parse(readFileSync(path, 'utf8')) as ManifestEntry[];
}

function compareDocument(doc: string, entries: ManifestEntry[]): DocResult {
  const reports: ComparedReport[] = entries.flatMap((e) => {
    if (!isReadLanguage(e.lang)) return [];
    const text = readFileSync(resolve(NTREX, e.file), 'utf8');
    return [
      {
        id: e.file,
        lang: e.lang,
        title: text.split('\n', 1)[0] ?? '',
        siteName: null,
        publishedTime: null,
        figures: extractFigures(text, e.lang),
      },
    ];
  });
  const groups = compareFigures(reports);
  const flagged = groups.filter((g) => g.verdict !== 'consistent');
  return {
    doc,
    versions: reports.length,
    figures: reports.reduce((n, r) => n + r.figures.length, 0),
    groups: groups.length,
    conflicts: groups.filter((g) => g.verdict === 'conflict').length,
    discrepancies: groups.filter((g) => g.verdict === 'discrepancy').length,
    flagged,
  };
}

function percent(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const json = argv.includes('--json');
  const byDoc = new Map<string, ManifestEntry[]>();
  for (const e of loadManifest()) byDoc.set(e.doc, [...(byDoc.get(e.doc) ?? []), e]);

  const started = performance.now();
  const results = [...byDoc].map(([doc, entries]) => compareDocument(doc, entries));
  const elapsed = performance.now() - started;

  const docs = results.length;
  const withConflict = results.filter((r) => r.conflicts > 0).length;
  const withAny = results.filter((r) => r.conflicts + r.discrepancies > 0).length;
  const groups = results.reduce((n, r) => n + r.groups, 0);
  const conflicts = results.reduce((n, r) => n + r.conflicts, 0);
  const discrepancies = results.reduce((n, r) => n + r.discrepancies, 0);
  const summary = {
    documents: docs,
    figures: results.reduce((n, r) => n + r.figures, 0),
    groups,
    conflictGroups: conflicts,
    discrepancyGroups: discrepancies,
    documentsWithConflict: withConflict,
    documentsWithConflictOrDiscrepancy: withAny,
    conflictRate: docs === 0 ? 0 : withConflict / docs,
    conflictOrDiscrepancyRate: docs === 0 ? 0 : withAny / docs,
    groupConflictRate: groups === 0 ? 0 : conflicts / groups,
    ms: Math.round(elapsed),
  };

  if (json) {
    const perDoc = results.map(({ flagged, ...r }) => ({
      ...r,
      flagged: flagged.map((g) => ({ concept: g.concept, verdict: g.verdict, summary: describeGroup(g).summary })),
    }));
    process.stdout.write(`${JSON.stringify({ summary, documents: perDoc }, null, 2)}\n`);
    return;
  }
  const out: string[] = ['doc\tversions\tfigures\tgroups\tconflict\tdiscrepancy'];
  for (const r of results) {
    out.push(`${r.doc}\t${r.versions}\t${r.figures}\t${r.groups}\t${r.conflicts}\t${r.discrepancies}`);
    if (verbose) {
      for (const g of r.flagged) {
        const d = describeGroup(g);
        out.push(`  ${d.verdict}: ${d.counted}: ${d.summary}`);
        for (const m of d.members) out.push(`    ${m}`);
      }
    }
  }
  out.push(
    '',
    `documents: ${docs}, figures: ${summary.figures}, groups: ${groups}`,
    `conflict groups: ${conflicts}, discrepancy groups: ${discrepancies}`,
    `documents with a conflict: ${withConflict}/${docs} (${percent(withConflict, docs)})`,
    `documents with a conflict or discrepancy: ${withAny}/${docs} (${percent(withAny, docs)})`,
    `groups that are conflicts: ${percent(conflicts, groups)}`,
    `extraction and comparison: ${summary.ms} ms`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv.slice(2));
