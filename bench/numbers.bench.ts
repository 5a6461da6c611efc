import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readNumbers } from '../lib/numbers/read-numbers.ts';
import type { ReadLanguage } from '../lib/model/language.ts';

const SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const ARTICLE_CHARS = 5 * 1024;
const ROUNDS = 40;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** The seed reports, each repeated or cut to 5 KB (UTF-16 characters), with their languages. */
function articles(): { lang: ReadLanguage; text: string }[] {
  if (!existsSync(SEEDS)) throw new Error(`seed texts not found at ${SEEDS} (expected ../shared/seeds)`);
  const gold = JSON.parse(readFileSync(`${SEEDS}gold.json`, 'utf8')) as { reports: Record<string, { file: string; lang: ReadLanguage }> };
  return Object.values(gold.reports).map((r) => {
    const body = readFileSync(`${SEEDS}${r.file}`, 'utf8');
    let text = body;
    while (text.length < ARTICLE_CHARS) text += `\n${body}`;
    return { lang: r.lang, text: text.slice(0, ARTICLE_CHARS) };
  });
}

/**
 * Number reader speed in Node on the seed reports cut to 5 KB articles (Vietnamese, Chinese, Portuguese,
 * English): median and p95 time per article over 40 rounds, and numbers read per second.
 */
export async function benchNumbers(): Promise<{ name: string; value: string }[]> {
  const docs = articles();
  // Warm up the language tables and the JIT.
  for (let i = 0; i < 10; i++) for (const d of docs) readNumbers(d.text, d.lang);
  const times: number[] = [];
  let numbers = 0;
  let total = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const d of docs) {
      const t0 = performance.now();
      numbers += readNumbers(d.text, d.lang).length;
      const ms = performance.now() - t0;
      times.push(ms);
      total += ms;
    }
  }
  times.sort((a, b) => a - b);
  return [
    { name: 'numbers: read one 5 KB article, median', value: `${quantile(times, 0.5).toFixed(2)} ms` },
    { name: 'numbers: read one 5 KB article, p95', value: `${quantile(times, 0.95).toFixed(2)} ms` },
    { name: 'numbers: numbers read per second', value: `${Math.round((numbers / total) * 1000)}` },
    { name: 'numbers: characters read per second', value: `${Math.round(((docs.length * ROUNDS * ARTICLE_CHARS) / total) * 1000)}` },
  ];
}
