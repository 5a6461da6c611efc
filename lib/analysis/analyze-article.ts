import type { Article } from '../model/article.ts';
import { isReadLanguage } from '../model/language.ts';
import type { ReportInput } from '../model/report.ts';
import { extractFigures } from '../figures/extract-figures.ts';
import { type DescribedKey, describeReportKeys } from '../match/report-keys.ts';
import { textHash } from '../util/hash.ts';
import { detectLanguage } from '../lang/detect-language.ts';
import { documentDecimalMark } from '../numbers/decimal-mark.ts';

/** Bump when figures or keys change meaning, so stored reports can be re-analysed. */
export const ANALYSIS_VERSION = 3;

function epoch(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** Everything Parallax derives from an article, ready to store: figures, match keys, identity. */
export function analyzeArticle(input: Article): ReportInput {
  return analyze(input).report;
}

/** The analysis, plus how the article writes each of its keys (to show the reader why reports matched). */
export function analyzePage(input: Article): { report: ReportInput; keyLabels: Map<string, string> } {
  const { report, described } = analyze(input);
  return { report, keyLabels: new Map(described.map((k) => [k.key, k.label])) };
}

/** The analysis and the described keys: the labels' map is built only for those who show them (analyzePage). */
function analyze(input: Article): { report: ReportInput; described: DescribedKey[] } {
  // Language from the text itself, whoever extracted it; the stated language is only a hint.
  const article = { ...input, lang: detectLanguage(input.text, input.lang === 'und' ? null : input.lang) };
  const hash = textHash(article.text);
  // Read once for figures and number keys alike.
  const decimalMark = documentDecimalMark(article.text);
  const figures = isReadLanguage(article.lang)
    ? extractFigures(article.text, article.lang, { published: article.publishedTime, decimalMark })
    : [];
  const described = describeReportKeys({
    title: article.title,
    text: article.text,
    lang: article.lang,
    publishedTime: article.publishedTime,
    figures,
    decimalMark,
  });
  const keys = described.map((k) => k.key);
  const report: ReportInput = {
    url: article.url || `text:${hash}`,
    contentHash: hash,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    publishedTime: article.publishedTime,
    publishedAt: epoch(article.publishedTime),
    text: article.text,
    excerpt: article.excerpt,
    figures,
    keys,
    analysisVersion: ANALYSIS_VERSION,
  };
  return { report, described };
}
