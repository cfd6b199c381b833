import { describe, expect, it } from 'vitest';
import type { BundleIndex } from '../../store/bundle-index.ts';
import {
  advanceReport,
  lapStep,
  tourCanStart,
  type ReportCursor,
  type TourReport,
} from './report-tour.ts';

const START: ReportCursor = { report: -1, since: 0, lap: 0, step: 0 };

/** The report on screen at each step from 0 to `last`. */
function walk(steps: (number | undefined)[], last: number, from = START): number[] {
  const seen: number[] = [];
  let cursor = from;
  for (let step = 0; step <= last; step += 1) {
    cursor = advanceReport(cursor, step, steps);
    seen.push(cursor.report);
  }
  return seen;
}

describe('a tour of several reports', () => {
  it('shows each report for one step per panel, then the next, and starts over', () => {
    expect(walk([2, 3, 1], 7)).toEqual([0, 0, 1, 1, 1, 2, 0, 0]);
  });

  it('skips a report that failed, and takes in one that loads later at its turn', () => {
    expect(walk([2, undefined, 1], 5)).toEqual([0, 0, 2, 0, 0, 2]);
    let cursor = START;
    for (let step = 0; step <= 2; step += 1)
      cursor = advanceReport(cursor, step, [2, undefined, 1]);
    expect(cursor.report).toBe(2);
    cursor = advanceReport(cursor, 3, [2, 1, 1]);
    expect(cursor.report).toBe(0);
    cursor = advanceReport(advanceReport(cursor, 4, [2, 1, 1]), 5, [2, 1, 1]);
    expect(cursor.report).toBe(1);
  });

  it('counts laps over all reports, for a language per lap', () => {
    let cursor = START;
    const laps: number[] = [];
    for (let step = 0; step < 9; step += 1) {
      cursor = advanceReport(cursor, step, [1, 2]);
      laps.push(cursor.lap);
    }
    expect(laps).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });

  it('has nothing to show while no report has loaded', () => {
    expect(advanceReport(START, 4, [undefined, 0]).report).toBe(-1);
  });

  it('picks up a saved place: the report and its step within it', () => {
    const resumed = { report: 1, since: -2, lap: 0, step: 0 };
    expect(walk([2, 3, 1], 2, resumed)).toEqual([1, 2, 0]);
  });

  it('keeps the same cursor while nothing changes, so a listener hears only real changes', () => {
    const cursor = advanceReport(START, 0, [2, 2]);
    expect(advanceReport(cursor, 0, [2, 2])).toBe(cursor);
  });

  it('counts steps into the lap, back to 0 when the first report comes round again', () => {
    const steps = [2, undefined, 3];
    let cursor = START;
    const into: number[] = [];
    for (let step = 0; step < 6; step += 1) {
      cursor = advanceReport(cursor, step, steps);
      into.push(lapStep(cursor, steps));
    }
    expect(into).toEqual([0, 1, 2, 3, 4, 0]);
  });
});

describe('when a tour comes on screen', () => {
  const index = {} as BundleIndex;
  const failure: TourReport['failure'] = { kind: 'http', url: '/a.json', status: 404 };
  const loaded = (param: string): TourReport => ({ param, index, fetchedAt: 1 });
  const pending = (param: string): TourReport => ({ param });
  const failed = (param: string): TourReport => ({ param, failure });

  it('starts once the first report has loaded, while later ones are still on their way', () => {
    expect(tourCanStart([loaded('a'), pending('b'), pending('c')])).toBe(true);
    expect(tourCanStart([pending('a'), loaded('b'), loaded('c')])).toBe(false);
  });

  it('passes over reports that failed to the first that has not', () => {
    expect(tourCanStart([failed('a'), loaded('b'), pending('c')])).toBe(true);
    expect(tourCanStart([failed('a'), pending('b'), loaded('c')])).toBe(false);
    expect(tourCanStart([failed('a'), failed('b')])).toBe(false);
  });

  it('waits for the report a reload resumes at, not the first', () => {
    expect(tourCanStart([loaded('a'), pending('b')], 'b')).toBe(false);
    expect(tourCanStart([pending('a'), loaded('b')], 'b')).toBe(true);
    // A resumed report that has failed since is passed over like any other.
    expect(tourCanStart([loaded('a'), failed('b')], 'b')).toBe(true);
    expect(tourCanStart([loaded('a'), pending('b')], 'gone')).toBe(true);
  });
});
