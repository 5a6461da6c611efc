import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analysis/analyze-article.ts';
import type { ReportRecord } from '../../../lib/model/report.ts';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { parseHtml } from '../../../lib/extract/parse-html.ts';
import { reportLine } from '../../../lib/transfer/export-writer.ts';
import { RecordError, validateReportRecord } from '../../../lib/transfer/validate-record.ts';

const SITE = resolve(import.meta.dirname, '../../fixtures/site');
const PAGES = readdirSync(SITE).filter((f) => f.startsWith('news--'));

describe('validateReportRecord', () => {
  // Whatever fields the analysis gives a report or a figure, an export must carry them and an import keep them:
  // this fails when the figure model grows a field the import does not know yet.
  it.each(PAGES)('keeps the analysis of %s exactly, through an export line', (name) => {
    const result = extractArticle(parseHtml(readFileSync(resolve(SITE, name), 'utf8')), { url: `https://site.example/${name}`, force: true });
    if (!result.ok) throw new Error(result.message);
    const input = analyzeArticle(result.article);
    const record: ReportRecord = { ...input, addedAt: 1, updatedAt: 1, sourceId: null };
    const line = JSON.parse(reportLine(record, null)) as Record<string, unknown>;
    expect(validateReportRecord(line)).toEqual(input);
  });

  it('refuses fields of the wrong type, naming them', () => {
    const base = { url: 'https://a.example/', title: 't', byline: null, siteName: null, lang: 'en', publishedTime: null, text: 'Some text', excerpt: '', figures: [], keys: [], analysisVersion: 1 };
    expect(() => validateReportRecord({ ...base, title: 5 })).toThrow(RecordError);
    expect(() => validateReportRecord({ ...base, keys: [{}] })).toThrow(/key 0/);
    expect(() => validateReportRecord({ ...base, figures: [{ quote: 'x' }] })).toThrow(/figure 0/);
    expect(() => validateReportRecord({ ...base, url: 'data:text/html,x' })).toThrow(/http/);
    expect(validateReportRecord({ ...base, url: 'text:forged-hash' }).url).toMatch(/^text:[0-9a-f]{14}$/);
  });
});
