import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

describe('Firefox build', () => {
  it('passes web-ext lint with no errors, and no warnings beyond the libraries that set innerHTML', () => {
    if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) throw new Error('No Firefox build: run `npx wxt build -b firefox` first.');
    const out = execFileSync(resolve(ROOT, 'node_modules/.bin/web-ext'), ['lint', '-s', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    // Readability (content script and background), linkedom (background, parsing fetched pages) and Preact (extension
    // pages) assign innerHTML internally; our own code never does (tests/unit/conventions.test.ts checks the source).
    const ours = report.warnings.filter(
      (w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /^(content-scripts\/content|background|chunks\/[\w-]+)\.js$/.test(w.file ?? '')),
    );
    expect(ours).toEqual([]);
  });
});
