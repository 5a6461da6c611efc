/**
 * Prints how the number reader scores on the peers' suites, as a markdown table:
 *   npx tsx scripts/peers-numbers.ts            the table
 *   npx tsx scripts/peers-numbers.ts --failures  the table, then every failing case
 *   npx tsx scripts/peers-numbers.ts --half dev   only the cases of one half (dev or held, by a hash of the input)
 * What counts as a pass is defined in scripts/peers-numbers-eval.ts. Throws when ../shared/peers is missing.
 */
import { scoreAll, type Half } from './peers-numbers-eval.ts';

const h = process.argv.indexOf('--half');
const half = h >= 0 ? process.argv[h + 1] : undefined;
if (half !== undefined && half !== 'dev' && half !== 'held') throw new Error('--half must be dev or held');
const scores = scoreAll(half as Half | undefined);
const lines = ['| file | cases | passed | pass rate |', '|---|---:|---:|---:|'];
for (const s of scores) lines.push(`| ${s.file} | ${s.cases} | ${s.passed} | ${((100 * s.passed) / s.cases).toFixed(1)}% |`);
const cases = scores.reduce((n, s) => n + s.cases, 0);
const passed = scores.reduce((n, s) => n + s.passed, 0);
lines.push(`| **all** | ${cases} | ${passed} | ${((100 * passed) / cases).toFixed(1)}% |`);
process.stdout.write(lines.join('\n') + '\n');
if (process.argv.includes('--failures')) {
  const only = process.argv[process.argv.indexOf('--failures') + 1];
  for (const s of scores) {
    if (only && !only.startsWith('--') && !s.file.includes(only)) continue;
    for (const f of s.failures) process.stdout.write(`\n${s.file}\n  input:    ${JSON.stringify(f.input)}\n  expected: ${f.expected}\n  got:      ${f.got}\n`);
  }
}
