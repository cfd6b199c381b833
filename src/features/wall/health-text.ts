import type { Lang } from '../../data/bundle-schema.ts';

/** How long the wall has run, to the minute: "3天 4小时 5分" / "3 d 4 h 5 min". */
export function formatUptime(ms: number, lang: Lang): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts: [number, string, string][] = [
    [days, '天', 'd'],
    [hours, '小时', 'h'],
    [minutes % 60, '分', 'min'],
  ];
  const shown = parts.filter(
    ([value], index) => value > 0 || index === 2 || (days > 0 && index === 1),
  );
  return shown
    .map(([value, zh, en]) => (lang === 'zh' ? `${value}${zh}` : `${value} ${en}`))
    .join(' ');
}

/** The first `length` hex digits of the SHA-256 of `text`; undefined where the browser has no
 * Web Crypto (a page served over plain HTTP to another machine). */
export async function shortSha256(text: string, length = 12): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, length);
}
