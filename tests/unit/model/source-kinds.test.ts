import { describe, expect, it } from 'vitest';
import type { SourceKind } from '../../../lib/model/source.ts';
import { isPrunableKind, takesReport } from '../../../lib/model/source-kinds.ts';

const ALL: SourceKind[] = ['page', 'url', 'feed', 'paste', 'file', 'import', 'collected'];

describe('kinds of source', () => {
  it('only reports that came by themselves (feeds, collected pages) are prunable', () => {
    expect(ALL.filter(isPrunableKind)).toEqual(['feed', 'collected']);
    expect(isPrunableKind('anything')).toBe(false);
  });

  it('a stored report passes to a source added by hand, and a collected one to any other source', () => {
    expect(ALL.filter((kind) => takesReport(kind, false))).toEqual(['page', 'url', 'paste', 'file', 'import']);
    expect(ALL.filter((kind) => takesReport(kind, true))).toEqual(['page', 'url', 'feed', 'paste', 'file', 'import']);
  });
});
