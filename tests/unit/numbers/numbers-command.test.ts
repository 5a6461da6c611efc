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
      [
        { text: '14,000', start: 8, end: 14, value: 14000, kind: 'number', figure: true },
        { text: '60%', start: 35, end: 38, value: 60, kind: 'percent', figure: true },
      ],
      [],
    ]);
  });

  it('prints every match, the ones that are not figures too', async () => {
    const { out } = await run(['--lang', 'zh'], '约1万4000名士兵, 2024年6月');
    const [line] = out.trim().split('\n').map((l) => JSON.parse(l) as { text: string; value: number }[]);
    expect(line?.map((m) => [m.text, m.value])).toEqual([['1万4000', 14000], ['2024', 2024], ['6', 6]]);
  });

  it('gives each item its kind, the ends of a range, the ISO currency and whether it is a figure', async () => {
    const { out } = await run(['--lang', 'en'], 'Between $40 and $55 in 2019\nThe 3rd of them paid 12%\n');
    const [first, second] = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>[]);
    expect(first).toEqual([
      { text: 'Between $40 and $55', start: 0, end: 19, value: 40, kind: 'range', low: 40, high: 55, currency: 'USD', figure: true },
      { text: '2019', start: 23, end: 27, value: 2019, kind: 'number', figure: false },
    ]);
    expect(second?.map((m) => [m.text, m.kind, m.figure])).toEqual([['3rd', 'ordinal', false], ['12%', 'percent', true]]);
  });

  it('refuses a missing or unknown language', async () => {
    const { code, err } = await run(['--lang', 'xx'], '1');
    expect(code).toBe(2);
    expect(err).toMatch(/--lang/);
  });
});
