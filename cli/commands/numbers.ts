import { createInterface } from 'node:readline';
import type { Command } from '../io.ts';
import { readNumbers } from '../../lib/numbers/read-numbers.ts';
import { numberItem } from '../../lib/numbers/number-item.ts';
import { READ_LANGUAGES } from '../../lib/model/language.ts';
import { takeLangOption } from '../lang-option.ts';

/**
 * `parallax numbers --lang L`: one JSON array of numbers per line of stdin, each with its kind (number, percent,
 * money, range, ordinal), the ends of a range, comparison ("more than 30": low only) or vague amount, unit, ISO
 * currency and whether it is a figure.
 */
export const numbersCommand: Command = async (args, io) => {
  const option = takeLangOption(args, null);
  if ('error' in option || option.lang === 'auto') {
    io.stderr.write(`parallax numbers: --lang must be one of ${READ_LANGUAGES.join(', ')}\n`);
    return 2;
  }
  const { lang } = option;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    io.stdout.write(JSON.stringify(readNumbers(line, lang, { openRanges: true }).map(numberItem)) + '\n');
  }
  return 0;
};
