import { describe, expect, it } from 'vitest';
import { cycleLang, keptPages, tourPosition } from './tour.ts';
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

describe('keptPages', () => {
  it('keeps every page when all their panels fit the budget', () => {
    expect(keptPages({ page: 1, pageCount: 2, perPage: 6, keepPanels: 12 })).toEqual([0, 1]);
    expect(keptPages({ page: 4, pageCount: 5, perPage: 2, keepPanels: 12 })).toEqual([
      0, 1, 2, 3, 4,
    ]);
  });

  it('keeps the shown page and the next one, wrapping at the end, when they do not', () => {
    expect(keptPages({ page: 0, pageCount: 7, perPage: 6, keepPanels: 12 })).toEqual([0, 1]);
    expect(keptPages({ page: 3, pageCount: 7, perPage: 6, keepPanels: 12 })).toEqual([3, 4]);
    expect(keptPages({ page: 6, pageCount: 7, perPage: 6, keepPanels: 12 })).toEqual([0, 6]);
  });

  it('keeps the one page there is, and none of none', () => {
    expect(keptPages({ page: 0, pageCount: 1, perPage: 60, keepPanels: 12 })).toEqual([0]);
    expect(keptPages({ page: 0, pageCount: 0, perPage: 6, keepPanels: 12 })).toEqual([]);
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
