import { describe, expect, it } from 'vitest';
import { figureWith, figuresOf } from '../../../support/figures.ts';

describe('Russian figures', () => {
  it('reads "около N тысяч", whose (not the destination), the source and when', () => {
    const f = figureWith('По данным Южной Кореи, КНДР в апреле направила в Россию около 15 тысяч военнослужащих.', 'ru', '15');
    expect(f).toMatchObject({ value: 15000, qualifier: 'about', concept: 'troops_sent', subject: 'KP', attribution: 'Южной Кореи', asOf: 'в апреле' });
  });

  it('reads inflected nouns and verbs, and "N из них погибли"', () => {
    const figures = figuresOf('КНДР направила 14 тысяч солдат, более 6 тысяч из них погибли.', 'ru');
    expect(figures.map((f) => [f.value, f.qualifier, f.concept])).toEqual([
      [14000, 'exact', 'troops_sent'],
      [6000, 'more_than', 'troops_killed'],
    ]);
  });

  it('reads "37 из 64" as a part of a whole, and a source after a quote-like comma', () => {
    expect(figureWith('37 из 64 деревень остаются закрытыми, сообщило министерство.', 'ru', '37')).toMatchObject({ value: 37, of: 64, concept: 'settlements_closed', attribution: 'министерство' });
  });

  it('reads measures already in kilometres', () => {
    expect(figureWith('Ураган находился в 620 км от побережья.', 'ru', '620')).toMatchObject({ value: 620, unit: 'km', concept: 'distance' });
  });

  it('leaves dates, times and "два года назад" out', () => {
    expect(figuresOf('F-16 взлетел 14 ноября 2025 года в 10:30. Это было два года назад.', 'ru')).toEqual([]);
  });
});
