import { describe, expect, it } from 'vitest';
import { figureWith, figuresOf } from '../../../support/figures.ts';

describe('Italian figures', () => {
  it('reads troops sent with "circa", whose, the source and when', () => {
    const f = figureWith("Secondo fonti sudcoreane, la Corea del Nord ha inviato circa 14.000 soldati in Russia l'anno scorso.", 'it', '14.000');
    expect(f).toMatchObject({ value: 14000, qualifier: 'about', concept: 'troops_sent', subject: 'KP', attribution: 'fonti sudcoreane', asOf: "l'anno scorso", asOfDate: '2024' });
  });

  it('reads "più di N sono morti" and "oltre N feriti" as people killed and wounded', () => {
    const figures = figuresOf('La Corea del Nord ha inviato 14.000 soldati in Russia e più di 6.000 sono morti in combattimento.', 'it');
    expect(figures[1]).toMatchObject({ value: 6000, qualifier: 'more_than', concept: 'troops_killed', subject: 'KP' });
    const toll = figuresOf('Il bilancio è di 24 morti e oltre 300 feriti, secondo il ministero della Sanità.', 'it');
    expect(toll.map((f) => [f.value, f.qualifier, f.concept, f.attribution])).toEqual([
      [24, 'exact', 'people_killed', 'ministero della Sanità'],
      [300, 'more_than', 'people_wounded', 'ministero della Sanità'],
    ]);
  });

  it('reads "quasi il 60%", parts of wholes and the speaker after the figure', () => {
    expect(figureWith('Quasi il 60% dei villaggi resta chiuso, ha detto il ministero.', 'it', '60%')).toMatchObject({ value: 0.6, qualifier: 'nearly', qualifierText: 'Quasi', concept: 'settlements_closed', attribution: 'ministero' });
    expect(figureWith('37 dei 64 villaggi restano chiusi.', 'it', '37')).toMatchObject({ value: 37, of: 64, concept: 'settlements_closed' });
  });

  it('reads round counts with an article as approximations', () => {
    expect(figureWith('Una trentina di manifestanti sono stati arrestati dalla polizia.', 'it', 'trentina')).toMatchObject({ value: 30, qualifier: 'about', concept: 'people_captured' });
    expect(figureWith('Un centinaio di persone sono rimaste ferite negli scontri.', 'it', 'centinaio')).toMatchObject({ value: 100, qualifier: 'about', concept: 'people_wounded' });
    expect(figureWith('Una decina di migliaia di sfollati ha lasciato la città.', 'it', 'decina')).toMatchObject({ value: 10000, qualifier: 'about', concept: 'people_evacuated' });
    // "un milione" is a million, not about one.
    expect(figureWith('Sono stati stanziati un milione di euro.', 'it', 'milione')).toMatchObject({ value: 1e6, qualifier: 'exact', unit: 'EUR' });
  });

  it('reads money with scale words, "almeno" and "fino a", speed and distance', () => {
    expect(figureWith("L'azienda ha investito 2,5 miliardi di dollari.", 'it', '2,5')).toMatchObject({ value: 2.5e9, unit: 'USD', concept: 'money' });
    expect(figureWith('Le perdite ammontano a 3 mld di euro.', 'it', '3 mld')).toMatchObject({ value: 3e9, unit: 'EUR' });
    expect(figureWith('Almeno 120 civili sono stati uccisi, ha riferito la polizia.', 'it', '120')).toMatchObject({ qualifier: 'at_least', concept: 'civilians_killed', attribution: 'polizia' });
    expect(figureWith('Il ciclone ha colpito fino a 50.000 abitanti.', 'it', '50.000')).toMatchObject({ qualifier: 'up_to', value: 50000 });
    const wind = figuresOf('Il tornado viaggiava a 120 chilometri orari, a 50 km dalla costa.', 'it');
    expect(wind.map((f) => [f.concept, f.unit, f.value])).toEqual([['speed', 'km/h', 120], ['distance', 'km', 50]]);
  });

  it('reads deaths told as lives cost, and areas in square metres', () => {
    expect(figureWith("L'attentato è costato la vita a 17 persone.", 'it', '17')).toMatchObject({ value: 17, concept: 'people_killed' });
    expect(figureWith('Il capannone misura 2.400 mq.', 'it', '2.400')).toMatchObject({ value: 0.0024, unit: 'km2', concept: 'area' });
    // Pounds are weight (libbre) or money (sterline), two words in Italian.
    expect(figureWith('Il tonno pescato pesava 612 libbre.', 'it', '612')).toMatchObject({ concept: 'mass', unit: 'kg' });
    expect(figureWith('La multa fu di 700 sterline.', 'it', '700')).toMatchObject({ concept: 'money', unit: 'GBP' });
  });

  it('reads ranges with "tra ... e" and "da ... a"', () => {
    const figures = figuresOf('Tra 3 e 5 persone sono morte; da 10 a 20 sono rimaste ferite.', 'it');
    expect(figures.map((f) => [f.low, f.high, f.concept])).toEqual([[3, 5, 'people_killed'], [10, 20, 'people_wounded']]);
  });

  it('leaves dates, times, "due anni fa" and vague amounts out', () => {
    expect(figuresOf("L'F-16 è decollato il 14 novembre 2025 alle 10:30. È partito due anni fa.", 'it')).toEqual([]);
    expect(figuresOf('Decine di migliaia di persone sono scese in piazza; centinaia i feriti.', 'it')).toEqual([]);
    expect(figuresOf('La legge 104 tutela i disabili; la risoluzione 2334 fu votata. Il porto nacque quasi tre secoli fa.', 'it')).toEqual([]);
  });
});
