import { describe, expect, it } from 'vitest';
import { clockText } from './clock-format.ts';

describe('clockText', () => {
  it.each([
    [0, 0, 0],
    [9, 5, 7],
    [12, 30, 0],
    [23, 59, 59],
  ])(
    'writes %i:%i:%i as zh-CN and en-GB write it on the 24-hour clock',
    (hours, minutes, seconds) => {
      const date = new Date(2026, 11, 2, hours, minutes, seconds);
      for (const locale of ['zh-CN', 'en-GB']) {
        const format = new Intl.DateTimeFormat(locale, {
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
          hour12: false,
        });
        expect(clockText(date)).toBe(format.format(date));
      }
    },
  );
});
