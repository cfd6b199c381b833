import { vi } from 'vitest';
import type { ValidateReply, ValidateRequest } from '../../src/data/validate-off-thread.ts';
import { answerRequest } from '../../src/data/validate-requests.ts';

export interface FakeWorker {
  received: ValidateRequest[];
  terminated: boolean;
}

/**
 * Puts a stand-in for the browser's validation worker in place of `Worker`: it answers each
 * request through the real worker's handler (src/data/validate.worker.ts), a task later, or fails
 * to start. The workers started so far.
 */
export function installWorker(behaviour: 'answer' | 'fail'): FakeWorker[] {
  const started: FakeWorker[] = [];
  class Fake implements FakeWorker {
    onmessage: ((event: MessageEvent<ValidateReply>) => void) | null = null;
    onerror: (() => void) | null = null;
    onmessageerror: (() => void) | null = null;
    received: ValidateRequest[] = [];
    terminated = false;
    constructor() {
      started.push(this);
    }
    postMessage(request: ValidateRequest) {
      // What crosses to a worker is a copy, as the browser's structured clone makes it.
      this.received.push(structuredClone(request));
      setTimeout(() => {
        if (behaviour === 'fail') return this.onerror?.();
        answerRequest(structuredClone(request), (data) =>
          this.onmessage?.({ data: structuredClone(data) } as MessageEvent<ValidateReply>),
        );
      }, 0);
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', Fake);
  return started;
}
