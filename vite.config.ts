import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { mockApiPlugin } from './mock/mock-api.ts';
import { firstBundleUrl } from './src/app/shell.ts';
import { CHART_CODE_META } from './src/ui/chart-code-hint.ts';
import { PRELOADED_BUNDLE_ATTRIBUTE } from './src/data/early-request.ts';

/** The Content-Security-Policy the built app ships with (dev needs inline scripts for HMR). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Preloads the catalogue and the default bundle (the catalogue's first), so both arrive while the
 * script downloads and runs instead of after it: the first figures paint sooner. A page opened
 * with another `?bundle=` fetches the default one for nothing; it is tens of kilobytes.
 */
function preloadDefaultBundle(): Plugin {
  return {
    name: 'preload-default-bundle',
    apply: 'build',
    transformIndexHtml: () => {
      const first = firstBundleUrl(readFileSync('public/data/catalog.json', 'utf8'));
      const link = (href: string, bundle: boolean) => ({
        tag: 'link',
        attrs: {
          rel: 'preload',
          href,
          as: 'fetch',
          crossorigin: 'anonymous',
          // Released unused by a page opened on another report (src/data/early-request.ts).
          ...(bundle ? { [PRELOADED_BUNDLE_ATTRIBUTE]: '' } : {}),
        },
        injectTo: 'head' as const,
      });
      return [
        link('/data/catalog.json', false),
        ...(first?.startsWith('/') ? [link(first, true)] : []),
      ];
    },
  };
}

/**
 * Names the chart code's file in a `<meta name="chart-code">`, so the page can fetch and compile
 * it ahead (a modulepreload link) without running it: running ECharts' module was a task of
 * 80 ms at 1x, wasted on a phone that shows no chart until the reader scrolls.
 */
function chartCodeHint(): Plugin {
  return {
    name: 'chart-code-hint',
    apply: 'build',
    transformIndexHtml: (_html, context) => {
      const chunk = Object.values(context.bundle ?? {}).find(
        (output) =>
          output.type === 'chunk' &&
          output.facadeModuleId?.replaceAll('\\', '/').endsWith('/src/ui/panel-chart.tsx'),
      );
      if (!chunk) return [];
      return [
        {
          tag: 'meta',
          attrs: { name: CHART_CODE_META, content: `/${chunk.fileName}` },
          injectTo: 'head' as const,
        },
      ];
    },
  };
}

/**
 * The offline app shell: a service worker that precaches index.html and the hashed code and
 * styles, so a wall rebooted during an outage starts. Bundles, the catalogue and the reports' text
 * are never cached by it: the app keeps its own last good copy and shows it as stale, with its
 * time (src/data/persisted-bundle.ts). A new worker waits until the page takes it (src/app/
 * service-worker.ts): the wall at a tour step, the desk when the reader presses reload.
 */
function offlineShell() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      // The cache format's version: bump it to start every wall's caches afresh.
      cacheId: 'indicator-dashboard-v1',
      globPatterns: ['index.html', 'assets/**/*.{js,css}'],
      // The wall's first-screen pictures are drawn only once the server has answered (src/app/boot.ts),
      // so an offline start never asks for their worker: 560 KB (its own copy of ECharts) that every
      // first visit downloaded and compiled for nothing.
      globIgnores: ['assets/wall-preview.worker-*.js'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/data\//, /^\/schema\//, /^\/__mock\//],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: false,
      runtimeCaching: [],
      // The largest chunk (ECharts) is under 1 MB; keep the default limit's meaning explicit.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    },
  });
}

/**
 * The chunks each built chunk imports statically, read from the bundle as it is written: a chunk's
 * code runs only once all of these have loaded. Filled by `loadedChunks()`'s plugin before the
 * build rewrites its dynamic imports (the plugin runs ahead of Vite's own, which are `post`).
 */
const staticImports = new Map<string, readonly string[]>();

function loadedChunks(): Plugin {
  return {
    name: 'loaded-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      staticImports.clear();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') staticImports.set(output.fileName, output.imports);
      }
    },
  };
}

/**
 * What a dynamic import preloads, without the chunks its importer already has: a chunk that runs
 * has every chunk it imports statically loaded. Left in, a late import such as the desk's filters
 * and cards added one `<link rel="modulepreload">` per shared chunk (React, the libraries, ...),
 * some 5 ms each at 4x CPU on the page as a phone starts, for files long loaded.
 */
function withoutLoaded(deps: string[], importer: string): string[] {
  const loaded = new Set<string>();
  const walk = (file: string) => {
    for (const imported of staticImports.get(file) ?? []) {
      if (loaded.has(imported)) continue;
      loaded.add(imported);
      walk(imported);
    }
  };
  walk(importer);
  return deps.filter((dep) => !loaded.has(dep));
}

/**
 * The chunks whose functions nearly all run as a page starts (React, the libraries, the start,
 * the desk's filters and cards, the wall): each file opens with V8's explicit compile hint, so
 * Chromium compiles all its functions on a background thread while the file streams in, instead
 * of one by one on the main thread the first time each is called. Traced on a phone-sized desk at
 * 1x: 120-175 ms of lazy compiling on the main thread after the first paint fell to 21-31 ms.
 * ECharts and the workers are left out: most of ECharts never runs on a given page. Other
 * browsers read the line as a comment. Added after minifying, which would drop it.
 */
const EAGER_CHUNKS = new Set(['react', 'vendor', 'index', 'start', 'analyst-extras', 'wall-page']);

function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    // The line is added after the file names are made: a chunk that gains it gets a new name,
    // so no browser keeps a copy without it under the same address.
    augmentChunkHash: (chunk) => (EAGER_CHUNKS.has(chunk.name) ? 'compile-hint' : undefined),
    // After Vite's own, which put the preload helper at the top of a file.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && EAGER_CHUNKS.has(output.name)) {
            output.code = `//# allFunctionsCalledOnLoad\n${output.code}`;
          }
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    preloadDefaultBundle(),
    chartCodeHint(),
    loadedChunks(),
    compileHints(),
    mockApiPlugin(),
    offlineShell(),
  ],
  define: {
    __BUILD_ID__: JSON.stringify(
      `${process.env.npm_package_version ?? '0'}-${Date.now().toString(36)}`,
    ),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    modulePreload: {
      resolveDependencies: (_file, deps, { hostId, hostType }) =>
        hostType === 'js' ? withoutLoaded(deps, hostId) : deps,
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries that run before the headline figures paint, in one file: left alone,
          // the bundler cuts what the lazy chunks share with the entry into several files, and
          // each file compresses on its own (3-4 KB gzip more over the wire for the same code).
          // React has a file of its own, run in a task before the others (src/app/main.tsx): the
          // libraries' code was one task of about 95 ms at 1x, the longest of a phone's start.
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 2,
            },
            {
              name: 'vendor',
              test: /node_modules[\\/](@tanstack|i18next|react-i18next|zustand|use-sync-external-store)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}', 'mock/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          globals: true,
          include: ['tests/e2e/**/*.spec.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
