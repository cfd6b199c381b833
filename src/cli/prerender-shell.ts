// After `vite build`: writes the desk's first screen for the default bundle into dist/index.html,
// in both languages, with the fingerprint of the bundle it was rendered from (src/app/shell.ts).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withShell } from '../app/render-shell.tsx';
import { firstBundleUrl } from '../app/shell.ts';
import { CATALOG_URL } from '../data/bundle-query.ts';

async function main() {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const htmlPath = path.join(dist, 'index.html');
  const catalogText = await readFile(path.join(dist, CATALOG_URL), 'utf8');
  const bundleUrl = firstBundleUrl(catalogText) ?? '';
  if (!bundleUrl.startsWith('/')) {
    console.warn(`prerender-shell: skipped, the catalogue's first bundle is not on this site`);
    return;
  }
  const bundleText = await readFile(path.join(dist, bundleUrl), 'utf8');
  const result = withShell(await readFile(htmlPath, 'utf8'), {
    catalogText,
    bundleUrl,
    bundleText,
  });
  if (result.skipped) {
    console.warn(`prerender-shell: skipped, ${result.skipped}`);
    return;
  }
  await writeFile(htmlPath, result.html);
  console.log(
    `prerender-shell: first screen of ${bundleUrl} written into ${path.basename(dist)}/index.html`,
  );
}

await main();
