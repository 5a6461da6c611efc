import { describe, expect, it } from 'vitest';
import { figureWith, figuresOf } from '../../../support/figures.ts';

describe('Spanish figures', () => {
  it('reads troops sent with "unos", whose and when', () => {
    const f = figureWith('Según fuentes surcoreanas, Corea del Norte envió unos 14.000 soldados a Rusia el año pasado.', 'es', '14.000');
    expect(f).toMatchObject({ value: 14000, qualifier: 'about', concept: 'troops_sent', subject: 'KP', attribution: 'fuentes surcoreanas', asOf: 'el año pasado', asOfDate: '2024' });
  });

  it('reads "más de N murieron" as people killed, troops in a war sentence, whose from the sentence', () => {
    const figures = figuresOf('Corea del Norte envió 14.000 soldados a Rusia y más de 6.000 murieron en combate.', 'es');
    expect(figures[1]).toMatchObject({ value: 6000, qualifier: 'more_than', concept: 'troops_killed', subject: 'KP' });
  });

  it('reads "casi el 60%" and parts of wholes', () => {
    expect(figureWith('Casi el 60% de las aldeas siguen cerradas.', 'es', '60%')).toMatchObject({ value: 0.6, qualifier: 'nearly', qualifierText: 'Casi', concept: 'settlements_closed' });
    expect(figureWith('37 de las 64 aldeas siguen cerradas.', 'es', '37')).toMatchObject({ value: 37, of: 64, concept: 'settlements_closed' });
  });

  it('reads money with scale words, and "al menos"', () => {
    expect(figureWith('La empresa invirtió 2.500 millones de dólares.', 'es', '2.500')).toMatchObject({ value: 2500000000, unit: 'USD' });
    expect(figureWith('Al menos 120 civiles murieron, dijo la policía.', 'es', '120')).toMatchObject({ qualifier: 'at_least', concept: 'civilians_killed', attribution: 'policía' });
  });

  it('leaves dates, times and "hace dos años" out', () => {
    expect(figuresOf('El F-16 despegó el 14 de noviembre de 2025 a las 10:30. Llegó hace dos años.', 'es')).toEqual([]);
  });
});
