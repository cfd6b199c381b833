import { describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { startEarlyRequest } from './early-request.ts';
import { loadBundle, loadCatalog, resolveBundleUrl } from './load-bundle.ts';
import { BundleLoadError, parseJsonText } from './fetch-json.ts';

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

describe('loadCatalog', () => {
  async function load(body: unknown) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body))),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const entries = await loadCatalog('/data/catalog.json');
      return { entries, warnings: warn.mock.calls.map((call) => String(call[0])) };
    } finally {
      warn.mockRestore();
      vi.unstubAllGlobals();
    }
  }

  async function loadFailure(body: unknown) {
    try {
      await load(body);
    } catch (error) {
      if (error instanceof BundleLoadError) return error.failure;
      throw error;
    }
    throw new Error('expected a BundleLoadError');
  }

  it('returns the valid entries and names each one it skipped in the console', async () => {
    const { entries, warnings } = await load({
      bundles: [catalog[0], { ...catalog[1], url: 'https://elsewhere.example/x.json' }],
    });
    expect(entries).toEqual([catalog[0]]);
    expect(warnings).toEqual([
      '/data/catalog.json: bundles[1].url: expected a same-origin path starting with a single "/" (entry skipped)',
    ]);
  });

  it('says plainly when the JSON is not a catalogue', async () => {
    expect(await loadFailure([catalog[0]])).toEqual({
      kind: 'catalog',
      // Worded by the page from errors.catalogDetail.shape, in its language.
      detail: 'shape',
    });
    expect(await loadFailure({ schemaVersion: 9, bundles: [] })).toMatchObject({
      kind: 'catalog',
      detail: expect.stringMatching(/unsupported catalogue schemaVersion 9/),
    });
  });

  it('reports a page served instead of the catalogue as a catalogue failure', async () => {
    expect(await loadFailure('<!doctype html><p>not here</p>')).toEqual({
      kind: 'catalog',
      detail: 'html',
      transient: false,
    });
  });
});
