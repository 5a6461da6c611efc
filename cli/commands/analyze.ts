import type { Command } from '../io.ts';
import { loadArticleFile } from '../load-article.ts';
import { isReadLanguage } from '../../lib/model/language.ts';
import { extractFigures } from '../../lib/figures/extract-figures.ts';
import type { Figure } from '../../lib/model/figure.ts';
import { takeLangOption } from '../lang-option.ts';

function figureJson(f: Figure) {
  return {
    quote: f.quote,
    start: f.start,
    end: f.end,
    value: f.value,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    unit: f.unit,
    concept: f.concept,
    subject: f.subject,
    attribution: f.attribution,
    asOf: f.asOf,
  };
}

/**
 * `parallax analyze FILE... [--json] [--lang L]`: language, title and figures of each file. `--lang` sets the
 * language when it is known (auto, the default, detects it: a sentence alone is often too short for that).
 */
export const analyzeCommand: Command = async (allArgs, io) => {
  const langOption = takeLangOption(allArgs);
  if ('error' in langOption) {
    io.stderr.write(`parallax analyze: ${langOption.error}\n`);
    return 2;
  }
  const { lang, rest: args } = langOption;
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    io.stderr.write('parallax analyze: give one or more .txt or .html files\n');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const article = await loadArticleFile(file, lang);
      const figures = isReadLanguage(article.lang)
        ? extractFigures(article.text, article.lang, { published: article.publishedTime })
        : [];
      if (json) {
        io.stdout.write(
          JSON.stringify({ file, lang: article.lang, title: article.title, figures: figures.map(figureJson) }) + '\n',
        );
      } else {
        io.stdout.write(`${file}\n  language: ${article.lang}\n  title: ${article.title}\n  figures: ${figures.length}\n`);
        for (const f of figures) {
          const who = f.attribution ? ` (${f.attribution})` : '';
          io.stdout.write(`    ${f.quote}  [${f.concept} ${f.qualifier} ${f.value}]${who}\n`);
        }
      }
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      if (json) io.stdout.write(JSON.stringify({ file, error: message }) + '\n');
      io.stderr.write(`parallax analyze: ${message}\n`);
    }
  }
  return failed ? 1 : 0;
};
