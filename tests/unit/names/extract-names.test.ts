import { describe, expect, it } from 'vitest';
import { extractNames } from '../../../lib/names/extract-names.ts';
import { gazetteer, stemHash } from '../../../lib/names/gazetteer.ts';

const keys = (text: string, lang: string) => new Set(extractNames(text, lang).map((m) => m.key));

describe('extractNames', () => {
  it('maps a country to one key in every language and script', () => {
    const russia = [
      ['Russia said on Friday that talks would go on.', 'en'],
      ['Bộ Quốc phòng Nga cho biết hôm nay.', 'vi'],
      ['据俄罗斯国防部发布的视频。', 'zh'],
      ['A guerra da Rússia contra a Ucrânia continua.', 'pt'],
      ['Об этом сообщила Россия в пятницу.', 'ru'],
    ] as const;
    for (const [text, lang] of russia) expect(keys(text, lang), text).toContain('n:RU');
  });

  it('reads a one-word name under a case or plural ending through its stem, and a stem alone is no name', () => {
    expect(keys('Die Truppen Russlands und die Regierung Moskaus schwiegen.', 'de')).toEqual(new Set(['n:RU', 'n:RU-CAPITAL']));
    expect(keys('Os Estados Unidos e os russos falaram.', 'pt')).toContain('n:RU');
    expect(keys('Two Americans were detained, officials said.', 'en')).toContain('n:US');
    // "Ros" + "s" is no name: the stem must be a whole alias, not a prefix of one.
    expect(keys('The Ross family said nothing.', 'en')).not.toContain('n:RU');
  });

  it("marks every one-word name in the gazetteer's stem filter (a name missing from it could never be found by its stem)", () => {
    const { words, stems } = gazetteer();
    let oneWord = 0;
    for (const [form, aliases] of words) {
      if (!aliases.some((a) => a.forms.length === 1)) continue;
      oneWord++;
      expect(stems[stemHash(form, form.length)], form).toBe(1);
    }
    expect(oneWord).toBeGreaterThan(500);
    // A filter that said yes to everything would cut every word's stems out again.
    expect(stems.reduce((n, v) => n + v, 0)).toBeLessThan(stems.length / 8);
  });

  it('reads North Korea in all its names, its capital included', () => {
    const northKorea = [
      ['Troops from North Korea arrived.', 'en'],
      ['Lính Triều Tiên tham gia huấn luyện.', 'vi'],
      ['朝鲜士兵在探雷设备培训中。', 'zh'],
      ['A Coréia do Norte planeja enviar trabalhadores.', 'pt'],
      ['Войска из Северной Кореи прибыли.', 'ru'],
      ['The deal was signed in Pyongyang last year.', 'en'],
      ['Quan hệ giữa Moskva và Bình Nhưỡng.', 'vi'],
      ['两国领导人在平壤签署条约。', 'zh'],
    ] as const;
    for (const [text, lang] of northKorea) expect(keys(text, lang), text).toContain('n:KP');
    expect(keys('The deal was signed in Pyongyang last year.', 'en')).toContain('n:KP-CAPITAL');
  });

  it('reads Italian names of places and organisations, after an elided article too, with the keys of the other languages', () => {
    const it = keys("Il ministro ha parlato al Cairo; a Mosca e Parigi si discute dell'Egitto, mentre a Tripoli gli Stati Uniti, l'Onu e la Nato osservano.", 'it');
    const es = keys('El ministro habló en El Cairo; en Moscú y París se habla de Egipto, mientras en Trípoli Estados Unidos, la ONU y la OTAN observan.', 'es');
    for (const key of ['n:EG-CAPITAL', 'n:EG', 'n:RU-CAPITAL', 'n:FR-CAPITAL', 'n:LY-CAPITAL', 'n:US', 'n:UN', 'n:NATO']) {
      expect(it, key).toContain(key);
      expect(es, key).toContain(key);
    }
    // Italian function words and months with a capital are no names; a lower-case demonym names its country.
    const found = extractNames('Il governo libico ha parlato. Secondo la Farnesina, Gennaio sarà decisivo.', 'it');
    expect(found.map((m) => m.surface)).toEqual(['libico', 'Farnesina']);
    expect(found[0]?.key).toBe('n:LY');
  });

  it('reads a name after a lower-case article or prefix joined by a hyphen, as the name alone is read', () => {
    const fr = extractNames("Les forces pro-Kadhafi, l'armée de Bachar el-Assad et les manifestants anti-Morsi, pro-Israël.", 'fr');
    expect(fr.map((m) => m.surface)).toEqual(['Kadhafi', 'Bachar', 'Assad', 'Morsi', 'Israël']);
    expect(keys('Le président Assad parle.', 'fr')).toContain(fr.find((m) => m.surface === 'Assad')?.key);
    expect(fr.find((m) => m.surface === 'Israël')?.key).toBe('n:IL');
    // The mention's place is the name's, not the prefix's.
    const text = 'le régime al-Assad';
    const assad = extractNames(text, 'fr')[0];
    expect(assad && text.slice(assad.start, assad.end)).toBe('Assad');
    // Lower-case compounds and a capitalised month after a prefix are no names.
    expect(keys('A well-known anti-war rally in mid-March, a vice-president.', 'en')).toEqual(new Set());
  });

  it('gives a person the same key in Latin, Cyrillic and Han script', () => {
    const a = keys('Kremlin spokesman Dmitry Peskov told reporters.', 'en');
    const b = keys('Об этом заявил пресс-секретарь Дмитрий Песков.', 'ru');
    const c = keys('克里姆林宫发言人佩斯科夫表示。', 'zh');
    const peskov = [...a].filter((k) => b.has(k) && c.has(k) && /^n:[a-z]+$/.test(k));
    expect(peskov.length).toBeGreaterThan(0);
  });

  it('does not read capitalised common words as names', () => {
    const found = keys('The ministry said. However, officials agreed. The ministry is closed.', 'en');
    expect(found.size).toBe(0);
    // "Un" in Kim Jong Un is no United Nations.
    expect(keys('Leader Kim Jong Un spoke.', 'en')).not.toContain('n:UN');
    expect(keys('The UN said so.', 'en')).toContain('n:UN');
  });

  it('returns nothing for text without names and does not fail on any script', () => {
    expect(extractNames('', 'en')).toEqual([]);
    expect(extractNames('123 456 — !!!', 'und')).toEqual([]);
    expect(() => extractNames('ภาษาไทย กรุงเทพมหานคร 2025 العربية', 'th')).not.toThrow();
  });

  it('is linear: a megabyte of letters is read in bounded time', () => {
    const text = 'Kursk '.repeat(200_000);
    const started = performance.now();
    extractNames(text, 'en');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
