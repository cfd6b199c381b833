// The bench's targets, and how a figure is judged against them on the machine it was measured on.

/** A bench run's figures by name: numbers, and the run's date and machine as text. */
export type Figures = Record<string, number | string>;

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** The targets of the speed issues, as [comparison, limit]; figures without one are context. */
export const TARGETS: Record<string, ['≤' | '≥', number]> = {
  jsGzipBeforeKpiKB: ['≤', 110],
  'kpiPaintRatio@4x': ['≤', 1.5],
  'firstScreenChartsFinishedMs@4x': ['≤', 1500],
  'filterToChartsMs@4x': ['≤', 50],
  'languageSwitchMs@4x': ['≤', 100],
  'hugeLoadValidateIndexMs@1x': ['≤', 300],
  'hugeFilterMs@1x': ['≤', 50],
  'pickerSearch200Ms@1x': ['≤', 50],
  'pickerOpenBundleMs@1x': ['≤', 300],
  wallUsedHeapGrowth50To2000Percent: ['≤', 5],
  wallJsDataGrowth300To4000Percent: ['≤', 5],
  'studioDraft70kRoundTripMs@1x': ['≤', 1000],
  'studioDraftLongestMainTaskMs@1x': ['≤', 50],
  'studioResultLongestTaskMs@1x': ['≤', 50],
  'wallKpiPaintRatio@4x': ['≤', 2.5],
  'wallChartsShownMs@4x': ['≤', 1500],
  'wallChartsFinishedMs@4x': ['≤', 1500],
  'slow4gKpiPaintRatio@4x': ['≤', 2.5],
  'slow4gWallKpiPaintRatio@4x': ['≤', 2.5],
  lighthouseAnalystMobilePerformance: ['≥', 98],
  lighthouseAnalystMobileTbtMs: ['≤', 150],
  lighthouseWallDesktopPerformance: ['≥', 100],
};

/**
 * The bare static page's first figure on the machine where the millisecond targets above were
 * first met (the run of 2026-11-27 in tests/bench/README.md), at 4x and 1x CPU. A millisecond target
 * is also read on this run's machine as `limit × (static page here / static page there)`: machines
 * here differ several times in speed, and that ratio travels where an absolute time does not.
 */
export const TARGET_MACHINE_STATIC_MS: Record<string, number> = { '4x': 71.6, '1x': 26.6 };

/**
 * The static page measured in the same run as `name`, if `name` is a time in milliseconds:
 * the picker and the comparison load their own, the other measures share those of the loads.
 * Long tasks are not scaled: 50 ms is what a reader feels on any machine.
 */
export function sameRunStatic(name: string, figures: Figures): number | undefined {
  const rate = /@(\dx)$/.exec(name)?.[1];
  if (!rate || !/Ms@/.test(name) || /LongestTask|LongestMainTask/.test(name)) return undefined;
  const prefix = ['picker', 'compare200', 'wall'].find((measure) => name.startsWith(measure));
  const own =
    (prefix && figures[`${prefix}StaticKpiPaintMs@${rate}`]) ??
    (prefix === 'wall' ? figures[`wallStaticHtmlKpiPaintMs@${rate}`] : undefined) ??
    figures[`staticHtmlKpiPaintMs@${rate}`];
  return typeof own === 'number' ? own : undefined;
}

/** The verdict of one figure against its target, as set and as scaled to this run's machine. */
export function verdict(
  name: string,
  value: number,
  figures: Figures,
): { target: string; scaled: string; result: string } | undefined {
  const target = TARGETS[name];
  if (!target) return undefined;
  const [comparison, limit] = target;
  const asSet = comparison === '≤' ? value <= limit : value >= limit;
  const here = sameRunStatic(name, figures);
  const there = TARGET_MACHINE_STATIC_MS[/@(\dx)$/.exec(name)?.[1] ?? ''];
  if (here === undefined || there === undefined) {
    return { target: `${comparison} ${limit}`, scaled: '', result: asSet ? 'met' : '**missed**' };
  }
  const scaledLimit = round((limit * here) / there);
  const scaledMet = value <= scaledLimit;
  const result =
    scaledMet === asSet
      ? asSet
        ? 'met'
        : '**missed**'
      : scaledMet
        ? 'met scaled; missed as set'
        : '**missed** scaled; met as set';
  return {
    target: `≤ ${limit}`,
    scaled: `≤ ${scaledLimit} (${round(limit / there, 2)}× static page)`,
    result,
  };
}

/** `readme` with the table of `figures` (median of `runs` loads) between its BENCH markers. */
export function withBenchTable(readme: string, figures: Figures, runs: number): string {
  const rows = Object.entries(figures)
    .filter(([name]) => !['date', 'machine', 'updated'].includes(name))
    .map(([name, value]) => {
      const judged = typeof value === 'number' ? verdict(name, value, figures) : undefined;
      if (!judged) return `| ${name} | ${value} | | | |`;
      return `| ${name} | ${value} | ${judged.target} | ${judged.scaled} | ${judged.result} |`;
    });
  const updated = figures.updated ? ` ${figures.updated}.` : '';
  const table = [
    `Last run ${figures.date} on ${figures.machine}; median of ${runs} fresh loads.${updated}`,
    '',
    'A millisecond target is also read on the machine of the run, scaled by the bare static page measured',
    `in the same run against the ${TARGET_MACHINE_STATIC_MS['4x']} ms (4x) and ${TARGET_MACHINE_STATIC_MS['1x']} ms (1x) it took where the targets were first met:`,
    'the "on this machine" column, with the target as a multiple of the static page. Long tasks are not scaled.',
    '',
    '| measure | value | target | on this machine | |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  return readme.replace(
    /<!-- BENCH:START -->[\s\S]*<!-- BENCH:END -->/,
    `<!-- BENCH:START -->\n${table}\n<!-- BENCH:END -->`,
  );
}
