import { createInterface } from 'node:readline';
import type { Command } from '../io.ts';
import { readNumbers } from '../../lib/numbers/read-numbers.ts';
import { isReadLanguage } from '../../lib/model/language.ts';

/** `parallax numbers --lang L`: one JSON array of numbers per line of stdin. */
export const numbersCommand: Command = async (args, io) => {
  const i = args.indexOf('--lang');
  const lang = i >= 0 ? args[i + 1] : undefined;
  if (!lang || !isReadLanguage(lang)) {
    io.stderr.write('parallax numbers: --lang must be one of vi, zh, pt, en, es, fr, de, ru\n');
    return 2;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const found = readNumbers(line, lang).map((n) => ({ text: n.text, start: n.start, end: n.end, value: n.value }));
    io.stdout.write(JSON.stringify(found) + '\n');
  }
  return 0;
};
