// The validation worker's start, apart from the code that talks to it (validate-off-thread.ts) so
// the page's entry script can start it as soon as the first screen is up: started with the first
// bundle request, its own start (a new JS isolate, its script fetched and run) sat between that
// request and the check every chart waits for.

/** A worker started early, until the page's validation code takes it over. */
let early: { worker: Worker; failed: boolean } | undefined;

/** A new validation worker. */
export function newValidatorWorker(): Worker {
  return new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the validation worker now, where the browser has workers. A failure to start is kept
 * (its error event may come before anyone listens) and said when the worker is taken.
 */
export function startValidatorEarly(): void {
  if (early || typeof Worker === 'undefined') return;
  try {
    const worker = newValidatorWorker();
    const started = { worker, failed: false };
    worker.addEventListener('error', () => (started.failed = true), { once: true });
    early = started;
  } catch {
    // The page's validation code tries again, and checks on the page if that fails too.
  }
}

/** The worker started early, handed out once, with whether it already failed to start. */
export function takeEarlyValidator(): { worker: Worker; failed: boolean } | undefined {
  const taken = early;
  early = undefined;
  return taken;
}
