/** Gives the main thread back to the browser (input, paint) before the caller goes on. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` over `items`, at most `limit` at a time, each in a task of its own, calling
 * `settled` as each one ends (rejections included); resolves once all have ended.
 */
export async function inTurn<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  settled: (item: T, result: PromiseSettledResult<R>) => void,
): Promise<void> {
  let next = 0;
  const runner = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await nextTask();
      try {
        settled(item, { status: 'fulfilled', value: await work(item) });
      } catch (reason) {
        settled(item, { status: 'rejected', reason });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, runner));
}
