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
  it('passes web-ext lint with no errors, and no warnings beyond the two libraries that set innerHTML', () => {
    if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) throw new Error('No Firefox build: run `npx wxt build -b firefox` first.');
    const out = execFileSync(resolve(ROOT, 'node_modules/.bin/web-ext'), ['lint', '-s', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    // Readability (in the content script) and Preact (in the extension pages) assign innerHTML internally; our own
    // code never does (see tests/unit/conventions.test.ts).
    const ours = report.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /^(content-scripts\/content|chunks\/)/.test(w.file ?? '')));
    expect(ours).toEqual([]);
  });
});
