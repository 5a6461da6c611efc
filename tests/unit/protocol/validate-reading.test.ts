import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler, type BackgroundServices } from '../../../extension/background/message-handler.ts';
import { validateBackgroundMessage } from '../../../lib/protocol/validate.ts';

const SELF = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const PAGE = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const CONTENT = { id: 'ext-id', url: 'https://news.example/a', tab: { id: 7 } };

describe('reading messages (find coverage, collect)', () => {
  it('are checked: a tab id, a site as a host name', () => {
    expect(validateBackgroundMessage({ type: 'bg:coverage.search', payload: { tabId: 4, extra: 1 } })).toEqual({ type: 'bg:coverage.search', payload: { tabId: 4 } });
    expect(validateBackgroundMessage({ type: 'bg:collect.exclude', payload: { site: 'https://WWW.News.example/a' } })).toEqual({ type: 'bg:collect.exclude', payload: { site: 'news.example' } });
    expect(() => validateBackgroundMessage({ type: 'bg:coverage.cancel', payload: { tabId: -1 } })).toThrow(/tabId/);
    expect(() => validateBackgroundMessage({ type: 'bg:collect.exclude', payload: { site: 'not a site' } })).toThrow(/host name/);
    expect(() => validateBackgroundMessage({ type: 'bg:collect.exclude', payload: { site: 'x'.repeat(400) } })).toThrow(/too long/);
  });

  it('are accepted from the extension pages only, never from a page\'s content script', async () => {
    const search = vi.fn(async () => ({ ok: false, problem: 'off' }));
    const handle = createMessageHandler({ 'bg:coverage.search': search } as unknown as BackgroundServices, SELF);
    await handle({ type: 'bg:coverage.search', payload: { tabId: 2 } }, PAGE);
    expect(search).toHaveBeenCalledWith({ tabId: 2 }, { tabId: null });
    await expect(handle({ type: 'bg:coverage.search', payload: { tabId: 2 } }, CONTENT)).rejects.toThrow(/extension pages only/);
    await expect(handle({ type: 'bg:collect.exclude', payload: { site: 'a.example' } }, CONTENT)).rejects.toThrow(/extension pages only/);
  });
});
