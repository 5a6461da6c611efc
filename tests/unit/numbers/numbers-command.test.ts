import { runCli } from '../../support/run-cli.ts';
import { describe, expect, it } from 'vitest';
import { numbersCommand } from '../../../cli/commands/numbers.ts';

const run = (args: string[], input: string) => runCli(args, { input, command: numbersCommand });

describe('parallax numbers', () => {
  it('prints one JSON array per input line, end exclusive, percentages as their number', async () => {
    const { code, out } = await run(['--lang', 'en'], 'roughly 14,000 soldiers and nearly 60%\nnone here\n');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      [{ text: '14,000', start: 8, end: 14, value: 14000 }, { text: '60%', start: 35, end: 38, value: 60 }],
      [],
    ]);
  });

  it('prints every match, the ones that are not figures too', async () => {
    const { out } = await run(['--lang', 'zh'], '约1万4000名士兵, 2024年6月');
    const [line] = out.trim().split('\n').map((l) => JSON.parse(l) as { text: string; value: number }[]);
    expect(line?.map((m) => [m.text, m.value])).toEqual([['1万4000', 14000], ['2024', 2024], ['6', 6]]);
  });

  it('refuses a missing or unknown language', async () => {
    const { code, err } = await run(['--lang', 'xx'], '1');
    expect(code).toBe(2);
    expect(err).toMatch(/--lang/);
  });
});
