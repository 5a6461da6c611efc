import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures/extract-figures.ts';
import type { ReadLanguage } from '../../../lib/model/language.ts';

// Sentences written for these tests: a multiplier is no count of its noun, a share of one in so many is a share.
function figuresAt(text: string, lang: ReadLanguage, at: string) {
  const pos = text.indexOf(at);
  if (pos < 0) throw new Error(`${at} not in ${text}`);
  return extractFigures(text, lang).filter((f) => f.start <= pos && f.end >= pos + at.length);
}

describe('number candidates: multipliers and shares', () => {
  it('a multiplier compares two counts and is none itself', () => {
    const cases: Array<[ReadLanguage, string, string]> = [
      ['en', 'Four times as many people died in the floods this year.', 'Four times'],
      ['fr', 'Les inondations ont fait trois fois plus de morts cette année.', 'trois fois'],
      ['es', 'Las inundaciones causaron el doble de muertos este año.', 'el doble'],
      ['de', 'Die Fluten forderten dreimal so viele Tote wie im Vorjahr.', 'dreimal'],
      ['ru', 'Наводнения унесли в два раза больше жизней.', 'два раза'],
      ['zh', '今年洪水死亡人数是去年的三倍。', '三倍'],
    ];
    for (const [lang, text, at] of cases) expect(figuresAt(text, lang, at), `${lang}: ${text}`).toEqual([]);
  });
  it('a few or several of a scale is a vague amount, no figure', () => {
    const cases: Array<[ReadLanguage, string, string]> = [
      ['en', 'Several thousand people fled the fighting.', 'Several thousand'],
      ['de', 'Einige hundert Menschen flohen vor den Kämpfen.', 'Einige hundert'],
      ['vi', 'Vài nghìn người đã chạy trốn.', 'Vài nghìn'],
      ['zh', '数千人逃离了战斗。', '数千'],
    ];
    for (const [lang, text, at] of cases) expect(figuresAt(text, lang, at), `${lang}: ${text}`).toEqual([]);
  });
  it('one in so many is a share', () => {
    const cases: Array<[ReadLanguage, string, string, number]> = [
      ['en', 'One in five voters stayed at home.', 'One in five', 0.2],
      ['fr', 'Un électeur sur cinq est resté chez lui.', 'Un électeur sur cinq', 0.2],
      ['es', 'Uno de cada cinco votantes se quedó en casa.', 'Uno de cada cinco', 0.2],
      ['pt', 'Um em cada cinco eleitores ficou em casa.', 'Um em cada cinco', 0.2],
      ['de', 'Jeder fünfte Wähler blieb zu Hause.', 'Jeder fünfte', 0.2],
      ['ru', 'Каждый пятый избиратель остался дома.', 'Каждый пятый', 0.2],
      ['it', 'Un elettore su cinque è rimasto a casa.', 'Un elettore su cinque', 0.2],
      ['vi', 'Cứ 5 cử tri thì có 1 người ở nhà.', 'Cứ 5 cử tri thì có 1', 0.2],
      ['zh', '每五名选民中就有一名留在家中。', '每五名选民中就有一', 0.2],
    ];
    for (const [lang, text, at, value] of cases) {
      expect(figuresAt(text, lang, at)[0], `${lang}: ${text}`).toMatchObject({ value, unit: 'share' });
    }
  });
});
