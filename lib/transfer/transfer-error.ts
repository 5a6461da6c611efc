import { sourceError, type SourceError, type SourceErrorCode } from '../model/source-error.ts';

/** Why an import file was refused, with the line at fault. */
export class TransferError extends Error {
  readonly error: SourceError;
  constructor(code: SourceErrorCode, line: number, detail: string) {
    super(`line ${line}: ${detail}`);
    this.name = 'TransferError';
    this.error = sourceError(code, line, detail);
  }
}
