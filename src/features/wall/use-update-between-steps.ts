import { useEffect } from 'react';
import type { Watchable } from '../../lib/watchable.ts';
import { applyUpdate, updateReady } from '../../ui/app-update.ts';

/**
 * Takes a new version of the app (a new deploy) as the tour steps from one view to the next, never
 * in the middle of one; a held tour takes none. The wall saves its place first (use-wall-recovery.ts),
 * so the reloaded wall opens on the view that was due.
 */
export function useUpdateBetweenSteps(step: Watchable<number>): void {
  useEffect(
    () =>
      step.subscribe(() => {
        if (updateReady.get()) applyUpdate();
      }),
    [step],
  );
}
