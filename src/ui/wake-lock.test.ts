import { describe, expect, it } from 'vitest';
import { keepScreenOn, type WakeLockHost } from './wake-lock.ts';

/** A browser whose wake lock is let go when the tab is hidden, as the real one does. */
function fakeBrowser({ refuse = false } = {}) {
  const sentinels: { released: boolean; release: () => Promise<void> }[] = [];
  let visibility: DocumentVisibilityState = 'visible';
  const listeners = new Set<() => void>();
  let requests = 0;
  const host: WakeLockHost = {
    wakeLock: {
      request: () => {
        requests += 1;
        if (refuse) return Promise.reject(new DOMException('not allowed', 'NotAllowedError'));
        const sentinel = {
          released: false,
          release: async () => {
            sentinel.released = true;
          },
        };
        sentinels.push(sentinel);
        return Promise.resolve(sentinel);
      },
    },
    visibilityState: () => visibility,
    onVisibilityChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const setVisibility = (next: DocumentVisibilityState) => {
    visibility = next;
    if (next === 'hidden') for (const sentinel of sentinels) sentinel.released = true;
    for (const listener of listeners) listener();
  };
  return {
    host,
    sentinels,
    setVisibility,
    listeners,
    held: () => sentinels.filter((sentinel) => !sentinel.released).length,
    requests: () => requests,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keepScreenOn', () => {
  it('takes the screen wake lock, and takes it again when the tab is shown after hiding', async () => {
    const browser = fakeBrowser();
    const stop = keepScreenOn(browser.host);
    await settle();
    expect(browser.held()).toBe(1);
    browser.setVisibility('hidden');
    await settle();
    expect(browser.held()).toBe(0);
    expect(browser.requests()).toBe(1);
    browser.setVisibility('visible');
    await settle();
    expect(browser.held()).toBe(1);
    expect(browser.requests()).toBe(2);
    stop();
    await settle();
    expect(browser.held()).toBe(0);
    expect(browser.listeners.size).toBe(0);
  });

  it('asks once while a lock is held, however often the tab says it is visible', async () => {
    const browser = fakeBrowser();
    keepScreenOn(browser.host);
    browser.setVisibility('visible');
    await settle();
    browser.setVisibility('visible');
    await settle();
    expect(browser.requests()).toBe(1);
  });

  it('lets go of a lock granted after it was stopped', async () => {
    const browser = fakeBrowser();
    const stop = keepScreenOn(browser.host);
    stop();
    await settle();
    expect(browser.held()).toBe(0);
  });

  it('runs on where there is no wake lock, or it is refused', async () => {
    expect(() => keepScreenOn({ ...fakeBrowser().host, wakeLock: undefined })()).not.toThrow();
    const refused = fakeBrowser({ refuse: true });
    keepScreenOn(refused.host);
    await settle();
    refused.setVisibility('visible');
    await settle();
    expect(refused.requests()).toBe(2);
  });
});
