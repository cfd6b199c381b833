import { describe, expect, it } from 'vitest';
import { clockTime, dateTime } from './clock-time.ts';

describe('studio times', () => {
  const at = new Date(2026, 0, 5, 9, 3, 7).getTime();
  it('reads a time of day on a 24-hour clock', () => {
    expect(clockTime(at)).toBe('09:03:07');
    expect(clockTime(new Date(2026, 0, 5, 21, 30, 0).getTime())).toBe('21:30:00');
  });
  it('reads a date and time', () => expect(dateTime(at)).toBe('2026-01-05 09:03:07'));
});
