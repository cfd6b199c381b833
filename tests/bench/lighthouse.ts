// Lighthouse, run with npx at a pinned version (12.x: later majors need Node 22) rather than as a
// dependency of the project: only the bench uses it, and it would add some 130 packages to every
// install. The first run downloads it into npm's cache.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../e2e/browser-launch.ts';

const run = promisify(execFile);

export const LIGHTHOUSE_VERSION = '12.2.3';
/**
 * Runs per page and preset. On a phone Lighthouse simulates the page's tasks at 4x from one trace,
 * and its blocking time swings with how the tasks of that trace fall: one build gave 68 to 432 ms
 * in four runs. Seven runs there, with the lowest and highest beside the median; three on desktop,
 * where the scores hardly move.
 */
const RUNS = { mobile: 7, desktop: 3 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Report {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

async function lighthouse(url: string, desktop: boolean): Promise<Report> {
  const { stdout } = await run(
    'npx',
    [
      '-y',
      `lighthouse@${LIGHTHOUSE_VERSION}`,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...(desktop ? ['--preset=desktop'] : []),
    ],
    {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 240_000,
    },
  );
  return JSON.parse(stdout) as Report;
}

/**
 * Scores of 0-100 and total blocking time, each the median of the runs, named after `name`; and
 * the blocking time's lowest and highest.
 */
async function measureOne(
  name: string,
  url: string,
  desktop: boolean,
): Promise<Record<string, number>> {
  const reports: Report[] = [];
  const runs = desktop ? RUNS.desktop : RUNS.mobile;
  for (let i = 0; i < runs; i += 1) reports.push(await lighthouse(url, desktop));
  const figures: Record<string, number> = {};
  for (const category of CATEGORIES) {
    const key =
      category === 'best-practices'
        ? 'BestPractices'
        : category[0]!.toUpperCase() + category.slice(1);
    figures[`lighthouse${name}${key}`] = Math.round(
      100 * median(reports.map((report) => report.categories[category].score ?? 0)),
    );
  }
  const blocking = reports.map(
    (report) => report.audits['total-blocking-time']?.numericValue ?? NaN,
  );
  figures[`lighthouse${name}TbtMs`] = Math.round(median(blocking));
  figures[`lighthouse${name}TbtLowestMs`] = Math.round(Math.min(...blocking));
  figures[`lighthouse${name}TbtHighestMs`] = Math.round(Math.max(...blocking));
  return figures;
}

/** The analyst view on mobile and on desktop, and the wall on desktop. */
export async function measureLighthouse(baseURL: string): Promise<Record<string, number>> {
  return {
    ...(await measureOne('AnalystMobile', `${baseURL}/?lang=zh`, false)),
    ...(await measureOne('AnalystDesktop', `${baseURL}/?lang=zh`, true)),
    ...(await measureOne('WallDesktop', `${baseURL}/?mode=screen&lang=zh`, true)),
  };
}
