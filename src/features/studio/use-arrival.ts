import { useEffect } from 'react';
import { ARRIVAL } from './studio-store.ts';
import { useStudio, useStudioStore } from './studio-store.ts';

/**
 * Moves a newly opened work through its arrival, one step per task: each step renders in the
 * task that makes it (the store's updates render at once), so the page gets a frame and input
 * between them and a long report never renders in one long task.
 */
export function useArrival(): void {
  const store = useStudioStore();
  const arrival = useStudio((state) => state.arrival);
  const hasWork = useStudio((state) => state.work !== undefined);
  useEffect(() => {
    if (!hasWork || arrival >= ARRIVAL.check) return;
    const timer = window.setTimeout(() => store.getState().advance(), 0);
    return () => window.clearTimeout(timer);
  }, [store, hasWork, arrival]);
}
