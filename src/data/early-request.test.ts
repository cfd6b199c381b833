import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { resetPreloadWindowForTests, takePreload } from './early-request.ts';

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
