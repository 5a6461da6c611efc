import { readdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Command } from '../io.ts';
import { loadArticleFile } from '../load-article.ts';
import { extractFigures } from '../../lib/figures/extract-figures.ts';
import { findMatches, type Match } from '../../lib/match/find-matches.ts';
import { MemoryMatchIndex } from '../../lib/match/memory-index.ts';
import { describeReportKeys, type DescribedKey } from '../../lib/match/report-keys.ts';
import type { Article } from '../../lib/model/article.ts';
import type { Figure } from '../../lib/model/figure.ts';
import { isReadLanguage } from '../../lib/model/language.ts';
import { takeLangOption, type LangOption } from '../lang-option.ts';

/** A file read as a report: what matching needs, and what the output shows. */
export interface FileReport {
  file: string;
  lang: string;
  title: string;
  publishedAt: number | null;
  figures: Figure[];
  keys: DescribedKey[];
}

const READABLE = new Set(['.txt', '.html', '.htm']);

function figuresOf(text: string, lang: string, published: string | null): Figure[] {
  if (!isReadLanguage(lang)) return [];
  try {
    return extractFigures(text, lang, { published });
  } catch {
    // Matching stands on names and dates alone; a failing figure reader must not take it down.
    return [];
  }
}

/** Reads a .txt or .html file and computes its match keys, as the extension does when a report is added. */
export async function loadFileReport(file: string, lang: LangOption = 'auto'): Promise<FileReport> {
  return fileReport(file, await loadArticleFile(file, lang));
}

/** A file's report as the match index holds it, under `id`. */
export function indexEntry(id: number, report: FileReport) {
  return { id, keys: report.keys.map((k) => k.key), lang: report.lang, publishedAt: report.publishedAt };
}

/** A file's article with its figures and match keys. */
export function fileReport(file: string, article: Article): FileReport {
  const figures = figuresOf(article.text, article.lang, article.publishedTime);
  const t = article.publishedTime ? Date.parse(article.publishedTime) : NaN;
  return {
    file,
    lang: article.lang,
    title: article.title,
    publishedAt: Number.isNaN(t) ? null : t,
    figures,
    keys: describeReportKeys({ ...article, figures }),
  };
}

/** One line per shared key, for people: "Bolshesoldatsky, 14.000, tháng 8/2024". */
export function sharedText(match: Pick<Match, 'shared'>, max = 8): string {
  return match.shared.slice(0, max).map((s) => s.label).join(', ');
}

/** A report's matches in a corpus, best first, as `parallax match` lists them. */
export function matchReport(index: MemoryMatchIndex, report: FileReport, limit = DEFAULT_LIMIT): Promise<Match[]> {
  return findMatches(
    {
      keys: report.keys.map((k) => k.key),
      publishedAt: report.publishedAt,
      lang: report.lang,
      labels: new Map(report.keys.map((k) => [k.key, k.label])),
    },
    index,
    { limit },
  );
}

const DEFAULT_LIMIT = 20;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * `parallax match --corpus DIR [--json] [--limit N] [--lang L] QUERY...`: each query's same-story and related reports
 * in DIR, the query's own file left out. `--lang` sets the queries' language (the corpus files' languages are detected).
 */
export const matchCommand: Command = async (allArgs, io) => {
  const langOption = takeLangOption(allArgs);
  if ('error' in langOption) {
    io.stderr.write(`parallax match: ${langOption.error}\n`);
    return 2;
  }
  const { lang, rest: args } = langOption;
  const json = args.includes('--json');
  const corpusDir = option(args, '--corpus');
  const limitText = option(args, '--limit');
  const limit = limitText ? Number(limitText) : DEFAULT_LIMIT;
  const queries = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--corpus' && args[i - 1] !== '--limit');
  if (!corpusDir || !queries.length || !Number.isInteger(limit) || limit < 1) {
    io.stderr.write('parallax match: usage: parallax match --corpus DIR [--json] [--limit N] [--lang L] QUERY...\n');
    return 2;
  }
  const entries = await readdir(corpusDir, { withFileTypes: true }).catch(() => null);
  if (!entries) {
    io.stderr.write(`parallax match: ${corpusDir}: no such directory\n`);
    return 2;
  }
  const files = entries
    .filter((e) => e.isFile() && READABLE.has(extname(e.name).toLowerCase()))
    .map((e) => join(corpusDir, e.name))
    .sort();
  const corpus: FileReport[] = [];
  const index = new MemoryMatchIndex();
  // A query that is itself in the corpus is kept out of its own matches only: the other queries still meet it.
  const corpusIds = new Map<string, number>();
  let failed = 0;
  for (const file of files) {
    try {
      const report = await loadFileReport(file);
      index.add(indexEntry(corpus.length, report));
      corpusIds.set(resolve(file), corpus.length);
      corpus.push(report);
    } catch (error) {
      io.stderr.write(`parallax match: skipped ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  for (const query of queries) {
    let report: FileReport;
    try {
      report = await loadFileReport(query, lang);
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      if (json) io.stdout.write(JSON.stringify({ query, error: message }) + '\n');
      io.stderr.write(`parallax match: ${message}\n`);
      continue;
    }
    const own = corpusIds.get(resolve(query));
    if (own !== undefined) index.remove(own);
    let matches: Match[];
    try {
      matches = await matchReport(index, report, limit);
    } finally {
      if (own !== undefined) index.add(indexEntry(own, corpus[own]!));
    }
    const rows = matches.map((m) => ({
      file: corpus[m.id]?.file ?? '',
      lang: m.lang,
      score: m.score,
      relation: m.relation,
      wireCopy: m.wireCopy,
      shared: m.shared.slice(0, 12).map((s) => s.label),
    }));
    if (json) {
      io.stdout.write(JSON.stringify({ query, matches: rows }) + '\n');
    } else {
      io.stdout.write(`${query} (${report.lang}) ${report.title}\n`);
      const others = corpus.length - (own === undefined ? 0 : 1);
      if (!matches.length) io.stdout.write(`  no report of the same story or a related one among ${others}\n`);
      matches.forEach((m, i) => {
        const copy = m.wireCopy ? ', wire copy' : '';
        io.stdout.write(`  ${m.relation === 'same_story' ? 'same story' : 'related   '} ${m.score.toFixed(2)}  ${rows[i]?.file} (${m.lang}${copy})\n`);
        io.stdout.write(`      shared: ${sharedText(m)}\n`);
      });
    }
  }
  return failed ? 1 : 0;
};
