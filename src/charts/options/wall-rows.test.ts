import { describe, expect, it } from 'vitest';
import {
  barsInRows,
  labelLineHeight,
  labelLinesInRows,
  WALL_GRID_PAD,
  WALL_LABEL_SIZE,
} from './wall-rows.ts';

describe('lines a wall label may take in the rows its chart has', () => {
  const line = labelLineHeight(WALL_LABEL_SIZE);

  it('keeps the layout’s lines where every row holds them', () => {
    expect(line).toBe(29);
    expect(labelLinesInRows(2, 4, 2 * WALL_GRID_PAD + 4 * 2 * line)).toBe(2);
    expect(labelLinesInRows(2, 4, 400)).toBe(2);
  });

  it('takes a line off where a row is a pixel short of them, never going under one', () => {
    // Zhejiang in English: 211 px for four bars, 48.75 px a row.
    expect(labelLinesInRows(2, 4, 2 * WALL_GRID_PAD + 4 * 2 * line - 1)).toBe(1);
    expect(labelLinesInRows(2, 4, 211)).toBe(1);
    expect(labelLinesInRows(3, 2, 2 * WALL_GRID_PAD + 2 * 2 * line)).toBe(2);
    expect(labelLinesInRows(2, 5, 60)).toBe(1);
  });

  it('keeps the layout’s lines while the height is unknown', () => {
    expect(labelLinesInRows(2, 4)).toBe(2);
    expect(labelLinesInRows(2, 4, 0)).toBe(2);
    expect(labelLinesInRows(2, 0, 300)).toBe(2);
  });
});

describe('bars a wall chart can give rows of so many label lines', () => {
  it('keeps every bar where each row holds the lines', () => {
    expect(barsInRows(4, 2, 2 * WALL_GRID_PAD + 4 * 58)).toBe(4);
    expect(barsInRows(4, 2)).toBe(4);
    expect(barsInRows(4, 2, 0)).toBe(4);
  });

  it('keeps as many as fit, at least one', () => {
    // Zhejiang in two languages at design size: 170 px, two-line labels (Chinese over English).
    expect(barsInRows(4, 2, 170)).toBe(2);
    expect(barsInRows(4, 2, 2 * WALL_GRID_PAD + 3 * 58 - 1)).toBe(2);
    expect(barsInRows(4, 3, 40)).toBe(1);
  });
});
