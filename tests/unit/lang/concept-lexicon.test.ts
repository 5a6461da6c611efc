import { beforeAll, describe, expect, it } from 'vitest';
import { loadConceptLexicons } from '../../../cli/concept-lexicons.ts';
import {
  conceptLabel,
  conceptLexicon,
  conceptMentions,
  inReaderLanguage,
  installConceptLexicon,
  lexiconKey,
  parseConceptLexicon,
} from '../../../lib/lang/concept-lexicon.ts';

const SMALL = [
  '# test lexicon',
  '!stop\tde la el y',
  `${lexiconKey('toque de queda', 'es')}\t5aa1\ttoque de queda`,
  `${lexiconKey('toque', 'es')}\t3bb2\ttoque`,
  `${lexiconKey('zona', 'es')}\t6cc3,2dd4\tzona`,
  `${lexiconKey('dimitir', 'es')}\t4ee5\tdimitir`,
].join('\n');

describe('a concept lexicon', () => {
  const lexicon = parseConceptLexicon('es', SMALL, { labels: true });

  it('finds entries by stem key, and nothing for what it lacks', () => {
    expect(lexicon.entries.size).toBe(4);
    expect(lexicon.entries.get(lexiconKey('zonas', 'es') ?? '')).toBe('6cc3,2dd4');
    expect(lexicon.entries.get('nada')).toBeUndefined();
  });

  it('reads Chinese words by the lexicon, the longest entry or function word at each character', () => {
    const zh = parseConceptLexicon('zh', ['!stop\t因为 的', '宵禁\t5aa1', '宵\t2bb2', '禁\t2cc3', '为\t3dd4', '议会\t4ee5', '议会议员\t3ff6', '议员\t3gg7'].join('\n'));
    // 宵禁 is one word (not 宵 and 禁); 因为 is a function word, so its 为 is no concept; 议会议员 is read whole.
    expect(conceptMentions('因为宵禁，议会议员的3月会议', zh).map((m) => [m.key, m.label])).toEqual([
      ['c5:aa1', '宵禁'],
      ['c3:ff6', '议会议员'],
    ]);
  });

  it('reads the longest phrase at each word, function words inside a phrase only', () => {
    const found = conceptMentions('El Gobierno decretó un toque de queda y el ministro dimitió.', lexicon);
    expect(found.map((m) => [m.key, m.label])).toEqual([
      ['c5:aa1', 'toque de queda'],
      ['c4:ee5', 'dimitió'],
    ]);
    // "de", "la" are function words: never a concept alone, whatever their stem meets.
    expect(conceptMentions('de la', lexicon)).toEqual([]);
  });

  it('gives every sense of a word, each with its commonness digit', () => {
    expect(conceptMentions('en la zona', lexicon).map((m) => m.key)).toEqual(['c6:cc3', 'c2:dd4']);
  });

  it('names a concept by its shortest word when labels are kept, and not otherwise', () => {
    expect(conceptLabel(lexicon, 'c5:aa1')).toBe('toque de queda');
    expect(conceptLabel(parseConceptLexicon('es', SMALL), 'c5:aa1')).toBeUndefined();
  });

  it('survives keys that collide in its table', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}\t0${i.toString(36)}`);
    const big = parseConceptLexicon('zz', lines.join('\n'));
    for (let i = 0; i < 5000; i += 97) expect(big.entries.get(`w${i.toString(36)}`)).toBe(`0${i.toString(36)}`);
    expect(big.entries.get('w-none')).toBeUndefined();
  });
});

describe('the shipped lexicons', () => {
  beforeAll(() => loadConceptLexicons());

  const keysOf = (text: string, lang: string) => {
    const lexicon = conceptLexicon(lang);
    if (!lexicon) throw new Error(`no lexicon for ${lang}`);
    return new Set(conceptMentions(text, lexicon).map((m) => m.key));
  };
  const meet = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));
  /** Every one of these words meets every other. */
  const allMeet = (...words: Array<[text: string, lang: string]>) => {
    const sets = words.map(([text, lang]) => keysOf(text, lang));
    for (const a of sets) for (const b of sets) expect(meet(a, b)).toBe(true);
  };

  it('lets ordinary words meet across languages', () => {
    allMeet(['un toque de queda', 'es'], ['un couvre-feu', 'fr'], ['il coprifuoco', 'it'], ['a curfew', 'en']);
    expect(meet(keysOf('el ministro dimitió', 'es'), keysOf('le ministre a démissionné', 'fr'))).toBe(true);
    expect(meet(keysOf('alto el fuego', 'es'), keysOf('a cease-fire', 'en'))).toBe(true);
    expect(meet(keysOf('un toque de queda', 'es'), keysOf('the election', 'en'))).toBe(false);
  });

  it('lets German and Russian words, read through English Wiktionary, meet the wordnets\' (inflected forms too)', () => {
    allMeet(['ein Waffenstillstand', 'de'], ['перемирие', 'ru'], ['a cease-fire', 'en'], ['un armisticio', 'es']);
    expect(meet(keysOf('die neue Regierung', 'de'), keysOf('the government', 'en'))).toBe(true);
    expect(meet(keysOf('правительства страны', 'ru'), keysOf('el gobierno', 'es'))).toBe(true);
    expect(meet(keysOf('eine Ausgangssperre', 'de'), keysOf('a curfew', 'en'))).toBe(true);
    expect(meet(keysOf('eine Geisel', 'de'), keysOf('заложников', 'ru'))).toBe(true);
    expect(meet(keysOf('eine Ausgangssperre', 'de'), keysOf('the election', 'en'))).toBe(false);
  });

  it('lets Chinese words meet the others, the Chinese Open Wordnet\'s and Wiktionary\'s Mandarin tables\' alike', () => {
    for (const [zh, de, en] of [['实行宵禁', 'eine Ausgangssperre', 'a curfew'], ['举行选举', 'die Wahl', 'the election']] as const) {
      expect(meet(keysOf(zh, 'zh'), keysOf(de, 'de'))).toBe(true);
      expect(meet(keysOf(zh, 'zh'), keysOf(en, 'en'))).toBe(true);
    }
    expect(meet(keysOf('举行选举', 'zh'), keysOf('a curfew', 'en'))).toBe(false);
  });

  it('gives no concept for a function word that a wordnet also lists as a noun (Snowball\'s lists)', () => {
    // WOLF lists "dans", "par" and "sur" as nouns; the MCR lists "sobre" (an envelope) and "ante" (an elk).
    expect(keysOf('dans la ville, par la police, sur la place', 'fr')).toEqual(keysOf('la ville, la police, la place', 'fr'));
    expect(keysOf('sobre el acuerdo, ante el juez', 'es')).toEqual(keysOf('el acuerdo, el juez', 'es'));
    // "era" (Spanish and Italian "was") is no longer the era that two languages' reports would share.
    expect(meet(keysOf('era tarde', 'es'), keysOf('era tardi', 'it'))).toBe(false);
  });

  it('leaves names to the names: a country is no concept', () => {
    expect(keysOf('Libia', 'es').size).toBe(0);
  });

  it('names shared words in the reader\'s language', () => {
    const english = conceptLexicon('en');
    if (!english) throw new Error('no English lexicon');
    installConceptLexicon(parseConceptLexicon('en', 'x\t0a\n', { labels: true }));
    try {
      const labels = inReaderLanguage(new Map([['c0:a', 'toque de queda'], ['n:GDF', 'Gadafi']]), 'en');
      expect([...labels.values()]).toEqual(['x', 'Gadafi']);
      expect(inReaderLanguage(new Map([['c0:a', 'y']]), 'vi').get('c0:a')).toBe('y');
    } finally {
      installConceptLexicon(english);
    }
  });

  it('names every sense of one word by its most common named sense', () => {
    const english = conceptLexicon('en');
    if (!english) throw new Error('no English lexicon');
    installConceptLexicon(parseConceptLexicon('en', 'bridgework\t1b\nbridge\t6a\n', { labels: true }));
    try {
      const labels = inReaderLanguage(new Map([['c1:b', 'puente'], ['c6:a', 'puente'], ['c2:z', 'puente'], ['c3:q', 'río']]), 'en');
      expect([...labels.values()]).toEqual(['bridge', 'bridge', 'bridge', 'río']);
    } finally {
      installConceptLexicon(english);
    }
  });
});
