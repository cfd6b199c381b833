import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { parseCatalog } from './catalog-schema.ts';
import { installWorker } from '../../tests/unit/fake-validation-worker.ts';

// The module keeps its worker between calls: each test gets a fresh copy.
async function load() {
  return import('./validate-off-thread.ts');
}

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

const parse = (text: string) => JSON.parse(text) as unknown;

describe('validateBundleText', () => {
  it('asks one worker for every bundle and gives its answer', async () => {
    const workers = installWorker('answer');
    const { validateBundleText } = await load();
    const good = await validateBundleText(JSON.stringify(makeBundle()), parse);
    expect(good.ok).toBe(true);
    const bad = await validateBundleText(JSON.stringify({ schemaVersion: 1 }), parse);
    expect(bad.ok).toBe(false);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received).toHaveLength(2);
  });

  it("says why text is not JSON in the page's own words", async () => {
    installWorker('answer');
    const { validateBundleText } = await load();
    const refuse = () => {
      throw new Error('not JSON, said the page');
    };
    await expect(validateBundleText('{"cut', refuse)).rejects.toThrow('not JSON, said the page');
  });

  it('checks on the page when the worker cannot start, and keeps doing so', async () => {
    const workers = installWorker('fail');
    const { validateBundleText } = await load();
    const first = await validateBundleText(JSON.stringify(makeBundle()), parse);
    expect(first.ok).toBe(true);
    expect(workers[0]?.terminated).toBe(true);
    const second = await validateBundleText(JSON.stringify({ schemaVersion: 2 }), parse);
    expect(second.ok).toBe(false);
    expect(workers).toHaveLength(1);
  });

  it('checks on the page where there is no worker at all', async () => {
    vi.stubGlobal('Worker', undefined);
    const { validateBundleText } = await load();
    const result = await validateBundleText(JSON.stringify(makeBundle()), parse);
    expect(result.ok).toBe(true);
  });
});

describe('parseCatalogText', () => {
  const catalog = JSON.stringify({
    bundles: [
      { id: 'one', title: { zh: '一', en: 'One' }, url: '/data/bundles/one.json' },
      { id: 'Bad Id', title: { zh: '二', en: 'Two' }, url: '/data/bundles/two.json' },
    ],
  });

  it('reads the catalogue in the same worker as the bundles, entry by entry', async () => {
    const workers = installWorker('answer');
    const { parseCatalogText, validateBundleText } = await load();
    const read = await parseCatalogText(catalog, parse);
    expect(read).toEqual(parseCatalog(JSON.parse(catalog)));
    expect(read.ok && read.entries.map((entry) => entry.id)).toEqual(['one']);
    expect(read.ok && read.problems.map((problem) => problem.path)).toEqual(['bundles[1].id']);
    await validateBundleText(JSON.stringify(makeBundle()), parse);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received.map((request) => request.kind)).toEqual(['catalog', 'bundle']);
  });

  it('reads it on the page, the same way, when the worker fails', async () => {
    installWorker('fail');
    const { parseCatalogText } = await load();
    expect(await parseCatalogText(catalog, parse)).toEqual(parseCatalog(JSON.parse(catalog)));
  });

  it("lets the page's own parser say why text is not JSON", async () => {
    installWorker('answer');
    const { parseCatalogText } = await load();
    const pageParse = (text: string) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new Error('the page says: not JSON');
      }
    };
    await expect(parseCatalogText('{nope', pageParse)).rejects.toThrow('the page says: not JSON');
  });
});

