import { useMemo } from 'react';
import type { LoadStatus } from '../../data/load-status.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { useTour } from './use-tour.ts';
import { useWallRecovery, useWallResume } from './use-wall-recovery.ts';
import { wallPanels } from './wall-layout.ts';
import { useWallLayout, WallStage } from './wall-stage.tsx';

export { WallTourPage } from './wall-tour-page.tsx';
export { tourCanStart } from './report-tour.ts';
export { resumedReport } from './use-wall-recovery.ts';

/** The big screen: a 1920×1080 design scaled to any window, touring its panels by itself. */
export function WallPage({ index, status }: { index: BundleIndex; status: LoadStatus }) {
  const interval = useDashboard((state) => state.interval);
  const resume = useWallResume();
  const tour = useTour(interval, resume.startStep);
  const { both, layout } = useWallLayout();
  // Resolved once per bundle and layout, not on every tour step: a chart whose panel object
  // stays the same keeps its rows and option.
  const panels = useMemo(
    () => wallPanels(index, layout.maxBars, both),
    [index, layout.maxBars, both],
  );
  useWallRecovery({ tour, intervalSeconds: interval, cycleLength: panels.length, resume });
  return (
    <WallStage
      index={index}
      panels={panels}
      status={status}
      tour={tour}
      reloads={resume.record.count}
    />
  );
}
