// Makes `npx parallax` work inside this project after `npm install`: npm links the bins of dependencies only,
// not the project's own, so link ours into node_modules/.bin.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

const bin = join(process.cwd(), 'node_modules', '.bin');
mkdirSync(bin, { recursive: true });
const target = join(bin, 'parallax');
rmSync(target, { force: true });
symlinkSync(relative(bin, join(process.cwd(), 'bin', 'parallax.mjs')), target);
