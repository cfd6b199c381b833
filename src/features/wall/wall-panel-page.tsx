import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { derived, watchNow, type Watchable } from '../../lib/watchable.ts';
import type { ResolvedPanel } from '../../store/selectors.ts';
import type { TourPosition } from './tour.ts';
import { DESIGN_WIDTH } from './use-stage-scale.ts';
import type { PanelLayout } from './wall-layout.ts';
import { WallPanel } from './wall-panel.tsx';

/**
 * A page of panels, laid out for its own count. The stage keeps pages once drawn and stacks
 * them; those not shown are hidden, and a page turn fades one out and the next in. The tour shows
 * and hides a page, and features its panels, without a render: a wall that runs for days does a
 * step's work in the DOM and two charts, and V8 is not kept busy optimising React's render of it.
 */
export const WallPanelPage = memo(function WallPanelPage({
  panels,
  page,
  position,
  ...layout
}: PanelLayout & {
  panels: ResolvedPanel[];
  page: number;
  position: Watchable<TourPosition>;
}) {
  const shown = useMemo(() => derived(position, (at) => at.page === page), [position, page]);
  const featured = useMemo(
    () =>
      panels.map((_, slot) => derived(position, (at) => at.page === page && at.featured === slot)),
    [panels, position, page],
  );
  // A page out of sight is drawn ahead, when idle, until it is first shown; then at once. The
  // page on the screen as the wall opens (over its first screen, which has the figures and
  // titles) draws its charts one per idle moment too, in order: each chart in a task of its own,
  // not all in one task that held the page for a quarter of a second.
  const [shownOnce, setShownOnce] = useState(() => shown.get());
  const [openedOn] = useState(() => shown.get());
  // Rendered with the class it starts with, as a render to HTML at build time needs (its layout
  // effect never runs); a constant, so React never sets it again over the effect's toggling.
  const [initialClass] = useState(() => (shown.get() ? 'wall-page wall-page--shown' : 'wall-page'));
  const element = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    let told = false;
    return watchNow(shown, (on) => {
      const box = element.current;
      if (!box) return;
      box.classList.toggle('wall-page--shown', on);
      box.inert = !on;
      if (on) box.removeAttribute('aria-hidden');
      else box.setAttribute('aria-hidden', 'true');
      if (on && !told) {
        told = true;
        setShownOnce(true);
      }
    });
  }, [shown]);
  const columns = panels.length > 4 ? 3 : Math.min(Math.max(panels.length, 1), 2);
  const rows = Math.ceil(panels.length / columns) || 1;
  const panelWidth = Math.floor((DESIGN_WIDTH - 80 - (columns - 1) * 20) / columns);
  return (
    <div
      ref={element}
      className={initialClass}
      style={{
        gridTemplateColumns: `repeat(${columns}, 1fr)`,
        gridTemplateRows: `repeat(${rows}, 1fr)`,
      }}
    >
      {panels.map((panel, slot) => (
        <WallPanel
          key={panel.id}
          panel={panel}
          featured={featured[slot] as Watchable<boolean>}
          drawWhenIdle={openedOn || !shownOnce}
          panelWidth={panelWidth}
          {...layout}
        />
      ))}
    </div>
  );
});
