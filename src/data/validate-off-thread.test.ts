import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { parseCatalog } from './catalog-schema.ts';
import { validateBundle } from './validate-bundle.ts';
import type { ValidateReply, ValidateRequest } from './validate-off-thread.ts';

/** A stand-in for the browser's worker: answers as the real one does, or fails to start. */
function installWorker(behaviour: 'answer' | 'fail') {
  const started: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent<ValidateReply>) => void) | null = null;
    onerror: (() => void) | null = null;
    onmessageerror: (() => void) | null = null;
    received: ValidateRequest[] = [];
    terminated = false;
    constructor() {
      started.push(this);
    }
    postMessage(request: ValidateRequest) {
      this.received.push(request);
      setTimeout(() => {
        if (behaviour === 'fail') return this.onerror?.();
        let json: unknown;
        try {
          json = JSON.parse(request.text);
        } catch {
          return this.onmessage?.({ data: { id: request.id, unparsable: true } } as MessageEvent);
        }
        this.onmessage?.({
          data:
            request.kind === 'catalog'
              ? { id: request.id, catalog: parseCatalog(json) }
              : { id: request.id, validation: validateBundle(json) },
        } as MessageEvent<ValidateReply>);
      }, 0);
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return started;
}

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
