// Imports nothing: the wall's first screen, shown before the app's code, ticks with it too.

/** How the wall's clock writes the time: hours, minutes and seconds, 24-hour. */
export function clockFormat(lang: 'zh' | 'en'): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
}
