import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBucket, encodeBucket, findInBucket, patchBucket, type KeyEntry } from '../../../lib/db/key-bucket-codec.ts';
import { addKeyChanges, bucketOf, bucketRows, changedKeyStat, countKeyStats, KEPT_POSTINGS, KEY_BUCKETS, keyStatsOf, type KeyChanges } from '../../../lib/db/key-stats.ts';

describe('addKeyChanges', () => {
  it('counts each key once per report, as gained or lost', () => {
    const changes: KeyChanges = new Map();
    addKeyChanges(changes, 7, ['a', 'a', 'b'], ['b', 'c', 'c']);
    addKeyChanges(changes, 8, [], ['c']);
    expect([...changes]).toEqual([
      ['a', { added: [], removed: [7] }],
      ['c', { added: [7, 8], removed: [] }],
    ]);
  });
});

describe('changedKeyStat', () => {
  it('adds and removes postings, in id order, and deletes a key nobody holds', () => {
    const row = changedKeyStat('k', undefined, [5, 2], []);
    expect(row).toEqual({ key: 'k', df: 2, ids: [2, 5] });
    expect(changedKeyStat('k', row!, [9], [2])).toEqual({ key: 'k', df: 2, ids: [5, 9] });
    expect(changedKeyStat('k', { key: 'k', df: 1, ids: [5] }, [], [5])).toBeNull();
  });

  it('keeps the first holders as a sample once a key is more common than it keeps', () => {
    const first = Array.from({ length: KEPT_POSTINGS }, (_, i) => i + 1);
    const full = changedKeyStat('d:2025', undefined, first, []);
    expect(full).toEqual({ key: 'd:2025', df: KEPT_POSTINGS, ids: first });
    const over = changedKeyStat('d:2025', full!, [KEPT_POSTINGS + 1], []);
    expect(over).toMatchObject({ df: KEPT_POSTINGS + 1, sample: true });
    expect(over!.ids).toHaveLength(KEPT_POSTINGS);
    // Once a sample, always a sample: holders added while it was full are not in it.
    const fewer = changedKeyStat('d:2025', over!, [], [1, 2, 3]);
    expect(fewer).toMatchObject({ df: KEPT_POSTINGS - 2, sample: true });
    expect(fewer!.ids).not.toContain(1);
  });

  it('takes a row without postings (written by an older version) for a sample', () => {
    const legacy = { key: 'k', df: 3 } as unknown as Parameters<typeof changedKeyStat>[1];
    expect(changedKeyStat('k', legacy, [4], [])).toEqual({ key: 'k', df: 4, ids: [4], sample: true });
  });
});

describe('countKeyStats', () => {
  it('recounts statistics and postings from reports in any order', () => {
    expect(countKeyStats([{ id: 3, keys: ['b', 'a'] }, { id: 1, keys: ['a'] }, { keys: ['z'] }])).toEqual([
      { key: 'a', df: 2, ids: [1, 3] },
      { key: 'b', df: 1, ids: [3] },
    ]);
  });
});

describe('key buckets', () => {
  it('spreads keys over the buckets, the same key always in the same one', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `n:k${i}`);
    const counts = new Map<number, number>();
    for (const k of keys) counts.set(bucketOf(k), (counts.get(bucketOf(k)) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(KEY_BUCKETS * 0.99);
    expect(Math.max(...counts.values())).toBeLessThan((20_000 / KEY_BUCKETS) * 3);
    expect(bucketOf('n:RU')).toBe(bucketOf('n:RU'));
    expect(bucketOf('n:RU')).toBeGreaterThanOrEqual(0);
  });

  it('round-trips statistics through bucket rows', () => {
    const stats = countKeyStats([{ id: 1, keys: ['n:RU', 'f:troops:14000'] }, { id: 2, keys: ['n:RU'] }]);
    const rows = bucketRows(stats);
    for (const row of rows) for (const key of decodeBucket(row).keys()) expect(bucketOf(key)).toBe(row.bucket);
    expect(keyStatsOf(rows).sort((a, b) => a.key.localeCompare(b.key))).toEqual(stats.sort((a, b) => a.key.localeCompare(b.key)));
  });
});

describe('bucket encoding', () => {
  it('finds each key, and only whole keys, without decoding the bucket', () => {
    const entries = new Map([
      ['n:RU', { df: 3, ids: [1, 2, 3] }],
      ['v:14000', { df: 1200, ids: [4, 5], sample: true as const }],
      ['n:R', { df: 1, ids: [9] }],
    ]);
    const row = encodeBucket(7, entries);
    expect(decodeBucket(row)).toEqual(entries);
    expect(findInBucket(row, 'v:14000')).toEqual({ df: 1200, ids: [4, 5], sample: true });
    expect(findInBucket(row, 'n:R')).toEqual({ df: 1, ids: [9] });
    expect(findInBucket(row, 'n:')).toBeUndefined();
    expect(findInBucket(row, 'RU')).toBeUndefined();
    expect(decodeBucket(encodeBucket(1, new Map()))).toEqual(new Map());
  });

  it('reads a row of another shape as empty', () => {
    const legacy = { bucket: 1, entries: new Map([['n:RU', { df: 1, ids: [1] }]]) } as unknown as Parameters<typeof decodeBucket>[0];
    expect(decodeBucket(legacy).size).toBe(0);
    expect(findInBucket(legacy, 'n:RU')).toBeUndefined();
  });

  it('never indexes a key with a newline', () => {
    expect(addKeyChanges(new Map(), 1, [], ['n:a\nb', 'n:c']).has('n:a\nb')).toBe(false);
  });
});

describe('patchBucket', () => {
  it('changes, drops and adds entries, and keeps the rest byte for byte, as decoding and encoding again would', () => {
    const entry = fc.record({ df: fc.integer({ min: 1, max: 5000 }), ids: fc.array(fc.integer({ min: 1, max: 2 ** 31 - 1 }), { maxLength: 6 }), sample: fc.boolean() })
      .map(({ df, ids, sample }): KeyEntry => (sample ? { df, ids, sample: true } : { df, ids }));
    const key = fc.stringMatching(/^[a-z]:[a-z0-9]{1,4}$/);
    fc.assert(
      fc.property(fc.dictionary(key, entry), fc.dictionary(key, fc.option(entry)), (before, edits) => {
        const old = new Map(Object.entries(before));
        const expected = new Map(old);
        for (const [k, e] of Object.entries(edits)) {
          if (e) expected.set(k, e);
          else expected.delete(k);
        }
        const row = patchBucket(3, old.size ? encodeBucket(3, old) : undefined, Object.keys(edits), (k) => edits[k] ?? null);
        if (!expected.size) expect(row).toBeNull();
        else {
          expect(decodeBucket(row!)).toEqual(expected);
          for (const [k, e] of expected) expect(findInBucket(row!, k)).toEqual(e);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
