import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import {
  PRELOADED_BUNDLE_ATTRIBUTE,
  resetPreloadWindowForTests,
  takePreload,
} from './early-request.ts';

function preload(href: string, as = 'fetch'): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.setAttribute('as', as);
  link.setAttribute('href', href);
  document.head.append(link);
}

describe('takePreload', () => {
  beforeEach(() => {
    resetPreloadWindowForTests();
  });
  afterEach(() => {
    document.head.replaceChildren();
  });

  it('says a preloaded url is there once: the preload answers one request', () => {
    preload('/data/bundles/a.json');
    expect(takePreload('/data/bundles/a.json')).toBe(true);
    expect(takePreload('/data/bundles/a.json')).toBe(false);
  });

  it("gives the preload only to the page's first bundle request, not to a later one", () => {
    preload('/data/bundles/default.json');
    // The page opened another report first; the default comes later, for a comparison.
    expect(takePreload('/data/bundles/asked.json')).toBe(false);
    expect(takePreload('/data/bundles/default.json')).toBe(false);
  });

  it('does not count a url the page does not preload, or preloads as something else', () => {
    preload('/data/bundles/c.json', 'script');
    expect(takePreload('/data/bundles/c.json')).toBe(false);
    resetPreloadWindowForTests();
    preload('/data/bundles/b.json');
    expect(takePreload('/data/bundles/other.json')).toBe(false);
  });
});

describe('an unused bundle preload', () => {
  const fetched: string[] = [];
  const realFetch = globalThis.fetch;
  beforeEach(() => {
    resetPreloadWindowForTests();
    fetched.length = 0;
    globalThis.fetch = ((input: RequestInfo | URL) => {
      fetched.push(String(input));
      return Promise.resolve(new Response('{}'));
    }) as typeof fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
    document.head.replaceChildren();
  });

  function preloadBundle(href: string): void {
    preload(href);
    document.head.lastElementChild?.setAttribute(PRELOADED_BUNDLE_ATTRIBUTE, '');
  }

  it('is taken and dropped when the page opens another report first', () => {
    preload('/data/catalog.json');
    preloadBundle('/data/bundles/default.json');
    expect(takePreload('/data/bundles/other.json')).toBe(false);
    // The bundle's preload only: the catalogue's is read by every page.
    expect(fetched).toEqual(['/data/bundles/default.json']);
  });

  it('is left to the request that takes it', () => {
    preloadBundle('/data/bundles/default.json');
    expect(takePreload('/data/bundles/default.json')).toBe(true);
    expect(fetched).toEqual([]);
  });
});