describe('fetchBundleOffPage', () => {
  const serve = (body: string, status = 200) =>
    vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response(body, { status })));

  it('has the worker fetch and check the bundle: the page sends an address, not text', async () => {
    const workers = installWorker('answer');
    const fetchSpy = serve(JSON.stringify(makeBundle()));
    vi.stubGlobal('fetch', fetchSpy);
    const { fetchBundleOffPage } = await load();
    const result = await fetchBundleOffPage('/data/bundles/one.json');
    expect(result?.ok).toBe(true);
    expect(workers[0]?.received).toEqual([
      {
        id: 0,
        kind: 'fetch-bundle',
        url: '/data/bundles/one.json',
        href: new URL('/data/bundles/one.json', document.baseURI).href,
      },
    ]);
    expect(fetchSpy.mock.calls[0]?.[0]).toBe(
      new URL('/data/bundles/one.json', document.baseURI).href,
    );
  });

  it('says a failed fetch or a bad body as the page does, naming the address it was given', async () => {
    installWorker('answer');
    vi.stubGlobal('fetch', serve('gone', 404));
    const { fetchBundleOffPage } = await load();
    const missing = await fetchBundleOffPage('/data/bundles/gone.json').catch((error) => error);
    // The error class of this test's fresh copy of the modules.
    const { BundleLoadError } = await import('./fetch-json.ts');
    expect(missing).toBeInstanceOf(BundleLoadError);
    expect((missing as InstanceType<typeof BundleLoadError>).failure).toEqual({
      kind: 'http',
      url: '/data/bundles/gone.json',
      status: 404,
    });
    vi.stubGlobal('fetch', serve('<!doctype html><p>a page'));
    const page = await fetchBundleOffPage('/data/bundles/page.json').catch((error) => error);
    expect((page as InstanceType<typeof BundleLoadError>).failure).toEqual({
      kind: 'html',
      url: '/data/bundles/page.json',
    });
  });

  it('gives the refusal of an invalid bundle with its problems', async () => {
    installWorker('answer');
    vi.stubGlobal('fetch', serve(JSON.stringify({ schemaVersion: 99 })));
    const { fetchBundleOffPage } = await load();
    const result = await fetchBundleOffPage('/data/bundles/new.json');
    expect(result?.ok).toBe(false);
    expect(!result?.ok && result?.problems[0]?.path).toBe('schemaVersion');
  });

  it("calls the worker's fetch off when the page stops waiting", async () => {
    const workers = installWorker('answer');
    let fetchSignal: AbortSignal | undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init?: RequestInit) => {
        fetchSignal = init?.signal ?? undefined;
        return new Promise<Response>(() => {});
      }),
    );
    const { fetchBundleOffPage } = await load();
    const controller = new AbortController();
    const waiting = fetchBundleOffPage('/data/bundles/slow.json', controller.signal);
    await vi.waitFor(() => expect(fetchSignal).toBeDefined());
    controller.abort(new Error('the reader chose another report'));
    await expect(waiting).rejects.toThrow('the reader chose another report');
    await vi.waitFor(() => expect(fetchSignal?.aborted).toBe(true));
    expect(workers[0]?.received.map((request) => request.kind)).toEqual(['fetch-bundle', 'cancel']);
  });

  it("gives up after the time limit on the page's own clock, and calls the fetch off", async () => {
    vi.useFakeTimers();
    try {
      const workers = installWorker('answer');
      vi.stubGlobal(
        'fetch',
        vi.fn(() => new Promise<Response>(() => {})),
      );
      const { fetchBundleOffPage } = await load();
      const { FETCH_TIMEOUT_MS } = await import('./fetch-json.ts');
      const outcome = fetchBundleOffPage('/data/bundles/slow.json').catch((error) => error);
      await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS - 1);
      expect(workers[0]?.received.map((request) => request.kind)).toEqual(['fetch-bundle']);
      await vi.advanceTimersByTimeAsync(1);
      expect(((await outcome) as { failure: unknown }).failure).toEqual({
        kind: 'timeout',
        url: '/data/bundles/slow.json',
        seconds: FETCH_TIMEOUT_MS / 1000,
      });
      expect(workers[0]?.received.map((request) => request.kind)).toEqual([
        'fetch-bundle',
        'cancel',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves the work to the page where the worker fails or there is none', async () => {
    installWorker('fail');
    vi.stubGlobal('fetch', serve(JSON.stringify(makeBundle())));
    const failing = await load();
    expect(await failing.fetchBundleOffPage('/data/bundles/one.json')).toBeUndefined();
    vi.resetModules();
    vi.stubGlobal('Worker', undefined);
    const none = await load();
    expect(await none.fetchBundleOffPage('/data/bundles/one.json')).toBeUndefined();
  });
});
