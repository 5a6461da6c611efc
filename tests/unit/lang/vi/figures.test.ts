import { describe, expect, it } from 'vitest';
import { figureWith, figuresOf } from '../../../support/figures.ts';

describe('Vietnamese figures', () => {
  it('reads troops sent, with the qualifier, subject, source and time', () => {
    const f = figureWith('Theo Bộ Quốc phòng Hàn Quốc, Triều Tiên đã điều động khoảng 15.000 binh sĩ tới Nga hồi tháng 4.', 'vi', '15.000');
    expect(f).toMatchObject({ quote: 'khoảng 15.000 binh sĩ', value: 15000, qualifier: 'about', qualifierText: 'khoảng', concept: 'troops_sent', subject: 'KP', event: 'sent', attribution: 'Bộ Quốc phòng Hàn Quốc', asOf: 'hồi tháng 4', asOfDate: '2025-04' });
  });

  it('reads a bare "người" in a war sentence as troops, with the event after it', () => {
    const f = figureWith('Quân đội cho biết hơn 6.000 người đã thiệt mạng ở mặt trận.', 'vi', '6.000');
    expect(f).toMatchObject({ quote: 'hơn 6.000 người đã thiệt mạng', concept: 'troops_killed', qualifier: 'more_than', low: 6000, high: 9000 });
  });

  it('reads "tới" before a number as up to, and "37 trong số 64" as a part of a whole', () => {
    expect(figureWith('Có tới 12.000 lao động được gửi sang Nga.', 'vi', '12.000')).toMatchObject({ qualifier: 'up_to', low: 8000, high: 12000, concept: 'workers_sent' });
    expect(figureWith('Có 37 trong số 64 ngôi làng vẫn bị phong tỏa.', 'vi', '37')).toMatchObject({ value: 37, of: 64, concept: 'settlements_closed' });
  });

  it('reads money, durations and shares written as words', () => {
    const figures = figuresOf('Công ty đã chi 2,5 tỷ đô la cho dự án, kéo dài 3 năm. Hai phần ba số binh sĩ đã thiệt mạng.', 'vi');
    expect(figures.map((f) => [f.concept, f.unit, f.value])).toEqual([
      ['money', 'USD', 2500000000],
      ['duration', 'day', 1095.75],
      ['troops_killed', 'share', 0.666666666667],
    ]);
  });

  it('leaves dates, times, model names and "hai năm trước" out', () => {
    expect(figuresOf('Máy bay F-16 cất cánh lúc 10:30 ngày 14/11/2025. Năm 2024 có nhiều biến động. Hai năm trước, tháng 8/2024.', 'vi')).toEqual([]);
  });
});
