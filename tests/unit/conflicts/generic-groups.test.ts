import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../../lib/conflicts/compare-figures.ts';
import { GENERIC_MAGNITUDE, isGenericConcept } from '../../../lib/conflicts/group-figures.ts';
import type { ComparedReport } from '../../../lib/conflicts/types.ts';
import { extractFigures } from '../../../lib/figures/extract-figures.ts';
import type { ReadLanguage } from '../../../lib/model/language.ts';
import { makeReport } from './make-figure.ts';

describe('grouping: generic concepts', () => {
  it('knows which concepts say what is measured but not of what', () => {
    for (const c of ['people', 'distance', 'money', 'duration', 'share']) expect(isGenericConcept(c)).toBe(true);
    for (const c of ['people_killed', 'troops_sent', 'settlements_closed', 'other:en:residents']) expect(isGenericConcept(c)).toBe(false);
  });

  it('keeps a wave height and a distance to the coast apart', () => {
    const groups = compareFigures([
      makeReport('a', [{ value: 0.006, unit: 'km', concept: 'distance' }, { value: 300, unit: 'km', concept: 'distance' }]),
      makeReport('b', [{ value: 0.007, unit: 'km', concept: 'distance' }, { value: 310, unit: 'km', concept: 'distance' }]),
    ]);
    expect(groups).toHaveLength(2);
    for (const g of groups) {
      const values = g.members.map((m) => m.value);
      expect(Math.max(...values) / Math.min(...values)).toBeLessThanOrEqual(GENERIC_MAGNITUDE);
    }
  });

  it('does not hold 2.4 million people against 832 people', () => {
    const groups = compareFigures([
      makeReport('a', [{ value: 2_400_000, concept: 'people' }]),
      makeReport('b', [{ value: 832, concept: 'people' }]),
    ]);
    expect(groups).toEqual([]);
  });

  it('never makes a dispute of a generic concept alone', () => {
    const groups = compareFigures([
      makeReport('a', [{ value: 400, concept: 'people' }, { value: 120, unit: 'km', concept: 'distance' }]),
      makeReport('b', [{ value: 900, concept: 'people' }, { value: 60, unit: 'km', concept: 'distance' }]),
    ], { focus: 'a' });
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.verdict).toBe('consistent');
      for (const f of g.focus ?? []) expect(f.disagrees).toEqual([]);
    }
  });

  it('disputes a generic concept when every figure names the same subject', () => {
    const groups = compareFigures([
      makeReport('a', [{ value: 400, concept: 'people', subject: 'KP' }]),
      makeReport('b', [{ value: 900, concept: 'people', subject: 'KP' }]),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['conflict']);
  });

  it('still disputes a specific concept across orders of magnitude', () => {
    const groups = compareFigures([
      makeReport('a', [{ value: 83, concept: 'people_killed' }]),
      makeReport('b', [{ value: 832, concept: 'people_killed' }]),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['conflict']);
  });
});

/** One tsunami report written for this test in four languages: translations, so no figure of it may be disputed. */
const TSUNAMI: Array<[ReadLanguage, string]> = [
  ['en', 'A tsunami struck the coast on Friday. The death toll has risen to 832, officials said. The waves were up to 6 metres high and reached a city of 2.4 million residents 300 km from the epicentre. About 16,700 people were evacuated.'],
  ['fr', "Un tsunami a frappé la côte vendredi. Le nombre de morts est passé à 832, selon les autorités. Les vagues atteignaient jusqu'à 6 mètres et ont touché une ville de 2,4 millions d'habitants à 300 km de l'épicentre. Environ 16 700 personnes ont été évacuées."],
  ['vi', 'Một trận sóng thần đã tấn công bờ biển vào thứ Sáu. Số người chết đã tăng lên 832, giới chức cho biết. Sóng cao tới 6 mét và ập vào một thành phố có 2,4 triệu dân cách tâm chấn 300 km. Khoảng 16.700 người đã được sơ tán.'],
  ['zh', '周五，海啸袭击了海岸。官员称，死亡人数已上升到832人。海浪高达6米，波及距震中300公里、拥有240万居民的城市。约16700人被疏散。'],
];

describe('grouping on translations of one report', () => {
  const reports: ComparedReport[] = TSUNAMI.map(([lang, text]) => ({
    id: lang,
    lang,
    title: lang,
    siteName: lang,
    publishedTime: null,
    figures: extractFigures(text, lang),
  }));
  const groups = compareFigures(reports);

  it('finds the toll as people_killed in every language, in one consistent group', () => {
    const toll = groups.find((g) => g.concept === 'people_killed');
    expect(toll?.members.map((m) => m.lang).sort()).toEqual(['en', 'fr', 'vi', 'zh']);
    expect(toll?.verdict).toBe('consistent');
  });

  it('disputes nothing and never groups a height with a distance', () => {
    expect(groups.filter((g) => g.verdict !== 'consistent')).toEqual([]);
    for (const g of groups.filter((x) => x.concept === 'distance')) {
      const values = g.members.map((m) => m.value);
      expect(Math.max(...values) / Math.min(...values)).toBeLessThanOrEqual(GENERIC_MAGNITUDE);
    }
  });
});
