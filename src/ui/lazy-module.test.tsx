import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyModule, type LazyModule } from './lazy-module.ts';

interface Greeting {
  text: string;
}

function Probe({ lazy, enabled = true }: { lazy: LazyModule<Greeting>; enabled?: boolean }) {
  const { module, error } = lazy.use(enabled);
  if (error) return <p>failed: {error.message}</p>;
  return <p>{module ? module.text : 'placeholder'}</p>;
}

/** A loader the test resolves or rejects by hand, counting how often it was asked. */
function controlledLoader() {
  const calls: { resolve: (value: Greeting) => void; reject: (error: Error) => void }[] = [];
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
