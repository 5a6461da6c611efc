import { chromium, type CDPSession } from 'playwright-core';

/**
 * The extension service worker's JS heap, read over the DevTools protocol (Playwright gives no session for workers;
 * the browser is started with --remote-debugging-port and attached to a second time).
 */
export async function workerHeapProbe(port: number): Promise<{ heap(gc?: boolean): Promise<number>; close(): Promise<void> }> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  let id = 0;
  const pending = new Map<number, (r: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id !== undefined) pending.get(m.id)?.(m.result);
  });
  const session = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; targetId: string; url: string }> };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!sw) throw new Error('no extension service worker');
    return ((await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string }).sessionId;
  };
  const call = async (sessionId: string, method: string) => {
    const n = ++id;
    const result = new Promise((resolve) => pending.set(n, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method }) });
    return result;
  };
  return {
    async heap(gc = true) {
      const sessionId = await session();
      if (gc) await call(sessionId, 'HeapProfiler.collectGarbage');
      const usage = (await call(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number };
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      return usage.usedSize;
    },
    async close() {
      await cdp.detach().catch(() => undefined);
    },
  };
}
