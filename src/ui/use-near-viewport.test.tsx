import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearViewport, type Later } from './use-near-viewport.ts';

function Probe({ enabled, later, soon }: { enabled: boolean; later?: Later; soon?: Later }) {
  const [ref, near] = useNearViewport<HTMLDivElement>(enabled, { later, soon });
  return <div ref={ref}>{near ? 'near' : 'far'}</div>;
}

type Callback = (entries: { isIntersecting: boolean }[]) => void;

/** A stand-in for the browser's observer that lets the test say when the element is in view. */
function installObserver() {
  const observers: {
    callback: Callback;
    rootMargin?: string;
    observed: Element[];
    disconnected: boolean;
  }[] = [];
  class FakeObserver {
    record: (typeof observers)[number];
    constructor(callback: Callback, options?: { rootMargin?: string }) {
      this.record = {
        callback,
        rootMargin: options?.rootMargin,
        observed: [],
        disconnected: false,
      };
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
    render(
      <>
        <Probe enabled later={schedule} />
        <Probe enabled later={schedule} />
      </>,
    );
    // Each box has an observer of the screen itself and one of the margin around it.
    const [firstScreen, firstMargin, secondScreen, secondMargin] = observers;
    expect([firstScreen, firstMargin].map((observer) => observer?.rootMargin)).toEqual([
      undefined,
      '300px',
    ]);
    act(() => {
      firstScreen?.callback([{ isIntersecting: true }]);
      firstMargin?.callback([{ isIntersecting: true }]);
      secondScreen?.callback([{ isIntersecting: false }]);
      secondMargin?.callback([{ isIntersecting: true }]);
    });
    expect(screen.getAllByText(/near|far/).map((node) => node.textContent)).toEqual([
      'near',
      'far',
    ]);
    // The first box's wait, queued by its margin observer in the same moment, was called off.
    expect(later).toHaveLength(2);
    expect(cancelled).toEqual(['cancelled']);
    // A second report while it waits does not queue it twice.
    act(() => secondMargin?.callback([{ isIntersecting: true }]));
    expect(later).toHaveLength(2);
    act(() => later[1]?.());
    expect(screen.getAllByText('near')).toHaveLength(2);
    expect(observers.every((observer) => observer.disconnected)).toBe(true);
  });

  it('draws a waiting box at once when the reader scrolls it onto the screen', () => {
    const observers = installObserver();
    const cancelled: string[] = [];
    render(<Probe enabled later={() => () => cancelled.push('cancelled')} />);
    const [onScreen, inMargin] = observers;
    act(() => inMargin?.callback([{ isIntersecting: true }]));
    expect(screen.getByText('far')).toBeInTheDocument();
    act(() => onScreen?.callback([{ isIntersecting: true }]));
    expect(screen.getByText('near')).toBeInTheDocument();
    expect(cancelled).toEqual(['cancelled']);
  });

  it('with `soon`, draws a box on the screen only when `soon` runs it, each box its own turn', () => {
    const observers = installObserver();
    const soon: (() => void)[] = [];
    const later: (() => void)[] = [];
    const cancelled: string[] = [];
    render(
      <>
        <Probe
          enabled
          later={(run) => (later.push(run), () => cancelled.push('later'))}
          soon={(run) => (soon.push(run), () => cancelled.push('soon'))}
        />
        <Probe
          enabled
          later={(run) => (later.push(run), () => cancelled.push('later'))}
          soon={(run) => (soon.push(run), () => cancelled.push('soon'))}
        />
      </>,
    );
    const [firstScreen, firstMargin, secondScreen, secondMargin] = observers;
    act(() => {
      firstScreen?.callback([{ isIntersecting: true }]);
      firstMargin?.callback([{ isIntersecting: true }]);
      secondScreen?.callback([{ isIntersecting: true }]);
      secondMargin?.callback([{ isIntersecting: true }]);
    });
    // Both on the screen, neither drawn yet: each waits for its own turn.
    expect(screen.getAllByText(/near|far/).map((node) => node.textContent)).toEqual(['far', 'far']);
    expect(soon).toHaveLength(2);
    act(() => soon[0]?.());
    expect(screen.getAllByText(/near|far/).map((node) => node.textContent)).toEqual([
      'near',
      'far',
    ]);
    // The first box's idle wait is called off with its turn taken.
    expect(cancelled).toEqual(['later', 'soon']);
    act(() => soon[1]?.());
    expect(screen.getAllByText('near')).toHaveLength(2);
  });
});
