import { useEffect, useSyncExternalStore } from 'react';

/** F toggles full screen: a wall is set up with a keyboard once, then left alone. */
export function useFullscreenKey(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'f' && event.key !== 'F') return;
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

const FULL_SCREEN_DISPLAY = '(display-mode: fullscreen)';

function subscribeFullScreen(onChange: () => void): () => void {
  const display = window.matchMedia?.(FULL_SCREEN_DISPLAY);
  document.addEventListener('fullscreenchange', onChange);
  display?.addEventListener('change', onChange);
  return () => {
    document.removeEventListener('fullscreenchange', onChange);
    display?.removeEventListener('change', onChange);
  };
}

function isFullScreen(): boolean {
  return (
    Boolean(document.fullscreenElement) || window.matchMedia?.(FULL_SCREEN_DISPLAY).matches === true
  );
}

/**
 * Whether the wall fills the screen: through F (the Fullscreen API), or a browser started in
 * kiosk or full-screen mode. False where there is no document (the first screen built ahead).
 */
export function useFullScreen(): boolean {
  return useSyncExternalStore(subscribeFullScreen, isFullScreen, () => false);
}
