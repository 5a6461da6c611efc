import { describe, expect, it } from 'vitest';
import { figureWith, figuresOf } from '../../../support/figures.ts';

describe('Chinese figures', () => {
  it('reads 万 numbers with classifiers, the destination apart from whose troops they are', () => {
    const f = figureWith('据韩联社报道，朝鲜去年向俄罗斯派遣了约1.5万名士兵。', 'zh', '1.5万');
    expect(f).toMatchObject({ quote: '约1.5万名士兵', value: 15000, qualifier: 'about', concept: 'troops_sent', subject: 'KP', attribution: '韩联社', asOf: '去年', asOfDate: '2024' });
  });

  it('reads 多 after a number as more than, and events right after the noun', () => {
    expect(figureWith('袭击造成300多人受伤。', 'zh', '300')).toMatchObject({ quote: '300多人受伤', qualifier: 'more_than', qualifierText: '多', concept: 'people_wounded' });
    expect(figureWith('另有1千多名追加派遣的工兵被投入排雷作业。', 'zh', '1千')).toMatchObject({ value: 1000, qualifier: 'more_than', concept: 'engineers_sent' });
  });

  it('reads the whole before the part: 64个村庄中有37个', () => {
    expect(figureWith('64个村庄中有37个仍被封锁。', 'zh', '37')).toMatchObject({ value: 37, of: 64, concept: 'settlements_closed', quote: '64个村庄中有37个仍被封锁', event: 'closed' });
  });

  it('reads a speed written per hour before the number, and measures in canonical units', () => {
    const figures = figuresOf('风暴最大风力可达每小时85英里，位于海岸以南385英里处。', 'zh');
    expect(figures.map((f) => [f.concept, f.unit, f.stated?.value])).toEqual([
      ['speed', 'km/h', 85],
      ['distance', 'km', 385],
    ]);
    expect(figures[0]?.value).toBeCloseTo(136.79, 2);
  });

  it('leaves dates, issue numbers, 两国 and 十分 out', () => {
    expect(figuresOf('作者:某人 总第:八百六十七期。2024年6月，两国签署条约。工作十分危险。第3期节目将于10月5日播出。', 'zh')).toEqual([]);
  });
});
