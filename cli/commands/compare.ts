import type { Command } from '../io.ts';
import { uniqueLabels } from '../../lib/match/find-matches.ts';
import { scoreAllPairs } from '../../lib/match/pairwise.ts';
import type { Relation } from '../../lib/match/score-pair.ts';
import { loadFileReport, type FileReport } from './match.ts';
import { takeLangOption } from '../lang-option.ts';
import { compareLinkedReports } from '../../lib/conflicts/compare-linked.ts';
import { describeGroup } from '../../lib/conflicts/describe-group.ts';
import type { Verdict } from '../../lib/conflicts/types.ts';
import type { Qualifier } from '../../lib/model/figure.ts';

export interface CompareLink {
  a: string;
  b: string;
  score: number;
  relation: Relation;
  wireCopy: boolean;
  /** What both reports state, as the first one writes it. */
  shared: string[];
}

/** Figures that linked reports state about the same thing, with a verdict (lib/conflicts/). */
export interface FigureGroupOutput {
  concept: string;
  verdict: Verdict;
  /** What is counted and the positions, in plain words. */
  label: string;
  summary: string;
  notes: string[];
  members: Array<{
    file: string;
    quote: string;
    value: number;
    low: number;
    high: number;
    qualifier: Qualifier;
    attribution: string | null;
    asOf: string | null;
  }>;
}

export interface CompareOutput {
  reports: Array<{ file: string; lang: string; title: string }>;
  links: CompareLink[];
  figureGroups: FigureGroupOutput[];
}

function figureGroupsOf(reports: readonly FileReport[], links: readonly CompareLink[]): FigureGroupOutput[] {
  const compared = reports.map((r) => ({
    id: r.file,
    lang: r.lang,
    title: r.title,
    siteName: null,
    publishedTime: r.publishedAt === null ? null : new Date(r.publishedAt).toISOString(),
    figures: r.figures,
  }));
  return compareLinkedReports(compared, links).map((g) => {
    const d = describeGroup(g);
    return {
      concept: g.concept,
      verdict: g.verdict,
      label: d.counted,
      summary: d.summary,
      notes: d.notes,
      members: g.members.map((m) => ({
        file: m.reportId,
        quote: m.quote,
        value: m.value,
        low: m.low,
        high: m.high,
        qualifier: m.qualifier,
        attribution: m.attribution,
        asOf: m.asOf,
      })),
    };
  });
}

/** The reports given and how each pair relates (unrelated pairs are left out). */
export function compareReports(reports: readonly FileReport[]): CompareOutput {
  const inputs = reports.map((r) => ({ keys: r.keys.map((k) => k.key), publishedAt: r.publishedAt, lang: r.lang }));
  const links: CompareLink[] = [];
  for (const { a, b, pair } of scoreAllPairs(inputs)) {
    const ra = reports[a];
    const rb = reports[b];
    if (!ra || !rb || !pair.relation) continue;
    const labels = new Map(ra.keys.map((k) => [k.key, k.label]));
    links.push({
      a: ra.file,
      b: rb.file,
      score: Math.round(pair.score * 1000) / 1000,
      relation: pair.relation,
      wireCopy: pair.wireCopy,
      shared: uniqueLabels(pair.shared.map((k) => ({ label: labels.get(k) ?? k })))
        .slice(0, 12)
        .map((s) => s.label),
    });
  }
  return {
    reports: reports.map((r) => ({ file: r.file, lang: r.lang, title: r.title })),
    links,
    figureGroups: figureGroupsOf(reports, links),
  };
}

/**
 * `parallax compare FILE... [--json] [--lang L]`: which of the files tell the same story, and which a related one.
 * `--lang` sets the language of every file (auto: each file's own, detected).
 */
export const compareCommand: Command = async (allArgs, io) => {
  const langOption = takeLangOption(allArgs);
  if ('error' in langOption) {
    io.stderr.write(`parallax compare: ${langOption.error}\n`);
    return 2;
  }
  const { lang, rest: args } = langOption;
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length < 2) {
    io.stderr.write('parallax compare: give two or more .txt or .html files\n');
    return 2;
  }
  const reports: FileReport[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      reports.push(await loadFileReport(file, lang));
    } catch (error) {
      failed++;
      io.stderr.write(`parallax compare: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  const output = compareReports(reports);
  if (json) {
    io.stdout.write(JSON.stringify(output) + '\n');
  } else {
    output.reports.forEach((r, i) => io.stdout.write(`[${i + 1}] ${r.file} (${r.lang}) ${r.title}\n`));
    if (!output.links.length) io.stdout.write('\nNo two of these reports tell the same story or a related one.\n');
    else io.stdout.write('\n');
    const number = new Map(output.reports.map((r, i) => [r.file, i + 1]));
    for (const link of output.links) {
      const what = link.relation === 'same_story' ? 'same story' : 'related';
      const copy = link.wireCopy ? ', wire copy' : '';
      io.stdout.write(`[${number.get(link.a)}] and [${number.get(link.b)}]: ${what} (${link.score.toFixed(2)}${copy})\n`);
      io.stdout.write(`    shared: ${link.shared.slice(0, 8).join(', ')}\n`);
    }
    const disputed = output.figureGroups.filter((g) => g.verdict !== 'consistent');
    if (disputed.length) io.stdout.write('\nFigures the reports disagree on:\n');
    for (const g of disputed) {
      io.stdout.write(`  ${g.verdict}: ${g.label}: ${g.summary}\n`);
      for (const m of g.members) io.stdout.write(`    [${number.get(m.file)}] ${JSON.stringify(m.quote)}${m.attribution ? ` (${m.attribution})` : ''}\n`);
      for (const note of g.notes) io.stdout.write(`    ${note}\n`);
    }
  }
  return failed ? 1 : 0;
};
