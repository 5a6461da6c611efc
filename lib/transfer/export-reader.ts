import type { ReportInput } from '../model/report.ts';
import type { SourceInput } from '../model/source.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format.ts';
import { TransferError } from './transfer-error.ts';
import { isObj } from '../util/fields.ts';
import { RecordError, validateReportRecord, validateSourceRecord } from './validate-record.ts';

export interface ExportHeader {
  exportedAt: string | null;
  reports: number | null;
}

export type ExportEntry =
  | { type: 'source'; ref: number; source: SourceInput }
  | { type: 'report'; sourceRef: number | null; report: ReportInput; lineNo: number };

/**
 * Reads an export line by line: the header first, then sources and reports, then the end line. Every line is
 * checked; the first fault throws a TransferError naming its line. `finish()` refuses a file that stops early.
 */
export class ExportReader {
  private state: 'header' | 'body' | 'ended' = 'header';
  private readonly refs = new Set<number>();
  header: ExportHeader | null = null;
  reports = 0;
  private lastLine = 0;

  /**
   * One line. `mode`: "check" validates without analysing again, "store" validates and analyses what needs it,
   * "skip" only counts reports (resuming: those before the cursor are stored already and were checked before).
   */
  read(line: string, lineNo: number, mode: 'check' | 'store' | 'skip' = 'store'): ExportEntry | null {
    this.lastLine = lineNo;
    if (!line.trim()) return null;
    if (this.state === 'ended') throw new TransferError('import-malformed', lineNo, 'text after the end of the export');
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new TransferError(this.state === 'header' ? 'import-not-export' : 'import-malformed', lineNo, 'not valid JSON');
    }
    if (!isObj(raw)) throw new TransferError('import-malformed', lineNo, 'not a JSON object');
    if (this.state === 'header') return this.readHeader(raw, lineNo);
    try {
      switch (raw['type']) {
        case 'source': {
          const { ref, source } = validateSourceRecord(raw);
          this.refs.add(ref);
          return { type: 'source', ref, source };
        }
        case 'report': {
          const sourceRef = raw['source'] === null || raw['source'] === undefined ? null : raw['source'];
          if (sourceRef !== null && (typeof sourceRef !== 'number' || !this.refs.has(sourceRef))) {
            throw new RecordError('"source" refers to no source line above');
          }
          this.reports++;
          if (mode === 'skip') return null;
          return { type: 'report', sourceRef, report: validateReportRecord(raw, { analyze: mode === 'store' }), lineNo };
        }
        case 'end': {
          const count = raw['reports'];
          if (count !== this.reports) throw new RecordError(`the end line counts ${String(count)} reports, the file holds ${this.reports}`);
          this.state = 'ended';
          return null;
        }
        default:
          throw new RecordError(`unknown record type ${JSON.stringify(raw['type'] ?? null).slice(0, 40)}`);
      }
    } catch (error) {
      if (error instanceof RecordError) throw new TransferError('import-malformed', lineNo, error.message);
      throw error;
    }
  }

  /** The file has ended: it must have had its end line. */
  finish(): void {
    if (this.state === 'header') throw new TransferError('import-not-export', 1, 'the file is empty');
    if (this.state !== 'ended') throw new TransferError('import-malformed', this.lastLine + 1, 'the file ends early (no end line): it may be truncated');
  }

  private readHeader(raw: Record<string, unknown>, lineNo: number): null {
    if (raw['format'] !== EXPORT_FORMAT) throw new TransferError('import-not-export', lineNo, 'this is not a Parallax export');
    const version = raw['version'];
    if (typeof version !== 'number' || !Number.isInteger(version)) throw new TransferError('import-malformed', lineNo, 'the export has no version');
    if (version > EXPORT_VERSION || version < 1) throw new TransferError('import-version', lineNo, String(version));
    this.header = {
      exportedAt: typeof raw['exportedAt'] === 'string' ? raw['exportedAt'].slice(0, 64) : null,
      reports: typeof raw['reports'] === 'number' ? raw['reports'] : null,
    };
    this.state = 'body';
    return null;
  }
}
