interface Scheduler {
  postTask?: (callback: () => void, options: { priority: 'background' }) => Promise<void>;
}

/**
 * Lets the event loop run (IndexedDB's callbacks, messages) before going on: between pieces of a long computation, so
 * that a transaction already under way commits while the next batch is being analysed. Where the browser has task
 * priorities, after every task already queued: a transaction's thousands of request events each take a task of
 * their own, and one task between two pieces would let its commit wait for the computation's end. (Not
 * scheduler.yield(), whose continuation runs ahead of the queued tasks.)
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
