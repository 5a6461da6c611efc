/**
 * Writes lib/lang/concept-ceilings.json: for each pair of languages with concept lexicons, the median share of a
 * text's concept weight that its translation keeps (../shared/peers/ntrex: one article in eight languages). It
 * measures the lexicons' reach and sense choices, so that concept overlap across two languages can be read on the
 * same scale as within one.
 * Usage: npx tsx scripts/concept-ceilings.ts [NTREX_DIR]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadFileReport } from '../cli/commands/match.ts';
import { loadConceptLexicons } from '../cli/concept-lexicons.ts';
import { keyKind, priorWeight } from '../lib/match/key-weights.ts';
import { LANGUAGE_MODULES } from '../lib/lang/registry.ts';

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? '../shared/peers/ntrex');
  await loadConceptLexicons();
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Array<{ file: string; doc: string; lang: string }>;
  const concepts = await Promise.all(
    manifest.map(async (e) => new Set((await loadFileReport(join(dir, e.file))).keys.map((k) => k.key).filter((k) => keyKind(k) === 'concept'))),
  );
  const byPair = new Map<string, number[]>();
  for (let i = 0; i < manifest.length; i++) {
    for (let j = i + 1; j < manifest.length; j++) {
      const a = manifest[i];
      const b = manifest[j];
      const ca = concepts[i];
      const cb = concepts[j];
      if (!a || !b || !ca?.size || !cb?.size || a.doc !== b.doc || a.lang === b.lang) continue;
      let shared = 0;
      let normA = 0;
      let normB = 0;
      for (const k of ca) {
        normA += priorWeight(k);
        if (cb.has(k)) shared += priorWeight(k);
      }
      for (const k of cb) normB += priorWeight(k);
      const pair = [a.lang, b.lang].sort().join('-');
      byPair.set(pair, [...(byPair.get(pair) ?? []), shared / Math.sqrt(normA * normB)]);
    }
  }
  const pairs: Record<string, number> = {};
  for (const [pair, values] of [...byPair].sort()) {
    values.sort((x, y) => x - y);
    pairs[pair] = Math.round((values[Math.floor(values.length / 2)] ?? 0) * 1000) / 1000;
  }
  // Pairs NTREX does not have (Italian): the median of the pairs whose two lexicons come, as Italian's does, from
  // European wordnets (those read from Wiktionary keep less; Chinese and the European languages keep far less).
  const wordnets = new Set<string>(LANGUAGE_MODULES.filter((m) => m.words?.source === 'wordnet' && m.code !== 'zh').map((m) => m.code));
  const european = Object.entries(pairs).filter(([p]) => p.split('-').every((l) => wordnets.has(l))).map(([, v]) => v);
  european.sort((x, y) => x - y);
  const fallback = european[Math.floor(european.length / 2)] ?? 0.15;
  const out = { source: 'NTREX translations, median per pair', default: fallback, pairs };
  await writeFile('lib/lang/concept-ceilings.json', JSON.stringify(out, null, 1) + '\n');
  process.stdout.write(JSON.stringify(out) + '\n');
}

await main();
