import { describe, expect, it } from 'vitest';
import { figureWith, figuresOf } from '../../../support/figures.ts';

describe('French figures', () => {
  it('reads spaced thousands, "environ", whose, the source and when', () => {
    const f = figureWith("Selon Séoul, la Corée du Nord a envoyé environ 14 000 soldats en Russie l'an dernier.", 'fr', '14 000');
    expect(f).toMatchObject({ value: 14000, qualifier: 'about', concept: 'troops_sent', subject: 'KP', attribution: 'Séoul', asOf: "l'an dernier", asOfDate: '2024' });
  });

  it('reads the event after a passive verb, and "près de N %"', () => {
    expect(figureWith('Plus de 6 000 soldats ont été tués.', 'fr', '6 000')).toMatchObject({ qualifier: 'more_than', concept: 'troops_killed' });
    expect(figureWith('Près de 60 % des localités restent fermées, a indiqué le ministère.', 'fr', '60')).toMatchObject({ value: 0.6, qualifier: 'nearly', concept: 'settlements_closed', attribution: 'ministère' });
  });

  it('reads money, durations and converted units with a no-break space', () => {
    const figures = figuresOf("L'entreprise a investi 2,5 milliards de dollars dans le projet, qui a duré 3 ans. Il a plu 10\u00a0cm.", 'fr');
    expect(figures.map((f) => [f.concept, f.unit])).toEqual([
      ['money', 'USD'],
      ['duration', 'day'],
      ['distance', 'km'],
    ]);
  });

  it('leaves dates, times and "il y a deux ans" out', () => {
    expect(figuresOf('Le F-16 a décollé le 14 novembre 2025 à 10 h 30. Il est parti il y a deux ans.', 'fr')).toEqual([]);
  });
});
