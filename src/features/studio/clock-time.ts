// Times the studio shows, formatted by hand: toLocaleString's first call loads the locale's
// data, over 100 ms on a busy machine, inside the task that reports a save.

const two = (part: number) => String(part).padStart(2, '0');

/** A time of day as 24-hour `HH:MM:SS`, the clock both languages read. */
export function clockTime(at: number): string {
  const date = new Date(at);
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map(two).join(':');
}

/** A local date and time as `YYYY-MM-DD HH:MM:SS`. */
export function dateTime(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${clockTime(at)}`;
}
