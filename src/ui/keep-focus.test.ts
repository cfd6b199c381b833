import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusAfterChange, removeKeepingFocus } from './keep-focus.ts';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

/** Runs animation-frame callbacks at once. */
function frameNow() {
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callback(0);
    return 0;
  });
}

function page() {
  document.body.innerHTML = `
    <main id="main" tabindex="-1">
      <ul><li><button>a</button></li><li><button>b</button></li><li><button>c</button></li></ul>
      <button id="clear">clear</button>
    </main>`;
  const [a, b, c] = [...document.querySelectorAll('li button')] as HTMLElement[];
  return { a: a!, b: b!, c: c!, clear: document.getElementById('clear') };
}

describe('focusAfterChange', () => {
  it('leaves focus alone when the move is no longer wanted by then', () => {
    frameNow();
    const { a, b } = page();
    b.focus();
    focusAfterChange(a, () => false);
    expect(document.activeElement).toBe(b);
  });
});

describe('removeKeepingFocus', () => {
  it('moves focus to the next chip, or the one before the last', () => {
    frameNow();
    const { b, c } = page();
    removeKeepingFocus(b, () => b.closest('li')?.remove());
    expect(document.activeElement).toBe(c);
    removeKeepingFocus(c, () => c.closest('li')?.remove());
    expect(document.activeElement?.textContent).toBe('a');
  });

  it('falls back to the given control, then to the main region', () => {
    frameNow();
    const { a, b, c, clear } = page();
    b.closest('li')?.remove();
    c.closest('li')?.remove();
    removeKeepingFocus(a, () => a.closest('li')?.remove(), clear);
    expect(document.activeElement).toBe(clear);
    clear?.remove();
    focusAfterChange(clear);
    expect(document.activeElement?.id).toBe('main');
  });
});
