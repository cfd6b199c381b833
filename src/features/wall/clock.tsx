import { memo, useLayoutEffect, useRef } from 'react';
import { clockText } from './clock-format.ts';

/**
 * The time, to the second, the same in either language. It ticks by writing its own text (React renders the element and
 * leaves its content alone): a wall that runs for days re-renders nothing once a second.
 */
export const Clock = memo(function Clock() {
  const element = useRef<HTMLTimeElement>(null);
  // Before the first paint, so the clock never shows empty.
  useLayoutEffect(() => {
    const tick = () => {
      const now = new Date();
      if (!element.current) return;
      element.current.textContent = clockText(now);
      element.current.dateTime = now.toISOString();
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, []);
  return <time ref={element} className="wall-clock" data-testid="wall-clock" />;
});
