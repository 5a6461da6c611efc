import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DIR = resolve(import.meta.dirname, '../../fixtures/news-index');

/** A recorded answer of the index, in its documented shape, with {{ORIGIN}} filled in. */
export function coverageFixture(name: string, origin = 'https://site.example'): string {
  return readFileSync(resolve(DIR, name), 'utf8').replaceAll('{{ORIGIN}}', origin);
}
