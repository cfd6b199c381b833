import { describe, expect, it } from 'vitest';
import { isTransient, retryDelay, shouldRetry } from './bundle-query.ts';
import { BundleLoadError, type LoadFailure } from './fetch-json.ts';

const error = (failure: LoadFailure) => new BundleLoadError(failure);
const url = '/data/bundles/x.json';

describe('isTransient', () => {
  it.each<[string, LoadFailure]>([
    ['no network', { kind: 'network', url }],
    ['a timeout', { kind: 'timeout', url, seconds: 15 }],
    ['a 503', { kind: 'http', url, status: 503 }],
    ['a catalogue that answered 503', { kind: 'catalog', detail: 'HTTP 503', transient: true }],
  ])('takes %s to pass by itself', (_name, failure) => {
    expect(isTransient(error(failure))).toBe(true);
  });

  it.each<[string, LoadFailure]>([
    ['a 404', { kind: 'http', url, status: 404 }],
    ['a bundle that is not JSON', { kind: 'parse', url, detail: 'Unexpected token' }],
    ['an invalid bundle', { kind: 'invalid', url, problems: [] }],
    ['a catalogue that lists no bundle', { kind: 'catalog', detail: 'lists no bundle' }],
  ])('takes %s to stay as it is', (_name, failure) => {
    expect(isTransient(error(failure))).toBe(false);
  });
});

describe('shouldRetry and retryDelay', () => {
  it('retries a transient failure twice, quickly, and leaves the rest to the app', () => {
    const down = error({ kind: 'http', url, status: 503 });
    expect([0, 1, 2].map((count) => shouldRetry(count, down))).toEqual([true, true, false]);
    expect(shouldRetry(0, error({ kind: 'http', url, status: 404 }))).toBe(false);
  });

  it('backs off from 1 s, doubling, to at most 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
  });
});
