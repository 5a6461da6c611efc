import { describe, expect, it } from 'vitest';
import { fewVersions } from '../../../lib/protocol/views.ts';

describe('offering to find coverage', () => {
  const of = (...relations: Array<'same_story' | 'related'>) => relations.map((relation) => ({ relation }));

  it('is offered while the reader holds fewer than three versions of the story', () => {
    expect(fewVersions([])).toBe(true);
    expect(fewVersions(of('same_story', 'same_story'))).toBe(true);
    expect(fewVersions(of('same_story', 'same_story', 'same_story'))).toBe(false);
  });

  it('does not count related coverage as versions: other stories of the place do not hide it', () => {
    expect(fewVersions(of('related', 'related', 'related', 'related', 'same_story'))).toBe(true);
  });
});
