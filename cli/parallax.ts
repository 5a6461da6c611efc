import type { CliIo, Command } from './io.ts';
import { loadConceptLexicons } from './concept-lexicons.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { catalogCommand } from './commands/catalog.ts';
import { compareCommand } from './commands/compare.ts';
import { matchCommand } from './commands/match.ts';
import { numbersCommand } from './commands/numbers.ts';

const USAGE = `parallax: cross-reference news reports across languages

Usage:
  parallax analyze FILE... [--json] [--lang L]
                                           language, title and figures of each .txt or .html file
  parallax numbers --lang L                the numbers in each line of stdin, as JSON arrays of items: text,
                                           start, end, value, kind (number, percent, money, range, ordinal),
                                           low and high, unit ("km", "percent"; "times" for a multiplier such
                                           as "three times": value 3), currency (ISO), figure; a share such as
                                           "one in four" is a number (0.25)
  parallax compare FILE... [--json] [--lang L]
                                           which of the files tell the same story, which a related one
  parallax match --corpus DIR [--json] [--lang L] QUERY...
                                           reports in DIR of the same story as each QUERY file
  parallax catalog [--lang L] [--json]     the catalogue of public news feeds (one JSON object per feed)

  --lang L: for analyze, compare and match, the language of the files (vi, zh, pt, en, es, fr, de, ru),
            or auto (the default: detected)
`;

const COMMANDS: Record<string, Command> = {
  analyze: analyzeCommand,
  numbers: numbersCommand,
  compare: compareCommand,
  match: matchCommand,
  catalog: catalogCommand,
};

/** Commands that key reports for matching. */
const KEYED = new Set(['analyze', 'compare', 'match']);

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`parallax: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    // Reports are keyed as the extension keys them: ordinary words through every language's concept lexicon.
    if (KEYED.has(name)) await loadConceptLexicons();
    return await command(rest, io);
  } catch (error) {
    io.stderr.write(`parallax ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
