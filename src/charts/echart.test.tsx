import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createWatchable } from '../lib/watchable.ts';
import { EChart, type EChartProps } from './echart.tsx';
import type { ChartOption } from './echarts.ts';

/**
 * A stand-in for ECharts at the one module that imports it: jsdom has no canvas. Each chart
 * records how it was created and what was asked of it, and can fire its events.
 */
const fake = vi.hoisted(() => {
  interface FakeChart {
    theme: unknown;
    opts: Record<string, unknown>;
    options: unknown[];
    actions: { type: string; dataIndex: number }[];
    handlers: Map<string, (params: unknown) => void>;
    disposed: boolean;
    emit: (event: string, params?: unknown) => void;
  }
  const charts: FakeChart[] = [];
  const byElement = new Map<Element, FakeChart & Record<string, unknown>>();
  const echarts = {
    init(element: Element, theme: unknown, opts: Record<string, unknown>) {
      const chart: FakeChart & Record<string, unknown> = {
        theme,
        opts,
        options: [],
        actions: [],
        handlers: new Map(),
        disposed: false,
        emit(event, params) {
          chart.handlers.get(event)?.(params);
        },
        setOption(option: unknown) {
          chart.options.push(option);
        },
        hideLoading() {},
        showLoading() {},
        resize() {},
        on(event: string, handler: (params: unknown) => void) {
          chart.handlers.set(event, handler);
        },
        off(event: string) {
          chart.handlers.delete(event);
        },
        getZr: () => ({ refresh() {} }),
        isDisposed: () => chart.disposed,
        dispatchAction(action: { type: string; dataIndex: number }) {
          chart.actions.push(action);
        },
      };
      charts.push(chart);
      byElement.set(element, chart);
      return chart;
    },
    getInstanceByDom: (element: Element) => byElement.get(element),
    dispose(element: Element) {
      const chart = byElement.get(element);
      if (chart) chart.disposed = true;
      byElement.delete(element);
    },
  };
  return { charts, echarts };
});
vi.mock('./echarts.ts', () => ({ echarts: fake.echarts }));

const option = (values: number[]): ChartOption => ({
  series: [{ type: 'bar', data: values.map((value, index) => ({ value, id: `i${index}` })) }],
});

const props: EChartProps = {
  option: option([3, 2, 1]),
  mode: 'analyst',
  label: 'People: bar chart of 3 indicators',
  height: 240,
  testId: 'chart',
};

async function drawn(count = 1) {
  await waitFor(() => expect(fake.charts).toHaveLength(count));
  return fake.charts[count - 1] as (typeof fake.charts)[number];
}

beforeEach(() => {
  fake.charts.length = 0;
});

