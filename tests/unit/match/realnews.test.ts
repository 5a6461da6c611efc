import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConceptLexicons } from '../../../cli/concept-lexicons.ts';
import { evaluateMlcrisis, evaluateSemeval, separation } from '../../../scripts/realnews-match.ts';

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

  it('finds it as well in text files dated by the day their names give as in pages', async () => {
    const dated = await evaluateMlcrisis(`${DIR}/mlcrisis`, 'txt');
    expect(dated.recallAt7).toBeGreaterThanOrEqual(0.85);
    expect(dated.meanReciprocalRank).toBeGreaterThanOrEqual(0.75);
    expect(dated.sameStory.precision).toBeGreaterThanOrEqual(0.9);
  }, 300_000);

  it('calls most very similar pairs the same story and few very dissimilar ones (semeval-es)', async () => {
    const e = await evaluateSemeval(`${DIR}/semeval-es`);
    expect(e.similar.sameStory / e.similar.total).toBeGreaterThanOrEqual(0.65);
    // 9 of 143 today (the target is 2%: docs/matching.md says why it is out of reach); one pair of slack.
    expect(e.dissimilar.sameStory / e.dissimilar.total).toBeLessThanOrEqual(10 / 143);
    // The pair score orders pairs about as well as a tf-idf cosine that knows the whole set's word counts.
    expect(e.separation.parallax.auc).toBeGreaterThanOrEqual(0.93);
    expect(e.separation.parallax.auc).toBeGreaterThan(e.separation.tfidf.auc - 0.03);
  }, 300_000);

  it('measures separation as defined: AUC, recall at 2% false, false at 80% recall', () => {
    const similar = [0.9, 0.8, 0.7, 0.6, 0.1];
    const dissimilar = Array.from({ length: 100 }, (_, i) => i / 200); // 0 .. 0.495
    const s = separation(similar, dissimilar);
    expect(s.auc).toBeCloseTo((4 * 100 + 20.5) / 500, 6); // 0.1 beats the 20 scores under it and ties one (half)
    expect(s.recallAtTwoPercent).toBe(0.8); // above the third highest dissimilar score (0.485)
    expect(s.falseAtEightyPercent).toBe(0); // the 20th percentile of similar is 0.6: no dissimilar pair reaches it
  });
});
