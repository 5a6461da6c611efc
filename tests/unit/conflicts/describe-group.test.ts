import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../../lib/conflicts/compare-figures.ts';
import { CONCEPT_LABELS, conceptLabel } from '../../../lib/conflicts/concept-labels.ts';
import { describeGroup } from '../../../lib/conflicts/describe-group.ts';
import { formatFigure } from '../../../lib/conflicts/format-figure.ts';
import { makeFigure, makeReport } from './make-figure.ts';
import { loadGold } from './seed-gold.ts';

describe('describeGroup', () => {
  it('says what is counted, the positions, each member and the notes', () => {
    const [group] = compareFigures([
      makeReport('a', [{ value: 14000, qualifier: 'about', subject: 'KP', attribution: 'Reuters' }], {
        lang: 'vi',
        siteName: 'VnExpress',
        publishedTime: '2025-11-14T03:00:00Z',
      }),
      makeReport('b', [{ value: 14000, qualifier: 'about', subject: 'KP' }], { lang: 'en', siteName: 'Africa Publicity', publishedTime: null }),
      makeReport('c', [{ value: 12000, qualifier: 'up_to', attribution: 'Zelensky' }], { lang: 'vi', siteName: 'Fox News' }),
    ]);
    if (!group) throw new Error('no group');
    const d = describeGroup(group);
    expect(d.counted).toBe('troops sent (North Korea)');
    expect(d.verdict).toBe('Conflict');
    expect(d.summary).toBe('about 14,000 (2 sources) vs up to 12,000 (1 source)');
    expect(d.members).toEqual([
      'about 14,000 — Reuters via VnExpress, vi, 2025-11-14',
      'about 14,000 — Africa Publicity, en',
      'up to 12,000 — Zelensky via Fox News, vi, 2025-11-14',
    ]);
    expect(d.notes).toEqual(group.explanations.map((e) => e.text));
  });

  it('shows a count compared as a share with its percentage', () => {
    const [group] = compareFigures([
      makeReport('a', [{ value: 37, of: 64, concept: 'settlements_closed' }]),
      makeReport('b', [{ value: 0.6, qualifier: 'nearly', unit: 'share', concept: 'settlements_closed_share' }]),
    ]);
    if (!group) throw new Error('no group');
    expect(describeGroup(group).members.map((m) => m.split(' — ')[0])).toEqual(['37 of 64 (57.8%)', 'nearly 60%']);
    expect(describeGroup(group).counted).toBe('settlements closed');
  });
});

describe('formatFigure', () => {
  it('words values, qualifiers, units and ranges', () => {
    expect(formatFigure(makeFigure({ value: 6000, qualifier: 'more_than' }))).toBe('more than 6,000');
    expect(formatFigure(makeFigure({ value: 0.5, qualifier: 'more_than', unit: 'share' }))).toBe('more than 50%');
    expect(formatFigure(makeFigure({ value: 5000, qualifier: 'range', high: 6000, unit: 'USD' }))).toBe('USD 5,000–6,000');
    expect(formatFigure(makeFigure({ value: 12.5, unit: 'km' }))).toBe('12.5 km');
    expect(formatFigure(makeFigure({ value: 0.1, qualifier: 'range', high: 0.2, unit: 'share' }))).toBe('10–20%');
  });
});

describe('concept labels', () => {
  it('word every concept gold uses', () => {
    for (const f of loadGold().figures) expect(conceptLabel(f.concept), f.concept).not.toMatch(/_/);
  });

  it('compose the extractor’s keys from base, event and quantity words', () => {
    expect(conceptLabel('troops_sent')).toBe('troops sent');
    expect(conceptLabel('construction_workers_sent')).toBe('construction workers sent');
    expect(conceptLabel('troops_casualties')).toBe('troop casualties');
    expect(conceptLabel('troops_deployed_border')).toBe('troops deployed at the border');
    expect(conceptLabel('settlements')).toBe('settlements');
    expect(conceptLabel('share_killed')).toBe('share killed');
    expect(conceptLabel('speed')).toBe('speed');
    expect(conceptLabel('money')).toBe(CONCEPT_LABELS['money']);
    expect(conceptLabel('settlements_closed_share')).toBe('share of settlements closed');
    expect(conceptLabel('other:vi:khu định cư')).toBe('khu định cư');
    expect(conceptLabel('boats_sunk')).toBe('boats sunk');
  });
});
