import { describe, expect, it, vi } from 'vitest';
import { createContentHandler, validateContentMessage } from '../../../../extension/content/content-handler.ts';
import type { MarkView } from '../../../../lib/protocol/views.ts';

function services() {
  return {
    'cs:page.extract': vi.fn(() => ({ ok: false as const, reason: 'not-article' as const, message: 'no' })),
    'cs:figures.mark': vi.fn(({ marks }: { marks: MarkView[] }) => ({ marked: marks.length })),
    'cs:figures.clear': vi.fn(() => ({ cleared: 2 })),
  };
}

describe('content script message handler', () => {
  it('routes each message to its one service and answers with what it returns', () => {
    const s = services();
    const handle = createContentHandler(s);
    expect(handle({ type: 'cs:page.extract', payload: {} })).toEqual({ ok: false, reason: 'not-article', message: 'no' });
    const marks = [{ quote: '1,200' }] as unknown as MarkView[];
    expect(handle({ type: 'cs:figures.mark', payload: { marks } })).toEqual({ marked: 1 });
    expect(s['cs:figures.mark']).toHaveBeenCalledWith({ marks });
    expect(handle({ type: 'cs:figures.clear' })).toEqual({ cleared: 2 });
  });

  it('answers nothing to what is not a content message, and passes on only known fields', () => {
    const s = services();
    const handle = createContentHandler(s);
    for (const raw of [null, 'cs:page.extract', [], { type: 'bg:tab.analyze', payload: { tabId: 1 } }, { type: 'cs:figures.mark', payload: { marks: 'all' } }, { type: 'cs:figures.mark' }]) {
      expect(handle(raw)).toBeUndefined();
    }
    expect(Object.values(s).every((f) => f.mock.calls.length === 0)).toBe(true);
    expect(validateContentMessage({ type: 'cs:page.extract', payload: { force: true, html: '<b>' } })).toEqual({ type: 'cs:page.extract', payload: {} });
  });
});
