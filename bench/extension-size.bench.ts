import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { EXTENSION_DIR } from '../tests/e2e/helpers/extension.ts';
import type { BenchRow } from './types.ts';
import { CONCEPT_LANGUAGES } from '../lib/lang/concept-languages.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The built extension's size as a store's zip of .output/chrome-mv3 holds it: each file deflated at level 9, plus
 * the zip's local and central headers (30 + 46 bytes and the name twice) and its end record (22 bytes).
 */
export async function benchExtensionSize(): Promise<BenchRow[]> {
  let zipped = 22;
  let unpacked = 0;
  let concepts = 0;
  for (const file of filesUnder(EXTENSION_DIR)) {
    const data = readFileSync(file);
    const name = Buffer.byteLength(relative(EXTENSION_DIR, file));
    const size = Math.min(data.length, deflateRawSync(data, { level: 9 }).length) + 76 + 2 * name;
    zipped += size;
    unpacked += data.length;
    if (relative(EXTENSION_DIR, file).startsWith('concepts/')) concepts += size;
  }
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return [
    { area: 'extension', measure: `zipped size of .output/chrome-mv3 (of it, the ${CONCEPT_LANGUAGES.length} concept lexicons) / unpacked`, value: `${mb(zipped)} MB (${mb(concepts)} MB) / ${mb(unpacked)} MB`, target: 'zipped ≤ 25 MB' },
  ];
}
