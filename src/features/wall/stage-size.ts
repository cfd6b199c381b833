// Imports nothing: the page's first script scales the wall's first screen with it, before any of
// the app's code (React included) has loaded.

export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;

/** Uniform scale that fits the 1920×1080 design inside the window (letterboxed, never stretched). */
export function fitScale(width: number, height: number): number {
  return Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
}

/** The stage's transform at `scale`: centred in the window (`.wall-stage` in styles.css). */
export function stageTransform(scale: number): string {
  return `translate(-50%, -50%) scale(${scale})`;
}
