import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
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
          data: { id: request.id, validation: validateBundle(json) },
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
