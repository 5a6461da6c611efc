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
