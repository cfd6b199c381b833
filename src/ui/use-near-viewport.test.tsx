import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearViewport } from './use-near-viewport.ts';

function Probe({ enabled }: { enabled: boolean }) {
  const [ref, near] = useNearViewport<HTMLDivElement>(enabled);
  return <div ref={ref}>{near ? 'near' : 'far'}</div>;
}

type Callback = (entries: { isIntersecting: boolean }[]) => void;

/** A stand-in for the browser's observer that lets the test say when the element is in view. */
function installObserver() {
  const observers: { callback: Callback; observed: Element[]; disconnected: boolean }[] = [];
  class FakeObserver {
    record: (typeof observers)[number];
    constructor(callback: Callback) {
      this.record = { callback, observed: [], disconnected: false };
      observers.push(this.record);
    }
    observe(element: Element) {
      this.record.observed.push(element);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return observers;
}

afterEach(() => vi.unstubAllGlobals());

describe('useNearViewport', () => {
  it('says near at once where the browser cannot observe', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe enabled />);
    expect(screen.getByText('near')).toBeInTheDocument();
  });

  it('says near at once when deferral is off', () => {
    installObserver();
    render(<Probe enabled={false} />);
    expect(screen.getByText('near')).toBeInTheDocument();
  });

  it('waits for the element to come into view, then stops observing and stays near', () => {
    const observers = installObserver();
    render(<Probe enabled />);
    expect(screen.getByText('far')).toBeInTheDocument();
    const observer = observers.at(-1);
    expect(observer?.observed[0]?.textContent).toBe('far');
    act(() => observer?.callback([{ isIntersecting: false }]));
    expect(screen.getByText('far')).toBeInTheDocument();
    act(() => observer?.callback([{ isIntersecting: true }]));
    expect(screen.getByText('near')).toBeInTheDocument();
    expect(observer?.disconnected).toBe(true);
  });
});
