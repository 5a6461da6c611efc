import { intervalFor } from '../../../lib/conflicts/interval.ts';
import type { ComparedReport } from '../../../lib/conflicts/types.ts';
import type { Figure, Qualifier } from '../../../lib/model/figure.ts';

export interface FigureSpec {
  value: number;
  qualifier?: Qualifier;
  concept?: string;
  unit?: string;
  of?: number | null;
  high?: number;
  subject?: string | null;
  event?: string | null;
  attribution?: string | null;
  asOf?: string | null;
  asOfDate?: string;
  /** For a measure converted from another unit: what was written. */
  stated?: { value: number; unit: string };
  quote?: string;
}

/** A hand-made Figure whose interval follows the shared interval rules. */
export function makeFigure(spec: FigureSpec): Figure {
  const qualifier = spec.qualifier ?? 'exact';
  const unit = spec.unit ?? 'count';
  const converted = spec.stated !== undefined;
  const interval = intervalFor(spec.value, qualifier, spec.high === undefined ? { unit, converted } : { high: spec.high, unit, converted });
  const quote = spec.quote ?? `${qualifier} ${spec.value}`;
  const figure: Figure = {
    quote,
    start: 0,
    end: quote.length,
    value: spec.value,
    low: interval.low,
    high: interval.high,
    qualifier,
    qualifierText: null,
    unit,
    concept: spec.concept ?? 'troops_sent',
    noun: 'soldiers',
    subject: spec.subject ?? null,
    event: spec.event ?? null,
    attribution: spec.attribution ?? null,
    asOf: spec.asOf ?? null,
    of: spec.of ?? null,
  };
  if (spec.asOfDate !== undefined) figure.asOfDate = spec.asOfDate;
  if (spec.stated !== undefined) figure.stated = spec.stated;
  return figure;
}

export function makeReport(
  id: string,
  figures: FigureSpec[],
  extra: { lang?: string; siteName?: string | null; publishedTime?: string | null; wireGroup?: string } = {},
): ComparedReport {
  const report: ComparedReport = {
    id,
    lang: extra.lang ?? 'en',
    title: `Report ${id}`,
    siteName: extra.siteName === undefined ? `site-${id}` : extra.siteName,
    publishedTime: extra.publishedTime === undefined ? '2025-11-14T08:00:00Z' : extra.publishedTime,
    figures: figures.map(makeFigure),
  };
  if (extra.wireGroup !== undefined) report.wireGroup = extra.wireGroup;
  return report;
}
