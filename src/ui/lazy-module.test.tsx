import { act, render, screen, waitFor } from '@testing-library/react';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyModule, type LazyModule } from './lazy-module.ts';

interface Greeting {
  text: string;
}

function Probe({ lazy, enabled = true }: { lazy: LazyModule<Greeting>; enabled?: boolean }) {
  const { module, error } = lazy.use(enabled);
  if (error) return <p>failed: {error.message}</p>;
  return <p>{module ? module.text : 'placeholder'}</p>;
}

interface Call {
  resolve: (value: Greeting) => void;
  reject: (error: Error) => void;
}

/** A loader the test resolves or rejects by hand, counting how often it was asked. */
function controlledLoader() {
  const calls: Call[] = [];
  const load = vi.fn(
    () =>
      new Promise<Greeting>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { load, calls };
}

describe('lazyModule', () => {
  it('shows the placeholder, fetches after the first commit, then renders the module', async () => {
    const { load, calls } = controlledLoader();
    const lazy = lazyModule(load);
    render(<Probe lazy={lazy} />);
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => calls[0]?.resolve({ text: 'hello' }));
    expect(screen.getByText('hello')).toBeInTheDocument();
  });

  it('gives a later mount the module at once, without fetching again', async () => {
    const { load, calls } = controlledLoader();
    const lazy = lazyModule(load);
    lazy.preload();
    await act(async () => calls[0]?.resolve({ text: 'ready' }));
    render(<Probe lazy={lazy} />);
    expect(screen.getByText('ready')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not fetch while disabled', () => {
    const { load } = controlledLoader();
    render(<Probe lazy={lazyModule(load)} enabled={false} />);
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
  });

  it('turns a failed fetch into an error every user of the module shows', async () => {
    const { load, calls } = controlledLoader();
    const lazy = lazyModule(load);
    render(<Probe lazy={lazy} />);
    await act(async () => calls[0]?.reject(new Error('chunk gone')));
    expect(screen.getByText('failed: chunk gone')).toBeInTheDocument();
  });
});

describe('lazyModule, with the fetch settling while the first render is under way', () => {
  // React renders a transition in slices and runs promise callbacks between them: a fetch can
  // settle after a component read the module's state and before its effect subscribed. Outside
  // `act`, so the render really is sliced.
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  let before: boolean | undefined;
  beforeEach(() => {
    before = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = before;
  });

  /** Rendered after the probe: settles the fetch, then holds the render long enough to yield. */
  function SettleThenWait({ settle }: { settle: () => void }) {
    settle();
    const until = performance.now() + 20;
    while (performance.now() < until) {
      // React yields to the browser after 5 ms of rendering.
    }
    return null;
  }

  it.each([
    ['an error', (call: Call) => call.reject(new Error('chunk gone')), 'failed: chunk gone'],
    ['the module', (call: Call) => call.resolve({ text: 'hello' }), 'hello'],
  ])('shows %s that arrived between the render and its effect', async (_what, settle, shown) => {
    const { load, calls } = controlledLoader();
    const lazy = lazyModule(load);
    lazy.preload();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    startTransition(() =>
      root.render(
        <>
          <Probe lazy={lazy} />
          <SettleThenWait settle={() => settle(calls[0] as Call)} />
        </>,
      ),
    );
    await waitFor(() => expect(container.textContent).toBe(shown));
    root.unmount();
    container.remove();
  });
});
