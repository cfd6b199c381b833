// Starts the app: store, language, the first bundle request, then React. Loaded by main.tsx.
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { bundleQueryOptions } from '../data/bundle-query.ts';
import { createI18n } from '../i18n/index.ts';
import { createDashboardStore } from '../store/dashboard-store.ts';
import { preloadAnalystCode } from '../features/analyst/analyst-page.tsx';
import { App, studioModule, wallModule } from './app.tsx';
import { initialLang, savedLang } from './initial-lang.ts';
import { Providers } from './providers.tsx';
import { registerServiceWorker } from './service-worker.ts';
import { shellShown } from './shell.ts';
import { nextTask } from '../lib/in-turn.ts';
import { bundleList, ignoredNotice, parseUrlState } from '../store/url-state.ts';

async function start(): Promise<void> {
  const { state: url, ignored } = parseUrlState(window.location.search);
  const lang = initialLang(url.lang, savedLang(), navigator.languages ?? [navigator.language]);
  const store = createDashboardStore();
  store.getState().applyUrlState(url, lang);
  if (ignored.length) {
    store.getState().addNotices(ignored.map(ignoredNotice));
  }
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const i18n = createI18n(lang);
  // The steps below each run in a task of their own: with this script's own code they were one
  // task of about 130 ms at 4x CPU, the longest JavaScript of a phone's start after its first screen.
  await nextTask();
  const queryClient = new QueryClient();
  // Start the catalogue and bundle requests now, not after the first render and its effects: on a
  // slow CPU that is half a second sooner. useBundleSync's query has the same key and takes this
  // one. A wall touring several reports (`bundle=a,b,c`) starts them all.
  const { bundleParam, refresh, mode } = store.getState();
  const tour = mode === 'screen' ? bundleList(bundleParam) : [];
  const firstData = Promise.all(
    (tour.length > 1 ? tour : [bundleParam]).map((param) =>
      queryClient.prefetchQuery(bundleQueryOptions({ param, refreshMinutes: refresh })),
    ),
  );
  // A wall needs its own code at once: fetch it alongside the bundle rather than after it.
  if (mode === 'screen') wallModule.preload();
  if (mode === 'studio') studioModule.preload();
  // With the first screen already up, the desk's own first render has nothing to show sooner, so
  // its filters, cards and charts are fetched now too, not after that render (7% sooner to all
  // charts drawn at 4× CPU). Without it, they wait for the headline figures, as before.
  // In a task of its own: adding the preload links took 30-50 ms at 1x, on top of this script's own.
  else if (shellShown()) setTimeout(preloadAnalystCode, 0);
  await nextTask();

  const container = document.getElementById('root');
  if (container) {
    const root = createRoot(container);
    // As a transition, React renders the app in slices of a few milliseconds and lets the browser
    // in between (the first screen is already up, or the loading note): rendered at once, the
    // first render was one task of 60-140 ms at 1x, the longest of a phone's load after the chart
    // code.
    startTransition(() => {
      root.render(
        <StrictMode>
          <Providers store={store} i18n={i18n} queryClient={queryClient}>
            <App />
          </Providers>
        </StrictMode>,
      );
    });
  }

  registerServiceWorker(firstData);
}

void start();
