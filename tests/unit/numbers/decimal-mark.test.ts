import { describe, expect, it } from 'vitest';
import { documentDecimalMark } from '../../../lib/numbers/decimal-mark.ts';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';
import { extractFigures } from '../../../lib/figures/extract-figures.ts';
import type { ReadLanguage } from '../../../lib/model/language.ts';

/** Sentences written for these tests: a document's own decimal mark, inferred from its unambiguous numerals. */
describe('the decimal mark a document writes', () => {
  it('is read from numerals only one mark can write', () => {
    expect(documentDecimalMark('El kilo subió a 3.75 pesos.')).toBe('.');
    expect(documentDecimalMark('La inflación fue del 2,7 %.')).toBe(',');
    expect(documentDecimalMark('Votaron 12,345,678 personas.')).toBe('.');
    expect(documentDecimalMark('Wahlbeteiligung: 1.234.567 Stimmen.')).toBe(',');
    expect(documentDecimalMark('Le budget : 1.234,5 millions.')).toBe(',');
    expect(documentDecimalMark('The budget: 1,234.5 million.')).toBe('.');
    // Three digits ending in "00" group thousands: nobody writes 1.2 as "1,200".
    expect(documentDecimalMark('Llegaron 1,200 personas.')).toBe('.');
    expect(documentDecimalMark('Arrivarono 3.000 persone.')).toBe(',');
  });

  it('is unknown without evidence or with split evidence', () => {
    expect(documentDecimalMark('Llegaron 2,345 personas.')).toBeNull();
    expect(documentDecimalMark('Sin números.')).toBeNull();
    expect(documentDecimalMark('Subió a 3.75 pesos y luego un 2,7 %.')).toBeNull();
  });

  it('leaves clock times, dates and versions out', () => {
    expect(documentDecimalMark('Empezó a las 7.45 horas y acabó a las 20,30.')).toBeNull();
    expect(documentDecimalMark('Am 1.2.2020 um 24.30 Uhr.')).toBeNull();
    expect(documentDecimalMark('La industria 4.0 y el protocolo 2.0.')).toBeNull();
    // A percent sign makes "12.30" a share, not a time.
    expect(documentDecimalMark('Creció un 12.30 %.')).toBe('.');
    // And a currency sign before it makes it money.
    expect(documentDecimalMark('El kilo cuesta $18.50.')).toBe('.');
  });
});

describe('the number reader with a decimal mark given', () => {
  it('reads the other mark as a thousands mark', () => {
    expect(readNumbers('1,200 personas', 'es', { decimalMark: '.' })[0]).toMatchObject({ value: 1200 });
    expect(readNumbers('3.370 kg', 'es', { decimalMark: '.' })[0]).toMatchObject({ value: 3.37 });
    expect(readNumbers('1.400 cars', 'en', { decimalMark: ',' })[0]).toMatchObject({ value: 1400 });
  });

  it('keeps the language default without one', () => {
    expect(readNumbers('1,200 personas', 'es')[0]).toMatchObject({ value: 1.2 });
    expect(readNumbers('1,200 personas', 'es', { decimalMark: ',' })[0]).toMatchObject({ value: 1.2 });
    expect(readNumbers('1.400 cars', 'en')[0]).toMatchObject({ value: 1.4 });
  });
});

describe('figures read with the document\'s decimal mark', () => {
  const cases: Array<[ReadLanguage, string, string, number]> = [
    // Mexican and US Spanish write points for decimals and commas for thousands.
    ['es', 'El precio del maíz subió 4.5% y se repartieron 2,350 despensas entre las familias.', '2,350', 2350],
    ['es', 'La tortilla cuesta $18.50; la pieza pesa 1.250 kilos.', '1.250', 1.25],
    ['pt', 'A inflação chegou a 3.75% e 2,350 famílias ficaram sem casa.', '2,350', 2350],
    ['fr', 'Le taux est passé à 2.75% et 4,600 employés ont été licenciés.', '4,600', 4600],
    ['de', 'Die Quote stieg auf 6.25% und 1,800 Beschäftigte verloren ihre Stelle.', '1,800', 1800],
    // English written with decimal commas.
    ['en', 'Growth was 2,5% and the plant built 4.300 cars.', '4.300', 4300],
    // No evidence: each language keeps its own mark.
    ['es', 'La planta empleó a 1.250 obreros.', '1.250', 1250],
    ['de', 'Das Werk baute 3.250 Autos.', '3.250', 3250],
    ['en', 'The plant built 3,250 cars.', '3,250', 3250],
  ];
  for (const [lang, text, at, value] of cases) {
    it(`${lang}: ${at} in "${text}"`, () => {
      const pos = text.indexOf(at);
      const f = extractFigures(text, lang).find((x) => x.start <= pos && x.end >= pos + at.length);
      expect(f?.value).toBeCloseTo(value, 6);
    });
  }
});
