import { describe, expect, it } from 'vitest';
import { sameOption } from './same-option.ts';

describe('sameOption', () => {
  const formatter = (value: number) => String(value);

  it('treats rebuilt options with the same content as the same', () => {
    const build = () => ({
      series: [{ type: 'bar', data: [1, 2, { value: 3, id: 'x' }] }],
      label: { formatter },
    });
    expect(sameOption(build(), build())).toBe(true);
  });

  it('sees a changed value, a removed series, a new key, or a new formatter function', () => {
    const base = { series: [{ data: [1, 2] }], label: { formatter } };
    expect(sameOption(base, { series: [{ data: [1, 3] }], label: { formatter } })).toBe(false);
    expect(sameOption(base, { series: [], label: { formatter } })).toBe(false);
    expect(sameOption(base, { ...base, title: {} })).toBe(false);
    expect(
      sameOption(base, {
        series: [{ data: [1, 2] }],
        label: { formatter: (value: number) => `${value}` },
      }),
    ).toBe(false);
    expect(sameOption([1], { 0: 1 })).toBe(false);
    expect(sameOption(Number.NaN, Number.NaN)).toBe(true);
  });
});