describe('EChart', () => {
  it('names the chart for screen readers and creates it once, in its theme, with its option', async () => {
    render(<EChart {...props} pixelScale={2} />);
    expect(screen.getByRole('img', { name: 'People: bar chart of 3 indicators' })).toBeVisible();
    const chart = await drawn();
    expect(chart.theme).toBe('analyst');
    expect(chart.opts).toMatchObject({ locale: 'EN', renderer: 'canvas' });
    expect(chart.opts.devicePixelRatio).toBe((window.devicePixelRatio || 1) * 2);
    expect(chart.options).toEqual([props.option]);
    expect(fake.charts).toHaveLength(1);
  });

  it('hands the id of a clicked item out', async () => {
    const onItemClick = vi.fn();
    render(<EChart {...props} onItemClick={onItemClick} />);
    const chart = await drawn();
    chart.emit('click', { data: { id: 'i1' } });
    chart.emit('click', { seriesId: 'gauge-a' });
    expect(onItemClick.mock.calls).toEqual([['i1'], ['gauge-a']]);
  });

  it('marks a drawn chart, and clears the mark for an option with new content only', async () => {
    const { rerender } = render(<EChart {...props} />);
    const chart = await drawn();
    const box = screen.getByTestId('chart');
    act(() => chart.emit('finished'));
    expect(box).toHaveAttribute('data-chart-finished', 'true');
    // The same content rebuilt: nothing to draw, the mark stays.
    rerender(<EChart {...props} option={option([3, 2, 1])} />);
    expect(box).toHaveAttribute('data-chart-finished', 'true');
    rerender(<EChart {...props} option={option([3, 2])} />);
    expect(box).not.toHaveAttribute('data-chart-finished');
    expect(chart.options.at(-1)).toEqual(option([3, 2]));
  });

  it('re-creates the chart for another theme', async () => {
    const { rerender } = render(<EChart {...props} />);
    const desk = await drawn();
    rerender(<EChart {...props} mode="wall" />);
    const wall = await drawn(2);
    expect(desk.disposed).toBe(true);
    expect(wall.theme).toBe('wall');
  });

  it('holds the featured item in emphasis only while the tour features it', async () => {
    const featured = createWatchable(false);
    render(<EChart {...props} emphasis={1} emphasisOn={featured} />);
    const chart = await drawn();
    expect(chart.actions).toEqual([]);
    act(() => featured.set(true));
    expect(chart.actions).toEqual([{ type: 'highlight', seriesIndex: 0, dataIndex: 1 }]);
    act(() => featured.set(false));
    expect(chart.actions.at(-1)).toEqual({ type: 'downplay', seriesIndex: 0, dataIndex: 1 });
  });

  describe('with redrawLater', () => {
    /** A hand-run stand-in for the desk's queue: runs only when the test says so. */
    function manualTurns() {
      const waiting: (() => void)[] = [];
      const later = vi.fn((run: () => void) => {
        waiting.push(run);
        return () => {
          const at = waiting.indexOf(run);
          if (at >= 0) waiting.splice(at, 1);
        };
      });
      const runNext = () => act(() => waiting.shift()?.());
      return { later, waiting, runNext };
    }

    it('draws the first option at once and a new one only when its turn comes', async () => {
      const turns = manualTurns();
      const { rerender } = render(<EChart {...props} redrawLater={turns.later} />);
      const chart = await drawn();
      const box = screen.getByTestId('chart');
      act(() => chart.emit('finished'));
      expect(turns.later).not.toHaveBeenCalled();
      rerender(<EChart {...props} option={option([5, 4])} redrawLater={turns.later} />);
      // Not drawn yet, and not marked as drawn: the old picture is still on the canvas.
      expect(chart.options).toEqual([props.option]);
      expect(box).not.toHaveAttribute('data-chart-finished');
      // The old option finishing meanwhile does not mark the chart either.
      act(() => chart.emit('finished'));
      expect(box).not.toHaveAttribute('data-chart-finished');
      turns.runNext();
      expect(chart.options.at(-1)).toEqual(option([5, 4]));
      act(() => chart.emit('finished'));
      expect(box).toHaveAttribute('data-chart-finished', 'true');
      expect(turns.waiting).toHaveLength(0);
    });

    it('takes the same content at once, and gives the latest option when several came', async () => {
      const turns = manualTurns();
      const { rerender } = render(<EChart {...props} redrawLater={turns.later} />);
      const chart = await drawn();
      act(() => chart.emit('finished'));
      rerender(<EChart {...props} option={option([3, 2, 1])} redrawLater={turns.later} />);
      expect(turns.waiting).toHaveLength(0);
      rerender(<EChart {...props} option={option([9])} redrawLater={turns.later} />);
      rerender(<EChart {...props} option={option([8, 7])} redrawLater={turns.later} />);
      // One wait, for the latest: the one for [9] was called off.
      expect(turns.waiting).toHaveLength(1);
      turns.runNext();
      expect(chart.options).toEqual([props.option, option([8, 7])]);
    });

    it('puts the mark back when the option returns to the drawn one before its turn', async () => {
      const turns = manualTurns();
      const { rerender } = render(<EChart {...props} redrawLater={turns.later} />);
      const chart = await drawn();
      const box = screen.getByTestId('chart');
      act(() => chart.emit('finished'));
      rerender(<EChart {...props} option={option([1])} redrawLater={turns.later} />);
      expect(box).not.toHaveAttribute('data-chart-finished');
      rerender(<EChart {...props} option={option([3, 2, 1])} redrawLater={turns.later} />);
      expect(turns.waiting).toHaveLength(0);
      expect(box).toHaveAttribute('data-chart-finished', 'true');
      expect(chart.options).toEqual([props.option]);
    });

    it('calls its wait off when the chart goes', async () => {
      const turns = manualTurns();
      const { rerender, unmount } = render(<EChart {...props} redrawLater={turns.later} />);
      const chart = await drawn();
      rerender(<EChart {...props} option={option([1])} redrawLater={turns.later} />);
      expect(turns.waiting).toHaveLength(1);
      unmount();
      expect(turns.waiting).toHaveLength(0);
      expect(chart.disposed).toBe(true);
    });
  });
});
