import { PassThrough, Readable } from 'node:stream';
import { main } from '../../cli/parallax.ts';
import type { Command } from '../../cli/io.ts';

/** Runs a CLI command in-process with captured streams: the exit code and what it printed. */
export async function runCli(args: string[], options: { input?: string; command?: Command } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const io = { stdin: options.input === undefined ? new PassThrough() : Readable.from([options.input]), stdout, stderr };
  const code = options.command ? await options.command(args, io) : await main(args, io);
  return { code, out, err };
}
