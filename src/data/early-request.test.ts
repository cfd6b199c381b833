import { afterEach, describe, expect, it } from 'vitest';
import { takePreload } from './early-request.ts';

function preload(href: string, as = 'fetch'): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.setAttribute('as', as);
  link.setAttribute('href', href);
  document.head.append(link);
}

describe('takePreload', () => {
  afterEach(() => {
    document.head.replaceChildren();
  });

  it('says a preloaded url is there once: the preload answers one request', () => {
    preload('/data/bundles/a.json');
    expect(takePreload('/data/bundles/a.json')).toBe(true);
    expect(takePreload('/data/bundles/a.json')).toBe(false);
  });

  it('does not count a url the page does not preload, or preloads as something else', () => {
    preload('/data/bundles/b.json');
    preload('/data/bundles/c.json', 'script');
    expect(takePreload('/data/bundles/other.json')).toBe(false);
    expect(takePreload('/data/bundles/c.json')).toBe(false);
  });
});
