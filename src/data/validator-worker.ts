// The validation worker itself (src/data/validate.worker.ts): started once, asked by request id,
// and given up on the first time it cannot load. Apart from what is asked of it
// (validate-off-thread.ts) so the page's entry can start it without loading any of that.
import type { ValidateReply, ValidateRequest } from './validate-off-thread.ts';

let worker: Worker | undefined;
/** Set once the worker could not start or answer: every later bundle is checked on the page. */
let workerFailed = false;
let nextId = 0;
const waiting = new Map<number, (reply: ValidateReply | undefined) => void>();

/** A fresh id for a request to the worker. */
export const nextRequestId = () => nextId++;

/** The running worker, started now if it is not; undefined where there is none or it failed. */
export function startWorker(): Worker | undefined {
  if (workerFailed || typeof Worker === 'undefined') return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerFailed = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<ValidateReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  // A worker that cannot load (a blocked script, an old browser) answers nothing: those waiting
  // are checked on the page, and so is every bundle after them.
  const fail = () => {
    workerFailed = true;
    worker?.terminate();
    worker = undefined;
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  };
  worker.onerror = fail;
  worker.onmessageerror = fail;
  return worker;
}

/**
 * Starts the worker now, if it is not running, so its code loads while the text it will check is
 * still on its way: started only when the text had arrived, a 2 MB bundle waited for it.
 */
export function warmValidator(): void {
  startWorker();
}

/** Posts `request` to the worker: its reply, or undefined once the worker has failed. */
export function ask(running: Worker, request: ValidateRequest): Promise<ValidateReply | undefined> {
  return new Promise<ValidateReply | undefined>((resolve) => {
    waiting.set(request.id, resolve);
    running.postMessage(request);
  });
}

/** No longer waits for request `id`'s reply. */
export function forget(id: number): void {
  waiting.delete(id);
}
