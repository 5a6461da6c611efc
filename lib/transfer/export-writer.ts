import type { ReportRecord } from '../model/report.ts';
import type { SourceRecord } from '../model/source.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format.ts';

export function headerLine(meta: { exportedAt: string; analysisVersion: number; reports: number | null }): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, ...meta }) + '\n';
}

export function sourceLine(source: SourceRecord): string {
  return JSON.stringify({ type: 'source', ref: source.id, kind: source.kind, key: source.key, title: source.title }) + '\n';
}

/** A report as exported: its text and its analysis, without local ids and times. */
export function reportLine(report: ReportRecord, sourceRef: number | null): string {
  return (
    JSON.stringify({
      type: 'report',
      source: sourceRef,
      url: report.url,
      title: report.title,
      byline: report.byline,
      siteName: report.siteName,
      lang: report.lang,
      publishedTime: report.publishedTime,
      text: report.text,
      excerpt: report.excerpt,
      figures: report.figures,
      keys: report.keys,
      analysisVersion: report.analysisVersion,
    }) + '\n'
  );
}

export function endLine(reports: number): string {
  return JSON.stringify({ type: 'end', reports }) + '\n';
}

/**
 * Report lines for a page of reports, each preceded by its source's line the first time that source appears
 * (`emitted` carries the sources written so far across pages).
 */
export function exportPiece(
  reports: readonly ReportRecord[],
  sources: ReadonlyMap<number, SourceRecord>,
  emitted: Set<number>,
): string {
  let out = '';
  for (const report of reports) {
    const source = report.sourceId !== null ? sources.get(report.sourceId) : undefined;
    if (source?.id !== undefined && !emitted.has(source.id)) {
      out += sourceLine(source);
      emitted.add(source.id);
    }
    out += reportLine(report, source?.id ?? null);
  }
  return out;
}
