import { createHash } from 'node:crypto';
import { QueryClient } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { CATALOG_URL } from '../data/bundle-query.ts';
import type { Lang } from '../data/bundle-schema.ts';
import { validateBundle } from '../data/validate-bundle.ts';
import { AnalystPage } from '../features/analyst/analyst-page.tsx';
import { LAYOUT, wallPanels } from '../features/wall/wall-layout.ts';
import { WallStage } from '../features/wall/wall-stage.tsx';
import { createI18n, LANGS } from '../i18n/index.ts';
import { createWatchable } from '../lib/watchable.ts';
import { indexBundle, type BundleIndex } from '../store/bundle-index.ts';
import { createDashboardStore } from '../store/dashboard-store.ts';
import { Providers } from './providers.tsx';
import { fingerprint, firstBundleUrl, SHELL_ID, templateId, type ShellKind } from './shell.ts';

/**
 * The desk's first screen for a bundle, as static HTML: the same components, rendered as the
 * app's own first render draws them (header, headline figures, the places of the filters and
 * cards). Test ids are left out, so tests only ever find the live app; the markup is inert.
 */
export function renderShell(index: BundleIndex, lang: Lang): string {
  // A render to HTML reads the store's initial state, so the language goes in there.
  const store = createDashboardStore({ lang });
  const markup = renderToStaticMarkup(
    <Providers store={store} i18n={createI18n(lang)} queryClient={new QueryClient()}>
      <AnalystPage index={index} status={{ fetching: false, retry: () => undefined }} />
    </Providers>,
  );
  return inertCopy(markup);
}

/**
 * The wall's first screen for a bundle (`?mode=screen`), as static HTML: the wall's own stage at
 * its first tour step, as the wall draws it before its charts: title, headline figures at their
 * values (a wall counts up only when a refresh changes one), the first page of panels with their
 * titles, the first one featured, and empty boxes where the charts go (not the pages the wall
 * keeps drawn under it). At 1920×1080: the page's
 * first script scales it to the window and sets its clock (src/app/boot.ts).
 */
export function renderWallShell(index: BundleIndex, lang: Lang): string {
  const store = createDashboardStore({ lang, mode: 'screen' });
  const tour = { step: createWatchable(0), paused: createWatchable(false) };
  const markup = renderToStaticMarkup(
    <Providers store={store} i18n={createI18n(lang)} queryClient={new QueryClient()}>
      <WallStage
        index={index}
        panels={wallPanels(index, LAYOUT[lang].maxBars, false)}
        status={{ fetching: false, retry: () => undefined }}
        tour={tour}
        reloads={0}
        shownPageOnly
      />
    </Providers>,
  );
  // The sentences that describe each chart to a screen reader: nobody reads an inert copy.
  return inertCopy(
    markup
      .replace(/<p id="[^"]*" class="visually-hidden">[^<]*<\/p>/g, '')
      .replace(/ aria-describedby="[^"]*"/g, ''),
  );
}

/** Markup without test ids, so tests only ever find the live app, and that nothing can use. */
function inertCopy(markup: string): string {
  return `<div class="shell" inert>${markup.replace(/ data-testid="[^"]*"/g, '')}</div>`;
}

const RENDERERS: Record<ShellKind, (index: BundleIndex, lang: Lang) => string> = {
  desk: renderShell,
  wall: renderWallShell,
};

const ROOT_DIV = '<div id="root"></div>';

/** A first screen written by an earlier run: the shell's element and its templates, up to the root. */
const EARLIER_SHELL = new RegExp(
  `<div id="${SHELL_ID}" [^>]*></div>(?:<template id="${SHELL_ID}-[a-z-]+">[\\s\\S]*?</template>)*(?=${ROOT_DIV})`,
);

/** `html` with the shell before the app's root, or unchanged (with the reason) if it cannot be. */
export function withShell(
  html: string,
  {
    catalogText,
    bundleUrl,
    bundleText,
  }: { catalogText: string; bundleUrl: string; bundleText: string },
): { html: string; skipped?: string } {
  // Run again on a page that has one (the script run by hand after a build), the first screen is
  // replaced: two of them would leave a copy on the page that the app never takes away.
  html = html.replace(EARLIER_SHELL, '');
  if (!html.includes(ROOT_DIV)) return { html, skipped: `no ${ROOT_DIV} in index.html` };
  const first = firstBundleUrl(catalogText);
  if (first !== bundleUrl) return { html, skipped: `the catalogue's first bundle is ${first}` };
  const validation = validateBundle(JSON.parse(bundleText));
  if (!validation.ok) return { html, skipped: `${bundleUrl} is not a valid bundle` };
  const index = indexBundle(validation.bundle);
  const templates = (['desk', 'wall'] as const)
    .flatMap((kind) =>
      LANGS.map(
        (lang) =>
          `<template id="${templateId(kind, lang)}">${RENDERERS[kind](index, lang)}</template>`,
      ),
    )
    .join('');
  const attrs = [
    `id="${SHELL_ID}"`,
    `data-catalog-url="${CATALOG_URL}"`,
    `data-bundle-url="${bundleUrl}"`,
    `data-fingerprint="${fingerprint(bundleText)}"`,
    `data-sha256="${createHash('sha256').update(bundleText, 'utf8').digest('hex')}"`,
  ].join(' ');
  return { html: html.replace(ROOT_DIV, `<div ${attrs}></div>${templates}${ROOT_DIV}`) };
}
