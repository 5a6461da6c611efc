// `npm run bench`: measures speed and memory goals and prints one table. Not a test: nothing here fails a build.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchRow } from './types.ts';

type Bench = () => Promise<BenchRow[] | { name: string; value: string }[]>;

/** Each bench module and the function it exports; a missing one is reported, not fatal. */
const BENCHES: Array<[file: string, fn: string, area: string]> = [
  ['numbers.bench.ts', 'benchNumbers', 'numbers'],
  ['figures.bench.ts', 'benchFigures', 'figures'],
  ['match.bench.ts', 'benchMatchNode', 'matching (Node)'],
  ['match-idb.bench.ts', 'benchMatchIndexedDb', 'matching (Chromium IndexedDB)'],
  ['import.bench.ts', 'benchImport', 'import'],
  ['content-cost.bench.ts', 'benchContentCost', 'content script'],
  ['reliability.bench.ts', 'benchReliability', 'reliability'],
  ['extension-size.bench.ts', 'benchExtensionSize', 'extension'],
];

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [file, fn, area] of BENCHES) {
  if (only.length && !only.some((o) => file.startsWith(o))) continue;
  const path = resolve(import.meta.dirname, file);
  if (!existsSync(path)) {
    rows.push({ area, measure: '(not measured: no bench yet)', value: '', target: '' });
    continue;
  }
  process.stderr.write(`bench: ${file}…\n`);
  try {
    const mod = (await import(path)) as Record<string, Bench>;
    const out = await mod[fn]!();
    for (const r of out) rows.push('area' in r ? r : { area, measure: r.name, value: r.value, target: '' });
  } catch (error) {
    rows.push({ area, measure: `failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200), value: '', target: '' });
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|');
console.log('| area | measure | value | target |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${cell(r.area)} | ${cell(r.measure)} | ${cell(r.value)} | ${cell(r.target)} |`);
