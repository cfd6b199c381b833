// After `vite build`: writes the desk's first screen for the default bundle into dist/index.html,
// in both languages, with the fingerprint of the bundle it was rendered from (src/app/shell.ts).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withShell } from '../app/render-shell.tsx';
import { revisePrecacheEntry } from './precache-revision.ts';
import { CATALOG_URL } from '../data/bundle-query.ts';
import { describeCatalogProblem } from '../data/catalog-problems.ts';
import { parseCatalog } from '../data/catalog-schema.ts';

async function main() {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const htmlPath = path.join(dist, 'index.html');
  const catalogText = await readFile(path.join(dist, CATALOG_URL), 'utf8');
  const catalog = parseCatalog(JSON.parse(catalogText));
  if (!catalog.ok) {
    console.warn(`prerender-shell: skipped, ${CATALOG_URL}: ${catalog.message}`);
    return;
  }
  for (const problem of catalog.problems) {
    console.warn(`prerender-shell: ${CATALOG_URL}: ${describeCatalogProblem(problem)}`);
  }
  // The default the app will load; the catalogue's schema allows only paths on this site.
  const bundleUrl = catalog.entries[0]?.url;
  if (!bundleUrl) {
    console.warn(`prerender-shell: skipped, the catalogue lists no bundle`);
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
  // The service worker precached index.html as Vite wrote it: give it the revision of the page as
  // written now, or walls would keep an old first screen, or never take a new one.
  const swPath = path.join(dist, 'sw.js');
  const sw = await readFile(swPath, 'utf8').catch(() => undefined);
  const revised = sw === undefined ? undefined : revisePrecacheEntry(sw, 'index.html', result.html);
  if (revised) await writeFile(swPath, revised);
  else console.warn('prerender-shell: sw.js does not precache index.html; left as it is');
  console.log(
    `prerender-shell: first screen of ${bundleUrl} written into ${path.basename(dist)}/index.html`,
  );
}

await main();
