import type { Qualifier } from '../model/figure.ts';

/** What formatting a figure needs: a Figure or a GroupMember both fit. */
export interface FigureWording {
  value: number;
  high: number;
  qualifier: Qualifier;
  unit: string;
  of: number | null;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  nearly: 'nearly ',
  more_than: 'more than ',
  at_least: 'at least ',
  less_than: 'less than ',
  up_to: 'up to ',
  range: '',
};

// A fixed locale: the output must not depend on the machine it runs on.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function amount(n: number, unit: string, upper?: number): string {
  if (unit === 'share') {
    return upper === undefined ? `${PERCENT.format(n * 100)}%` : `${PERCENT.format(n * 100)}–${PERCENT.format(upper * 100)}%`;
  }
  const digits = upper === undefined ? NUMBER.format(n) : `${NUMBER.format(n)}–${NUMBER.format(upper)}`;
  if (unit === 'count') return digits;
  return /^[A-Z]{3}$/.test(unit) ? `${unit} ${digits}` : `${digits} ${unit}`;
}

/** A figure in plain English: "about 14,000", "nearly 60%", "37 of 64", "USD 5,000–6,000". */
export function formatFigure(f: FigureWording): string {
  if (f.qualifier === 'range' && f.high !== f.value) return amount(f.value, f.unit, f.high);
  const whole = f.of !== null && f.unit === 'count' ? ` of ${NUMBER.format(f.of)}` : '';
  return `${QUALIFIER_WORDS[f.qualifier]}${amount(f.value, f.unit)}${whole}`;
}
