import type { Command } from '../io.ts';
import { catalogFeeds, isCatalogLanguage } from '../../lib/catalog/catalog.ts';
import { CATALOG_LANGUAGES } from '../../lib/model/catalog-feed.ts';

/** `parallax catalog [--lang L] [--json]`: the feed catalogue, one feed a line (JSON objects with --json). */
export const catalogCommand: Command = async (args, io) => {
  let lang: string | null = null;
  let json = false;
  let bad = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') json = true;
    else if (args[i] === '--lang') lang = args[++i] ?? '';
    else bad = true;
  }
  if (bad || (lang !== null && !isCatalogLanguage(lang))) {
    io.stderr.write(`parallax catalog: usage: parallax catalog [--lang ${CATALOG_LANGUAGES.join('|')}] [--json]\n`);
    return 2;
  }
  for (const f of catalogFeeds(lang)) {
    const row = { outlet: f.outlet, url: f.url, lang: f.lang, country: f.country, topics: f.topics };
    io.stdout.write(json ? JSON.stringify(row) + '\n' : `${f.lang}\t${f.country}\t${f.outlet}\t${f.url}\n`);
  }
  return 0;
};
