import { describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { startEarlyRequest } from './early-request.ts';
import { BundleLoadError, loadBundle, parseJsonText, resolveBundleUrl } from './load-bundle.ts';

const catalog = [
  { id: 'default', title: { zh: '默认', en: 'Default' }, url: '/data/bundles/default.json' },
  { id: 'other', title: { zh: '其他', en: 'Other' }, url: '/data/bundles/other.json' },
];
const origin = 'http://127.0.0.1:4173';

function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof BundleLoadError) return error.failure;
    throw error;
  }
  throw new Error('expected a BundleLoadError');
}

describe('resolveBundleUrl', () => {
  it('takes the catalogue default, a catalogue id, or a same-origin path', () => {
    expect(resolveBundleUrl(undefined, catalog, origin)).toBe('/data/bundles/default.json');
    expect(resolveBundleUrl('other', catalog, origin)).toBe('/data/bundles/other.json');
    expect(resolveBundleUrl('/mock/x.json?a=1', catalog, origin)).toBe('/mock/x.json?a=1');
  });

  it.each([
    'https://evil.example/x.json',
    '//evil.example/x.json',
    'javascript:alert(1)',
    'data:application/json,{}',
    '/\\evil.example/x.json',
    'x.json',
  ])('refuses %s', (value) => {
    expect(failure(() => resolveBundleUrl(value, catalog, origin))).toEqual({
      kind: 'refused',
      value,
    });
  });

  it('names an unknown catalogue id', () => {
    expect(failure(() => resolveBundleUrl('nope', catalog, origin))).toEqual({
      kind: 'unknownBundle',
      id: 'nope',
    });
  });
});

describe('parseJsonText', () => {
  it('tells an HTML page from JSON', () => {
    expect(failure(() => parseJsonText('/x', '<!DOCTYPE html><html></html>'))).toEqual({
      kind: 'html',
      url: '/x',
    });
  });

  it('reports truncated JSON with the parser message', () => {
    const result = failure(() => parseJsonText('/x', '{"schemaVersion": 1, "id": "a'));
    expect(result.kind).toBe('parse');
  });

  it('parses good JSON', () => {
    expect(parseJsonText('/x', '{"a":1}')).toEqual({ a: 1 });
  });
});

describe('loadBundle after an early request', () => {
  it('takes over the response the first screen asked for, and fetches anew the next time', async () => {
    const body = JSON.stringify(makeBundle());
    const fetch = vi.fn(async () => new Response(body));
    vi.stubGlobal('fetch', fetch);
    try {
      await startEarlyRequest('/data/bundles/early.json');
      const bundle = await loadBundle('/data/bundles/early.json');
      expect(bundle.id).toBe('test-bundle');
      expect(fetch).toHaveBeenCalledTimes(1);
      await loadBundle('/data/bundles/early.json');
      expect(fetch).toHaveBeenCalledTimes(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
