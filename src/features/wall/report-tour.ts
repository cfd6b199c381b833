import type { LoadFailure } from '../../data/fetch-json.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';

/** One report of a wall's tour (`bundle=a,b,c`): loaded and verified, or why it is skipped. */
export interface TourReport {
  /** The id or path the address names it by. */
  param: string;
  index?: BundleIndex;
  /** When its data was fetched, or saved when `restored`. */
  fetchedAt?: number;
  restored?: boolean;
  /** When refetching it started to fail while its last good data stays on screen. */
  staleSince?: number;
  failure?: LoadFailure;
}

/** Where a tour of several reports stands. */
export interface ReportCursor {
  /** The report on screen (its place in the address), -1 while none can be shown. */
  report: number;
  /** The tour step at which it came on screen. */
  since: number;
  /** Completed passes over all reports, for `lang=cycle`. */
  lap: number;
  /** The tour step this cursor was worked out for. */
  step: number;
}

/** The first report after `from` (wrapping) with steps to show, and whether the tour wrapped. */
function nextReady(
  from: number,
  steps: readonly (number | undefined)[],
): { report: number; wrapped: boolean } | undefined {
  for (let offset = 1; offset <= steps.length; offset += 1) {
    const report = (from + offset) % steps.length;
    if ((steps[report] ?? 0) > 0) return { report, wrapped: from < 0 || report <= from };
  }
  return undefined;
}

/**
 * The cursor at tour step `step`: a report stays on screen for its `steps` (one per panel), then
 * the next report that has loaded follows; a report that failed or is not loaded (undefined) is
 * skipped, and one that loads later joins when its turn comes. Unchanged, the same object.
 */
export function advanceReport(
  cursor: ReportCursor,
  step: number,
  steps: readonly (number | undefined)[],
): ReportCursor {
  let { report, since, lap } = cursor;
  if (report < 0 || (steps[report] ?? 0) <= 0) {
    const next = nextReady(report < 0 ? -1 : report, steps);
    if (!next) return { report: -1, since: step, lap, step };
    report = next.report;
    since = step;
  }
  // A step at a time as a rule; a jump (a report with fewer panels after a refetch) catches up.
  for (let guard = 0; guard < 10_000 && step - since >= (steps[report] ?? 1); guard += 1) {
    since += steps[report] ?? 1;
    const next = nextReady(report, steps);
    if (!next) break;
    if (next.wrapped) lap += 1;
    report = next.report;
  }
  const same =
    report === cursor.report &&
    since === cursor.since &&
    lap === cursor.lap &&
    step === cursor.step;
  return same ? cursor : { report, since, lap, step };
}

/** Steps into the tour's current lap: the watchdog's cycle ends when it comes back to 0. */
export function lapStep(cursor: ReportCursor, steps: readonly (number | undefined)[]): number {
  let before = 0;
  const first = steps.findIndex((count) => (count ?? 0) > 0);
  for (let report = first; report >= 0 && report < cursor.report; report += 1) {
    before += steps[report] ?? 0;
  }
  return before + cursor.step - cursor.since;
}

/**
 * Whether a tour can come on screen before every report has answered: the report it starts with
 * has loaded. That is the one a reload resumes at (`resumeAt`), else the first in the address
 * that has not failed. The others join when their turn comes, so one slow report never holds the
 * whole wall on its loading screen.
 */
export function tourCanStart(reports: readonly TourReport[], resumeAt?: string): boolean {
  const resumed = reports.find((report) => report.param === resumeAt && !report.failure);
  const first = resumed ?? reports.find((report) => !report.failure);
  return first?.index !== undefined;
}
