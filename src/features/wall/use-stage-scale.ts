import { useEffect, useState } from 'react';

import { fitScale } from './stage-size.ts';

export { DESIGN_HEIGHT, DESIGN_WIDTH, fitScale } from './stage-size.ts';

/**
 * The stage's scale, following the window's inner size (not `screen`, which lies on walls). 1
 * where there is no window: the first screen rendered at build time, which the page's first
 * script scales (src/app/boot.ts).
 */
export function useStageScale(): number {
  const [scale, setScale] = useState(() =>
    typeof window === 'undefined' ? 1 : fitScale(window.innerWidth, window.innerHeight),
  );
  useEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        setScale(fitScale(window.innerWidth, window.innerHeight)),
      );
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return scale;
}
