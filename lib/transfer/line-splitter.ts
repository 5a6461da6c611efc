import { MAX_LINE_CHARS } from './export-format.ts';
import { TransferError } from './transfer-error.ts';

/**
 * Splits text that arrives in pieces into lines (LF or CRLF), however the pieces cut it. Linear in the input:
 * the unfinished line is carried, and a line longer than the limit is an error rather than a quadratic build-up.
 */
export class LineSplitter {
  private rest = '';
  private lineNo = 0;

  /** Complete lines in this piece, each with its 1-based number. */
  push(piece: string): Array<[line: string, lineNo: number]> {
    const out: Array<[string, number]> = [];
    let start = 0;
    for (let nl = piece.indexOf('\n'); nl >= 0; nl = piece.indexOf('\n', start)) {
      const line = this.rest + piece.slice(start, nl);
      this.rest = '';
      out.push([line.endsWith('\r') ? line.slice(0, -1) : line, ++this.lineNo]);
      start = nl + 1;
    }
    if (this.rest.length + piece.length - start > MAX_LINE_CHARS) {
      throw new TransferError('import-malformed', this.lineNo + 1, `the line is longer than ${MAX_LINE_CHARS} characters`);
    }
    this.rest += piece.slice(start);
    return out;
  }

  /** The last line, when the text does not end with a newline. */
  end(): Array<[line: string, lineNo: number]> {
    if (!this.rest) return [];
    const line = this.rest.endsWith('\r') ? this.rest.slice(0, -1) : this.rest;
    this.rest = '';
    return [[line, ++this.lineNo]];
  }
}
