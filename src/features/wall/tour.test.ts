import { describe, expect, it } from 'vitest';
import { cycleLang, tourPosition } from './tour.ts';
import { fitScale } from './use-stage-scale.ts';

describe('tourPosition', () => {
  it.each([
    [0, 4, 6, { page: 0, featured: 0, lap: 0 }],
    [3, 4, 6, { page: 0, featured: 3, lap: 0 }],
    [4, 4, 6, { page: 0, featured: 0, lap: 1 }],
    [6, 8, 6, { page: 1, featured: 0, lap: 0 }],
    [7, 8, 6, { page: 1, featured: 1, lap: 0 }],
    [8, 8, 6, { page: 0, featured: 0, lap: 1 }],
    [5, 0, 6, { page: 0, featured: -1, lap: 0 }],
  ])('step %i of %i panels, %i a page', (step, panelCount, perPage, expected) => {
    expect(tourPosition({ step, panelCount, perPage })).toEqual(expected);
  });
});

describe('cycleLang', () => {
  it('switches every two laps', () => {
    expect([0, 1, 2, 3, 4].map((lap) => cycleLang(lap))).toEqual(['zh', 'zh', 'en', 'en', 'zh']);
  });
});

describe('fitScale', () => {
  it.each([
    [1920, 1080, 1],
    [1366, 768, 768 / 1080],
    [3840, 2160, 2],
    [5760, 1080, 1],
    [7680, 2160, 2],
    [1080, 1920, 0.5625],
  ])('fits 1920×1080 into %i×%i without stretching', (width, height, expected) => {
    expect(fitScale(width, height)).toBeCloseTo(expected, 4);
  });
});
