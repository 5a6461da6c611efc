import { describe, expect, it } from 'vitest';
import { figureWith, figuresOf } from '../../../support/figures.ts';

describe('German figures', () => {
  it('reads "rund", a source in mid-sentence, whose and the event at the end of the clause', () => {
    const f = figureWith('Laut dem südkoreanischen Verteidigungsministerium hat Nordkorea im April rund 15.000 Soldaten nach Russland geschickt.', 'de', '15.000');
    expect(f).toMatchObject({ value: 15000, qualifier: 'about', concept: 'troops_sent', subject: 'KP', attribution: 'südkoreanischen Verteidigungsministerium', asOf: 'im April' });
  });

  it('reads "mehr als" after "und", and "N von ihnen" as people', () => {
    const figures = figuresOf('Mindestens 120 Zivilisten wurden getötet und mehr als 300 Menschen verletzt, sagte die Polizei.', 'de');
    expect(figures.map((f) => [f.value, f.qualifier, f.concept, f.attribution])).toEqual([
      [120, 'at_least', 'civilians_killed', 'Polizei'],
      [300, 'more_than', 'people_wounded', 'Polizei'],
    ]);
    expect(figureWith('Nordkorea schickte 14.000 Soldaten; mehr als 6.000 von ihnen wurden getötet.', 'de', '6.000')).toMatchObject({ concept: 'troops_killed' });
  });

  it('reads "37 von 64" as a part of a whole, and "Fast 60 Prozent"', () => {
    expect(figureWith('37 von 64 Dörfern bleiben gesperrt.', 'de', '37')).toMatchObject({ value: 37, of: 64, concept: 'settlements_closed' });
    expect(figureWith('Fast 60 Prozent der Dörfer bleiben gesperrt.', 'de', '60')).toMatchObject({ value: 0.6, unit: 'share', qualifier: 'nearly' });
  });

  it('leaves dates, times and "vor zwei Jahren" out', () => {
    expect(figuresOf('Die F-16 startete am 14. November 2025 um 10:30 Uhr. Das war vor zwei Jahren.', 'de')).toEqual([]);
  });
});
