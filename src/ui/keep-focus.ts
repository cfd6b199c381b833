// Where keyboard focus goes when the control that had it goes away (a chip removed, a panel
// closed): left alone, the browser drops it on <body> and the next Tab starts the page again.

/** The page's main region, the place of last resort (`tabIndex={-1}` lets it take focus). */
const MAIN_ID = 'main';

/**
 * Focuses `target` once the page has drawn its change, or the main region if it has gone; not at
 * all if by then `still` says the move is no longer wanted.
 */
export function focusAfterChange(
  target: HTMLElement | null | undefined,
  still: () => boolean = () => true,
): void {
  requestAnimationFrame(() => {
    if (!still()) return;
    const next = target?.isConnected ? target : document.getElementById(MAIN_ID);
    next?.focus();
  });
}

/**
 * Runs `remove`, which takes away the list item holding `button`, then focuses the button of the
 * item after it, or before it, or else `fallback` (such as the list's "clear" button).
 */
export function removeKeepingFocus(
  button: HTMLElement,
  remove: () => void,
  fallback?: HTMLElement | null,
): void {
  const item = button.closest('li');
  const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector(
    'button',
  );
  remove();
  focusAfterChange(neighbour ?? fallback);
}
