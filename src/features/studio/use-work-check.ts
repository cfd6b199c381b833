import { useEffect, useRef, useState } from 'react';
import type { WorkCheck } from './check-work.ts';
import type { StudioWork } from './studio-model.ts';
import { createWorkChecker, type WorkChecker } from './work-checker.ts';

/**
 * The live check of `work`, computed off the main thread. While a change is being checked the
 * last result of the same text stays on screen; a new text shows none until its own arrives.
 */
export function useWorkCheck(work: StudioWork | undefined): WorkCheck | undefined {
  const checker = useRef<WorkChecker>(undefined);
  const [result, setResult] = useState<{ work: StudioWork; check: WorkCheck }>();
  useEffect(
    () => () => {
      checker.current?.dispose();
      checker.current = undefined;
    },
    [],
  );
  useEffect(() => {
    if (!work) return;
    checker.current ??= createWorkChecker((checked, check) => setResult({ work: checked, check }));
    checker.current.check(work);
  }, [work]);
  return result && work && result.work.text === work.text ? result.check : undefined;
}
