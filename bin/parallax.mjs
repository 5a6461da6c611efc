#!/usr/bin/env node
// The `parallax` command: runs the TypeScript CLI through tsx, so the same lib/ code serves the extension and the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/parallax.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
