import { describe, expect, it } from 'vitest';
import { figureWith, figuresOf } from '../../../support/figures.ts';

describe('English figures', () => {
  it('reads troops sent, with the source before and the time after', () => {
    const f = figureWith("According to South Korea's defence ministry, North Korea sent about 15,000 troops to Russia in April.", 'en', '15,000');
    expect(f).toMatchObject({ quote: 'about 15,000 troops', value: 15000, qualifier: 'about', concept: 'troops_sent', subject: 'KP', attribution: "South Korea's defence ministry", asOf: 'in April', asOfDate: '2025-04' });
  });

  it('reads nouns that say what happened, in a war sentence as troops', () => {
    expect(figureWith('The forces suffered more than 6,000 fatalities.', 'en', '6,000')).toMatchObject({ concept: 'troops_killed', qualifier: 'more_than' });
    expect(figureWith('The earthquake left at least 120 dead.', 'en', '120')).toMatchObject({ concept: 'people_killed', qualifier: 'at_least' });
  });

  it('reads a source after the figure, and "up to"', () => {
    const f = figureWith('Up to 12,000 workers were sent, officials said.', 'en', '12,000');
    expect(f).toMatchObject({ qualifier: 'up_to', low: 8000, high: 12000, concept: 'workers_sent', attribution: 'officials' });
  });

  it('converts measures and keeps what was written', () => {
    const figures = figuresOf('The storm, with winds of 85 mph, was 385 miles south of the coast and could bring up to 10 inches of rain.', 'en');
    expect(figures.map((f) => [f.concept, f.unit, f.qualifier, f.stated?.unit])).toEqual([
      ['speed', 'km/h', 'exact', 'mph'],
      ['distance', 'km', 'exact', 'miles'],
      ['distance', 'km', 'up_to', 'inches'],
    ]);
    expect(figures[1]?.low).toBeCloseTo(619.6 * 0.97, 1);
  });

  it('reads hyphenated compounds and parts of wholes', () => {
    expect(figureWith('They had a six-point lead.', 'en', 'six')).toMatchObject({ value: 6, concept: 'points' });
    expect(figureWith('He has lost 19 of his 29 matches.', 'en', '19')).toMatchObject({ value: 19, of: 29, concept: 'matches' });
  });

  it('leaves dates, times, model names, ages and "two years ago" out', () => {
    expect(figuresOf('Flight MH17 crashed on 17 July 2014 at 10:30. The F-16 took off two years ago. Kim, 37, aged 45, a 45-year-old.', 'en')).toEqual([]);
  });
});
