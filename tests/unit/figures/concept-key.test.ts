import { describe, expect, it } from 'vitest';
import { type ConceptParts, conceptKey } from '../../../lib/figures/concept-key.ts';

const parts = (p: Partial<ConceptParts>): ConceptParts => ({
  lang: 'en',
  base: null,
  generic: false,
  military: false,
  event: null,
  quantity: null,
  currency: null,
  noun: '',
  ...p,
});

describe('conceptKey', () => {
  it('joins what is counted and what happened', () => {
    expect(conceptKey(parts({ base: 'troops', event: 'sent' }))).toBe('troops_sent');
    expect(conceptKey(parts({ base: 'settlements' }))).toBe('settlements');
  });

  it('counts bare people as troops in a military sentence only', () => {
    expect(conceptKey(parts({ base: 'people', generic: true, military: true, event: 'killed' }))).toBe('troops_killed');
    expect(conceptKey(parts({ base: 'people', generic: true, event: 'killed' }))).toBe('people_killed');
    expect(conceptKey(parts({ base: 'civilians', military: true, event: 'killed' }))).toBe('civilians_killed');
  });

  it('keys measures by quantity, money by money, and unknown nouns within their language', () => {
    expect(conceptKey(parts({ quantity: 'distance' }))).toBe('distance');
    expect(conceptKey(parts({ currency: 'USD', quantity: 'share' }))).toBe('money');
    expect(conceptKey(parts({ quantity: 'share', event: 'killed' }))).toBe('share_killed');
    expect(conceptKey(parts({ lang: 'fr', noun: 'Sièges  sociaux' }))).toBe('other:fr:sièges sociaux');
    expect(conceptKey(parts({}))).toBeNull();
  });
});
