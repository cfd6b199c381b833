import { createHash } from 'node:crypto';

/**
 * `swText` with the precache revision of `url` set to the MD5 of `content`, as Workbox computes it;
 * undefined when the service worker does not precache `url` with a revision.
 */
export function revisePrecacheEntry(
  swText: string,
  url: string,
  content: string,
): string | undefined {
  const revision = createHash('md5').update(content).digest('hex');
  const quoted = JSON.stringify(url).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const entry = new RegExp(`(\\{url:${quoted},revision:)"[0-9a-f]+"`);
  if (!entry.test(swText)) return undefined;
  return swText.replace(entry, `$1"${revision}"`);
}
