import { describe, expect, it } from 'vitest';
import { foldLatin } from '../../../lib/lang/fold-latin.ts';
import { hanToLatin } from '../../../lib/names/han-transcription.ts';
import { wordLatin } from '../../../lib/names/name-forms.ts';
import { nameSkeleton } from '../../../lib/names/name-skeleton.ts';
import { transliterateCyrillic } from '../../../lib/names/transliterate-cyrillic.ts';

const latin = (word: string) => nameSkeleton(wordLatin(word));
const han = (run: string) => nameSkeleton(hanToLatin(run));

describe('name skeletons', () => {
  it('meet across Latin, Cyrillic and Han spellings of one name', () => {
    for (const [word, cyrillic, chinese] of [
      ['Peskov', 'Песков', '佩斯科夫'],
      ['Kursk', 'Курск', '库尔斯克'],
      ['Bolshesoldatsky', 'Большесолдатский', '布尔谢索尔达茨基'],
      ['Fleetwood', 'Флитвуд', '弗利特伍德'],
      ['Molinari', 'Молинари', '莫利纳里'],
      ['Zelensky', 'Зеленский', '泽连斯基'],
    ] as const) {
      expect(latin(cyrillic), cyrillic).toBe(latin(word));
      expect(han(chinese), chinese).toBe(latin(word));
    }
  });

  it('read through case endings of Russian names', () => {
    expect(latin('Пескова')).toBe(latin('Peskov'));
    expect(latin('Песковым')).toBe(latin('Peskov'));
    expect(latin('Курской')).toBe(latin('Kursk'));
  });

  it('are consonant classes without vowels, h or repeats', () => {
    expect(nameSkeleton('peskov')).toBe('pskf');
    expect(nameSkeleton('tommy')).toBe('tn');
    expect(nameSkeleton('kharkiv')).toBe(nameSkeleton('harkiv'));
    expect(nameSkeleton('')).toBe('');
    expect(nameSkeleton('aeiou')).toBe('');
  });

  it('fold Vietnamese and Portuguese diacritics and transliterate Cyrillic', () => {
    expect(foldLatin('Triều Tiên')).toBe('trieu tien');
    expect(foldLatin('Đà Nẵng')).toBe('da nang');
    expect(foldLatin('Coréia do Norte')).toBe('coreia do norte');
    expect(transliterateCyrillic('Харьков')).toBe('khar' + 'kov');
  });
});
