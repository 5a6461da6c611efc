import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Compares a value with the reviewable expected file beside a fixture. A missing baseline is written once (review
 * it in the diff); after that any change fails.
 */
export function matchBaseline(expectedPath: string, actual: unknown): { written: boolean; expected: unknown } {
  const json = JSON.stringify(actual, null, 2) + '\n';
  if (!existsSync(expectedPath)) {
    writeFileSync(expectedPath, json);
    return { written: true, expected: actual };
  }
  return { written: false, expected: JSON.parse(readFileSync(expectedPath, 'utf8')) as unknown };
}
