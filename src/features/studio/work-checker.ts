// The live check, run in a worker where there is one. Checks come one at a time: while one runs,
// only the newest work waits, so typing never queues a check per keystroke.
import { checkWork, type WorkCheck } from './check-work.ts';
import type { StudioWork } from './studio-model.ts';

/** The work as posted to the worker: text and uncited list left out when the worker has them. */
export interface CheckRequest {
  id: number;
  work: Omit<StudioWork, 'text' | 'uncited'> & Partial<Pick<StudioWork, 'text' | 'uncited'>>;
}

export interface WorkChecker {
  check: (work: StudioWork) => void;
  dispose: () => void;
}

/** Checks works as they come and hands each result with the work it is about. */
export function createWorkChecker(
  onResult: (work: StudioWork, check: WorkCheck) => void,
): WorkChecker {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined; // no workers here (tests, old browsers): check on the main thread
  }
  let running: { id: number; work: StudioWork } | undefined;
  let waiting: StudioWork | undefined;
  let sent: Pick<StudioWork, 'text' | 'uncited'> | undefined;
  let nextId = 0;
  let disposed = false;

  const finish = (check: WorkCheck) => {
    const done = running;
    running = undefined;
    if (disposed || !done) return;
    onResult(done.work, check);
    if (waiting) {
      const next = waiting;
      waiting = undefined;
      start(next);
    }
  };
  const inPage = (work: StudioWork) => window.setTimeout(() => finish(checkWork(work)), 0);
  const start = (work: StudioWork) => {
    running = { id: (nextId += 1), work };
    if (!worker) {
      inPage(work);
      return;
    }
    const { text, uncited, ...rest } = work;
    const request: CheckRequest = {
      id: running.id,
      work: {
        ...rest,
        ...(sent?.text === text ? {} : { text }),
        ...(sent?.uncited === uncited ? {} : { uncited }),
      },
    };
    sent = { text, uncited };
    worker.postMessage(request);
  };
  if (worker) {
    worker.onmessage = (event: MessageEvent<{ id: number; check: WorkCheck }>) => {
      if (event.data.id === running?.id) finish(event.data.check);
    };
    worker.onerror = () => {
      // A worker that cannot start (a blocked script): the page checks, as it did before.
      worker?.terminate();
      worker = undefined;
      if (running) inPage(running.work);
    };
  }
  return {
    check: (work) => {
      if (running) waiting = work;
      else start(work);
    },
    dispose: () => {
      disposed = true;
      worker?.terminate();
    },
  };
}
