import { describe, expect, it } from 'vitest';
import { placeValueLabels } from './chart-rows.ts';

describe('placeValueLabels', () => {
  it('puts a label inside a bar that holds it and past the end of one that does not', () => {
    // A 300 px plot room: the largest bar holds its 160 px label; the next, a fifth as long,
    // prints past its end, which needs no room beyond the plot.
    const placement = placeValueLabels({
      ratios: [1, 0.2],
      labelWidths: [160, 150],
      room: 340,
      minRight: 40,
    });
    expect(placement).toEqual({ right: 40, inside: [true, false] });
  });

  it('widens the right margin for a long bar whose label does not fit inside it', () => {
    // 160 px of plot: neither 160 px label fits inside with its padding, so the largest bar's
    // label needs its width and the gap past the plot, as before the width was known.
    const placement = placeValueLabels({
      ratios: [1, 0.9],
      labelWidths: [160, 160],
      room: 200,
      minRight: 40,
    });
    expect(placement).toEqual({ right: 166, inside: [false, false] });
    // Every label ends within the chart: bar end + gap + label ≤ plot + right margin.
    const plot = 200 - placement.right;
    for (const ratio of [1, 0.9]) {
      expect(plot * ratio + 6 + 160).toBeLessThanOrEqual(plot + placement.right);
    }
  });

  it('settles after a wider margin pushes another label out of its bar', () => {
    // At the minimum margin the second bar holds its label; once the first one's label needs the
    // room past the plot, the plot shrinks and the second no longer does.
    const ratios = [1, 0.55];
    const labelWidths = [270, 100];
    const placement = placeValueLabels({ ratios, labelWidths, room: 300, minRight: 20 });
    expect(placement).toEqual({ right: 276, inside: [false, false] });
    const plot = 300 - placement.right;
    ratios.forEach((ratio, index) => {
      expect(plot * ratio + 6 + (labelWidths[index] as number)).toBeLessThanOrEqual(
        plot + placement.right,
      );
    });
  });
});
