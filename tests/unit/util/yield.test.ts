import { afterEach, describe, expect, it } from 'vitest';
import { yieldToEventLoop } from '../../../lib/util/yield.ts';

/** A task queued now, as an IndexedDB request's event is: resolves with the order it ran in. */
function queuedTask(log: string[], name: string): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      log.push(name);
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

describe('yieldToEventLoop', () => {
  const scheduler = (globalThis as { scheduler?: unknown }).scheduler;
  afterEach(() => {
    (globalThis as { scheduler?: unknown }).scheduler = scheduler;
  });

  it('goes on after the tasks already queued, not before them as a microtask would', async () => {
    const log: string[] = [];
    const queued = [queuedTask(log, 'a'), queuedTask(log, 'b')];
    await yieldToEventLoop();
    log.push('after the yield');
    await Promise.all(queued);
    expect(log).toEqual(['a', 'b', 'after the yield']);
  });

  it('where the browser has task priorities, goes on as a background task (after every queued one)', async () => {
    const asked: string[] = [];
    (globalThis as { scheduler?: unknown }).scheduler = {
      postTask: (callback: () => void, options: { priority: string }) => {
        asked.push(options.priority);
        return new Promise<void>((resolve) => setTimeout(() => resolve(callback()), 0));
      },
      yield: () => Promise.reject(new Error('scheduler.yield() resumes ahead of queued tasks: not to be used')),
    };
    await yieldToEventLoop();
    expect(asked).toEqual(['background']);
  });
});
