import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler, type BackgroundServices } from '../../../../extension/background/message-handler.ts';
import { LIMITS } from '../../../../lib/model/limits.ts';

const SELF = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const PAGE = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const CONTENT = { id: 'ext-id', url: 'https://news.example/a', tab: { id: 7 } };
const article = {
  url: 'https://news.example/a',
  title: 'T',
  byline: null,
  siteName: 'News',
  publishedTime: null,
  lang: 'en',
  text: 'Some text',
  excerpt: 'Some',
};

type Fn = ReturnType<typeof vi.fn>;

/** A mock for every service of the protocol, whatever messages it has. */
function services(): BackgroundServices & Record<string, Fn> {
  const mocks = new Map<string, Fn>();
  return new Proxy({} as BackgroundServices & Record<string, Fn>, {
    get(_target, key: string) {
      if (!mocks.has(key)) mocks.set(key, vi.fn(async () => ({ ok: true })));
      return mocks.get(key);
    },
  });
}

describe('background message handler', () => {
  it('routes each message to its one service', async () => {
    const s = services();
    const handle = createMessageHandler(s, SELF);
    await handle({ type: 'bg:tab.analyze', payload: { tabId: 3 } }, PAGE);
    await handle({ type: 'bg:page.extracted', payload: { article } }, CONTENT);
    expect(s['bg:tab.analyze']).toHaveBeenCalledWith({ tabId: 3 }, { tabId: null });
    expect(s['bg:page.extracted']).toHaveBeenCalledWith({ article }, { tabId: 7 });
  });

  it('accepts UI messages from extension pages only', async () => {
    const handle = createMessageHandler(services(), SELF);
    await expect(handle({ type: 'bg:tab.save', payload: { tabId: 3 } }, CONTENT)).rejects.toThrow(/extension pages only/);
    await expect(handle({ type: 'bg:tab.save', payload: { tabId: 3 } }, { id: 'other', url: PAGE.url })).rejects.toThrow();
  });

  it('accepts page reports from content scripts only', async () => {
    const handle = createMessageHandler(services(), SELF);
    await expect(handle({ type: 'bg:page.extracted', payload: { article } }, PAGE)).rejects.toThrow(/content scripts only/);
  });

  it('rejects unknown, malformed and oversized payloads before any service runs', async () => {
    const s = services();
    const handle = createMessageHandler(s, SELF);
    await expect(handle({ type: 'bg:corpus.dump', payload: {} }, PAGE)).rejects.toThrow(/unknown message/);
    await expect(handle({ type: 'bg:tab.analyze', payload: { tabId: '3' } }, PAGE)).rejects.toThrow(/tabId/);
    await expect(handle('bg:tab.analyze', PAGE)).rejects.toThrow();
    const huge = { ...article, text: 'x'.repeat(LIMITS.text + 1) };
    await expect(handle({ type: 'bg:page.extracted', payload: { article: huge } }, CONTENT)).rejects.toThrow(/too long/);
    const js = { ...article, url: 'javascript:alert(1)' };
    await expect(handle({ type: 'bg:page.extracted', payload: { article: js } }, CONTENT)).rejects.toThrow(/http/);
    expect(s['bg:page.extracted']).not.toHaveBeenCalled();
  });

  it('passes on only the fields the protocol defines', async () => {
    const s = services();
    const handle = createMessageHandler(s, SELF);
    await handle({ type: 'bg:page.extracted', payload: { article: { ...article, evil: '<script>' } } }, CONTENT);
    const passed = ((s['bg:page.extracted'] as unknown as Fn).mock.calls[0] as unknown[])[0] as { article: Record<string, unknown> };
    expect(passed.article).not.toHaveProperty('evil');
  });
});
