import { describe, expect, it } from 'vitest';
import { sameRunStatic, verdict } from '../bench/targets.ts';

describe('bench targets read on the machine of the run', () => {
  // A machine twice as slow as the one the targets were first met on, by the static page.
  const figures = {
    'staticHtmlKpiPaintMs@4x': 143.2,
    'staticHtmlKpiPaintMs@1x': 53.2,
    'pickerStaticKpiPaintMs@1x': 26.6,
  };

  it('scales a millisecond target by the static page of the same run and rate', () => {
    expect(verdict('firstScreenChartsFinishedMs@4x', 2000, figures)).toEqual({
      target: '≤ 1500',
      scaled: '≤ 3000 (20.95× static page)',
      result: 'met scaled; missed as set',
    });
    // 300 ms at 1x becomes 600 ms here: 700 misses both.
    expect(verdict('hugeLoadValidateIndexMs@1x', 700, figures)?.result).toBe('**missed**');
    expect(verdict('hugeLoadValidateIndexMs@1x', 550, figures)?.result).toBe(
      'met scaled; missed as set',
    );
  });

  it('takes the picker against the static page it loaded itself', () => {
    expect(sameRunStatic('pickerOpenBundleMs@1x', figures)).toBe(26.6);
    expect(verdict('pickerOpenBundleMs@1x', 310, figures)?.result).toBe('**missed**');
  });

  it('takes the wall against the static page loaded in turn with it', () => {
    expect(
      sameRunStatic('wallChartsFinishedMs@4x', { ...figures, 'wallStaticHtmlKpiPaintMs@4x': 300 }),
    ).toBe(300);
    expect(sameRunStatic('wallChartsFinishedMs@4x', figures)).toBe(143.2);
  });

  it('never scales long tasks, ratios or sizes', () => {
    expect(sameRunStatic('studioResultLongestTaskMs@1x', figures)).toBeUndefined();
    expect(verdict('studioResultLongestTaskMs@1x', 60, figures)).toEqual({
      target: '≤ 50',
      scaled: '',
      result: '**missed**',
    });
    expect(verdict('kpiPaintRatio@4x', 1.4, figures)?.result).toBe('met');
    expect(verdict('jsGzipBeforeKpiKB', 120, figures)?.result).toBe('**missed**');
  });

  it('reads a score as at least its target', () => {
    expect(verdict('lighthouseAnalystMobilePerformance', 98, figures)?.result).toBe('met');
    expect(verdict('lighthouseWallDesktopPerformance', 98, figures)).toEqual({
      target: '≥ 100',
      scaled: '',
      result: '**missed**',
    });
  });

  it('says nothing of a figure without a target', () => {
    expect(verdict('wallFirstKpiPaintMs@4x', 5000, figures)).toBeUndefined();
  });
});
