/**
 * Adds a page to the extraction fixtures, with its expected article and metadata written beside it for review:
 *   npx tsx scripts/add-extraction-case.ts page.html category--slug
 * writes tests/fixtures/pages/category--slug.html, .expected.txt (the article's text) and .expected.json (the rest).
 * Refuses to replace a case; tests/unit/extract/extraction-fixtures.test.ts then holds extraction to the files.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../lib/extract/extract-article.ts';
import { parseHtml } from '../lib/extract/parse-html.ts';
import { detectLanguage } from '../lib/lang/detect-language.ts';

export const PAGES_DIR = resolve(import.meta.dirname, '../tests/fixtures/pages');

/** A case's name: what the page is, then which one (news--flood-da-nang-en, not-article--search-results). */
const CASE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What extraction makes of a fixture page: the article's text (null when it is none) and everything else. */
export function extractionOf(html: string, name: string): { text: string | null; metadata: Record<string, unknown> } {
  const result = extractArticle(parseHtml(html), { url: `http://127.0.0.1/fixtures/${name}`, detectLanguage });
  if (!result.ok) return { text: null, metadata: { ok: false, reason: result.reason } };
  const { text, ...metadata } = result.article;
  return { text, metadata: { ok: true, ...metadata } };
}

/** The expected files of a case: [path, content] for the article's text (when there is one) and the metadata. */
export function expectedFiles(dir: string, name: string, html: string): Array<[string, string]> {
  const { text, metadata } = extractionOf(html, name);
  const files: Array<[string, string]> = [[join(dir, `${name}.expected.json`), JSON.stringify(metadata, null, 2) + '\n']];
  if (text !== null) files.push([join(dir, `${name}.expected.txt`), text + '\n']);
  return files;
}

/** Copies a page in as a case and writes its expected files; returns the paths written. */
export function addExtractionCase(page: string, name: string, dir = PAGES_DIR): string[] {
  if (!CASE_NAME.test(name)) throw new Error(`"${name}" is not a case name: category--slug, lower case`);
  const target = join(dir, `${name}.html`);
  if (existsSync(target)) throw new Error(`${target} exists: a case is reviewed once, not replaced`);
  copyFileSync(page, target);
  const files = expectedFiles(dir, name, readFileSync(target, 'utf8'));
  for (const [path, content] of files) writeFileSync(path, content);
  return [target, ...files.map(([path]) => path)];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [page, name] = process.argv.slice(2);
  if (!page || !name) {
    process.stderr.write('usage: npx tsx scripts/add-extraction-case.ts page.html category--slug\n');
    process.exit(2);
  }
  for (const path of addExtractionCase(page, name)) process.stdout.write(`wrote ${path}\n`);
  process.stdout.write('Review the expected files before committing them.\n');
}
