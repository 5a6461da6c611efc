import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConceptLexicons } from '../../../cli/concept-lexicons.ts';
import { evaluateMlcrisis, evaluateSemeval } from '../../../scripts/realnews-match.ts';

const DIR = '../shared/realnews';

// Independently written reports (../shared/realnews/README.md): the measures the matching issue names.
describe('matching on real, independently written reports', () => {
  beforeAll(async () => {
    if (!existsSync(`${DIR}/mlcrisis/labels.json`)) throw new Error(`${DIR} is missing beside the project`);
    await loadConceptLexicons();
  });

  it('finds the same story in another language (mlcrisis, pages with their dates)', async () => {
    const e = await evaluateMlcrisis(`${DIR}/mlcrisis`, 'html');
    expect(e.queries).toBe(101);
    expect(e.recallAt7).toBeGreaterThanOrEqual(0.85);
    expect(e.meanReciprocalRank).toBeGreaterThanOrEqual(0.75);
    expect(e.sameStory.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.sameStory.judgedPos).toBeGreaterThanOrEqual(5);
  }, 300_000);

  it('calls most very similar pairs the same story and few very dissimilar ones (semeval-es)', async () => {
    const e = await evaluateSemeval(`${DIR}/semeval-es`);
    expect(e.similar.sameStory / e.similar.total).toBeGreaterThanOrEqual(0.65);
    expect(e.dissimilar.sameStory / e.dissimilar.total).toBeLessThanOrEqual(0.06);
  }, 300_000);
});
