import { describe, expect, it } from 'vitest';
import type { ReadLanguage } from '../../../lib/model/language.ts';
import { figuresOf } from '../../support/figures.ts';

/** One story told in nine languages (written for this test): the same figures must come out with the same keys. */
const STORY: Record<ReadLanguage, string> = {
  vi: 'Theo Bộ Quốc phòng Hàn Quốc, Triều Tiên đã điều động khoảng 15.000 binh sĩ tới Nga. Ít nhất 120 dân thường thiệt mạng và hơn 300 người bị thương. Gần 60% khu định cư vẫn bị đóng cửa.',
  zh: '据韩国国防部称，朝鲜向俄罗斯派遣了约1.5万名士兵。至少120名平民死亡，300多人受伤。将近60%的居民点仍然关闭。',
  pt: 'Segundo o Ministério da Defesa sul-coreano, a Coreia do Norte enviou cerca de 15 mil soldados à Rússia. Pelo menos 120 civis morreram e mais de 300 pessoas ficaram feridas. Quase 60% das aldeias continuam fechadas.',
  en: "According to South Korea's defence ministry, North Korea sent about 15,000 troops to Russia. At least 120 civilians were killed and more than 300 people were injured. Nearly 60% of villages remain closed.",
  es: 'Según el Ministerio de Defensa surcoreano, Corea del Norte envió unos 15.000 soldados a Rusia. Al menos 120 civiles murieron y más de 300 personas resultaron heridas. Casi el 60% de las aldeas siguen cerradas.',
  fr: 'Selon le ministère sud-coréen de la Défense, la Corée du Nord a envoyé environ 15 000 soldats en Russie. Au moins 120 civils ont été tués et plus de 300 personnes ont été blessées. Près de 60 % des villages restent fermés.',
  de: 'Laut dem südkoreanischen Verteidigungsministerium hat Nordkorea rund 15.000 Soldaten nach Russland geschickt. Mindestens 120 Zivilisten wurden getötet und mehr als 300 Menschen verletzt. Fast 60 Prozent der Dörfer bleiben gesperrt.',
  it: 'Secondo il ministero della Difesa sudcoreano, la Corea del Nord ha inviato circa 15.000 soldati in Russia. Almeno 120 civili sono stati uccisi e più di 300 persone sono rimaste ferite. Quasi il 60% dei villaggi resta chiuso.',
  ru: 'По данным министерства обороны Южной Кореи, КНДР направила в Россию около 15 тысяч военнослужащих. По меньшей мере 120 мирных жителей погибли и более 300 человек получили ранения. Почти 60% деревень остаются закрытыми.',
};

const EXPECTED = [
  { concept: 'troops_sent', value: 15000, qualifier: 'about', unit: 'count', subject: 'KP' },
  { concept: 'civilians_killed', value: 120, qualifier: 'at_least', unit: 'count', subject: null },
  { concept: 'people_wounded', value: 300, qualifier: 'more_than', unit: 'count', subject: null },
  { concept: 'settlements_closed', value: 0.6, qualifier: 'nearly', unit: 'share', subject: null },
];

describe('the same story in nine languages', () => {
  it.each(Object.entries(STORY))('%s: the same figures, keys and bounds', (lang, text) => {
    const figures = figuresOf(text, lang as ReadLanguage);
    expect(figures.map((f) => ({ concept: f.concept, value: f.value, qualifier: f.qualifier, unit: f.unit, subject: f.subject }))).toEqual(EXPECTED);
    expect(figures[0]?.low).toBeCloseTo(15000 * 0.975, 6);
    expect(figures[0]?.high).toBeCloseTo(15000 * 1.025, 6);
    expect(figures[0]?.attribution).not.toBeNull();
  });
});
