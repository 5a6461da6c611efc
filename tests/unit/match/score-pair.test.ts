import { describe, expect, it } from 'vitest';
import { keyWeight, priorWeight } from '../../../lib/match/key-weights.ts';
import { scorePair, timeFactor } from '../../../lib/match/score-pair.ts';

const DAY = 86_400_000;
const weight = (k: string) => keyWeight(k, 1, 10);

// A story's keys: rare names, a figure, an uncommon number, a day; and another report's own keys.
const story = ['n:KP', 'n:RU', 'n:krsk', 'n:pskf', 'n:prsrtsk', 'f:troops_sent:14000', 'v:14000', 'v:6473', 'd:2025-11-14', 'n:sfst'];
const other = ['n:fks', 'n:tntr', 'v:320', 'n:krnrs', 'd:2024', 'n:snsn', 'n:prks', 'n:kpk', 'v:2881', 'n:tsnp'];

describe('scorePair', () => {
  it('is symmetric', () => {
    const a = { keys: [...story, ...other.slice(0, 3)], publishedAt: 0 };
    const b = { keys: [...story.slice(2), ...other.slice(5)], publishedAt: 2 * DAY };
    const ab = scorePair(a, b, weight);
    const ba = scorePair(b, a, weight);
    expect(ab.score).toBeCloseTo(ba.score, 10);
    expect(ab.relation).toBe(ba.relation);
  });

  it('counts publication dates: same story within days, not months apart, nothing years apart', () => {
    const a = { keys: [...story, ...other.slice(0, 4)], publishedAt: Date.UTC(2025, 10, 14) };
    const b = (days: number) => ({ keys: [...story.slice(1), ...other.slice(6)], publishedAt: a.publishedAt + days * DAY });
    expect(scorePair(a, b(2), weight).relation).toBe('same_story');
    expect(scorePair(a, b(60), weight).relation).toBe('related');
    expect(scorePair(a, b(3 * 365), weight).relation).toBeNull();
    expect(scorePair(a, b(60), weight).score).toBeLessThan(scorePair(a, b(2), weight).score);
    expect(timeFactor(null)).toBe(1);
  });

  it('marks one text in the same order as a wire copy, and the same facts reordered as independent', () => {
    const a = { keys: story, publishedAt: null };
    const copy = scorePair(a, { keys: [...story, 'n:rtr'], publishedAt: null }, weight);
    expect(copy.relation).toBe('same_story');
    expect(copy.wireCopy).toBe(true);
    const reordered = [...story].reverse();
    const independent = scorePair(a, { keys: [...reordered, ...other.slice(0, 4)], publishedAt: null }, weight);
    expect(independent.relation).toBe('same_story');
    expect(independent.wireCopy).toBe(false);
  });

  it('shares nothing with an empty report', () => {
    const empty = scorePair({ keys: story, publishedAt: null }, { keys: [], publishedAt: null }, weight);
    expect(empty).toMatchObject({ score: 0, relation: null, wireCopy: false, shared: [] });
  });

  it('weighs rare keys above common ones, and never to nothing', () => {
    expect(priorWeight('n:prsrtsk')).toBeGreaterThan(priorWeight('n:RU'));
    expect(keyWeight('v:6473', 1, 1000)).toBeGreaterThan(keyWeight('v:14000', 1, 1000));
    expect(keyWeight('n:RU', 1000, 1000)).toBeGreaterThan(0);
    expect(keyWeight('n:pskf', 500, 1000)).toBeLessThan(keyWeight('n:pskf', 5, 1000));
  });
});

describe('scorePair with ordinary words (concept keys)', () => {
  // The same event told in two languages: a few names and a day in common, and part of their ordinary words.
  const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `c3:${prefix}${i}`);
  const shared = [...words('s', 12)];
  const es = { keys: ['n:GDF', 'n:trpl', 'd:2011-03-20', ...story.slice(3, 5), ...shared, ...words('a', 40)], publishedAt: Date.UTC(2011, 2, 20), lang: 'es' };
  const fr = { keys: ['n:GDF', 'n:trpl', 'd:2011-03-20', ...story.slice(3, 5), ...shared, ...words('b', 40)], publishedAt: Date.UTC(2011, 2, 21), lang: 'fr' };

  it('reads fewer shared words across languages as much as more within one', () => {
    const across = scorePair(es, fr, weight);
    const within = scorePair({ ...es, lang: 'fr' }, fr, weight);
    expect(across.score).toBeGreaterThan(within.score);
    expect(across.relation).toBe('same_story');
  });

  it('falls back to names, numbers and dates when one report has no words (a language without a lexicon)', () => {
    const vi = { keys: es.keys.filter((k) => !k.startsWith('c')), publishedAt: es.publishedAt, lang: 'vi' };
    const withWords = scorePair(es, fr, weight);
    const namesOnly = scorePair(es, vi, weight);
    expect(namesOnly.shared.every((k) => !k.startsWith('c'))).toBe(true);
    expect(namesOnly.score).toBeGreaterThan(0);
    expect(withWords.shared.some((k) => k.startsWith('c'))).toBe(true);
  });

  it('weighs the days between publications: a day and a half fully, then less', () => {
    expect(timeFactor(1.5)).toBe(1);
    expect(timeFactor(3)).toBeCloseTo(0.75);
    expect(timeFactor(6)).toBeCloseTo(0.5);
    expect(timeFactor(100)).toBe(0.3);
    const later = scorePair(es, { ...fr, publishedAt: es.publishedAt + 9 * DAY }, weight);
    expect(later.score).toBeLessThan(scorePair(es, fr, weight).score);
    expect(later.relation).not.toBe('same_story');
  });

  it('does not call names in the same order a wire copy when the words disagree', () => {
    const timeline = ['n:EG', 'n:mrs', 'n:bdr', 'n:thr', 'n:krh', 'd:2013-06-30', 'd:2013-07-03', 'n:sss'];
    const a = { keys: [...timeline, ...words('a', 60)], publishedAt: null, lang: 'es' };
    const b = { keys: [...timeline, ...words('b', 60)], publishedAt: null, lang: 'fr' };
    expect(scorePair(a, b, weight).wireCopy).toBe(false);
    const translated = { keys: [...timeline, ...words('a', 60)], publishedAt: null, lang: 'fr' };
    expect(scorePair(a, translated, weight).wireCopy).toBe(true);
  });
});
