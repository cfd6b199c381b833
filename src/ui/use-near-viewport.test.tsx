import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearViewport, type Later } from './use-near-viewport.ts';

function Probe({ enabled, later }: { enabled: boolean; later?: Later }) {
  const [ref, near] = useNearViewport<HTMLDivElement>(enabled, { later });
  return <div ref={ref}>{near ? 'near' : 'far'}</div>;
}

type Callback = (
  entries: { isIntersecting: boolean; boundingClientRect?: Partial<DOMRectReadOnly> }[],
) => void;

/** A box of 300 px at `top`, as the observer reports it (jsdom's window is 1024×768). */
const boxAt = (top: number) => ({ top, bottom: top + 300, left: 0, right: 400 });

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

  it('draws a box on the screen at once and one just below it only when `later` says', () => {
    const observers = installObserver();
    const later: (() => void)[] = [];
    const cancelled: string[] = [];
    const schedule: Later = (run) => {
      later.push(run);
      return () => cancelled.push('cancelled');
    };
    const { unmount } = render(
      <>
        <Probe enabled later={schedule} />
        <Probe enabled later={schedule} />
      </>,
    );
    const [onScreen, below] = observers.slice(-2);
    act(() => onScreen?.callback([{ isIntersecting: true, boundingClientRect: boxAt(400) }]));
    act(() => below?.callback([{ isIntersecting: true, boundingClientRect: boxAt(900) }]));
    expect(screen.getAllByText(/near|far/).map((node) => node.textContent)).toEqual([
      'near',
      'far',
    ]);
    expect(later).toHaveLength(1);
    // A second report while it waits does not queue it twice.
    act(() => below?.callback([{ isIntersecting: true, boundingClientRect: boxAt(880) }]));
    expect(later).toHaveLength(1);
    act(() => later[0]?.());
    expect(screen.getAllByText('near')).toHaveLength(2);
    expect(cancelled).toEqual(['cancelled']);
    unmount();
  });

  it('draws a waiting box at once when the reader scrolls it onto the screen', () => {
    const observers = installObserver();
    const cancelled: string[] = [];
    render(<Probe enabled later={() => () => cancelled.push('cancelled')} />);
    const observer = observers.at(-1);
    act(() => observer?.callback([{ isIntersecting: true, boundingClientRect: boxAt(900) }]));
    expect(screen.getByText('far')).toBeInTheDocument();
    act(() => observer?.callback([{ isIntersecting: true, boundingClientRect: boxAt(200) }]));
    expect(screen.getByText('near')).toBeInTheDocument();
    expect(cancelled).toEqual(['cancelled']);
  });
});
