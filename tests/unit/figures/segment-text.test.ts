import { describe, expect, it } from 'vitest';
import { foldText } from '../../../lib/figures/phrase-index.ts';
import { segmentText } from '../../../lib/figures/segment-text.ts';

const sentences = (text: string, abbreviations: string[] = []): string[] =>
  segmentText(text, foldText(text), new Set(abbreviations)).map((s) => text.slice(s.start, s.end));

describe('segmentText', () => {
  it('cuts sentences at full stops followed by a space, not inside numbers or abbreviations', () => {
    expect(sentences('Khoảng 14.000 binh sĩ. Mr. Smith said 6.5% of U.S. troops left. Done', ['mr.', 'u.s.'])).toEqual([
      'Khoảng 14.000 binh sĩ.',
      'Mr. Smith said 6.5% of U.S. troops left.',
      'Done',
    ]);
  });

  it('cuts at Chinese stops and at line ends', () => {
    expect(sentences('朝鲜派兵。俄方表示感谢！\n第二行')).toEqual(['朝鲜派兵。', '俄方表示感谢！', '第二行']);
  });

  it('cuts clauses at commas followed by a space or between words, not in 14,000', () => {
    const text = 'North Korea sent 14,000 troops, officials said,朝鲜';
    const [s] = segmentText(text, foldText(text), new Set());
    expect(s?.clauses.map((c) => text.slice(c.start, c.end))).toEqual(['North Korea sent 14,000 troops', ' officials said', '朝鲜']);
  });

  it('keeps sentences bounded on text without stops', () => {
    const text = 'word '.repeat(2000);
    for (const s of segmentText(text, foldText(text), new Set())) expect(s.end - s.start).toBeLessThanOrEqual(1800);
  });
});
