import type { Readable, Writable } from 'node:stream';

/** The CLI's streams, passed in so that commands can be tested without a process. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;
