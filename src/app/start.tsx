// Starts the app: store, language, the first bundle request, then React. Loaded by main.tsx.
import { StrictMode } from 'react';
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
import { bundleList, ignoredNotice, parseUrlState } from '../store/url-state.ts';

const { state: url, ignored } = parseUrlState(window.location.search);
const lang = initialLang(url.lang, savedLang(), navigator.languages ?? [navigator.language]);
const store = createDashboardStore();
store.getState().applyUrlState(url, lang);
if (ignored.length) {
  store.getState().addNotices(ignored.map(ignoredNotice));
}
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const i18n = createI18n(lang);
const queryClient = new QueryClient();
// Start the catalogue and bundle requests now, not after the first render and its effects: on a
// slow CPU that is half a second sooner. useBundleSync's query has the same key and takes this one.
// A wall touring several reports (`bundle=a,b,c`) starts them all.
const { bundleParam, refresh, mode } = store.getState();
const tour = mode === 'screen' ? bundleList(bundleParam) : [];
for (const param of tour.length > 1 ? tour : [bundleParam]) {
  void queryClient.prefetchQuery(bundleQueryOptions({ param, refreshMinutes: refresh }));
}
// A wall needs its own code at once: fetch it alongside the bundle rather than after it.
if (store.getState().mode === 'screen') wallModule.preload();
if (store.getState().mode === 'studio') studioModule.preload();
// With the first screen already up, the desk's own first render has nothing to show sooner, so its
// filters, cards and charts are fetched now too, not after that render (7% sooner to all charts
// drawn at 4× CPU). Without it, they wait for the headline figures, as before.
else if (shellShown()) preloadAnalystCode();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Providers store={store} i18n={i18n} queryClient={queryClient}>
        <App />
      </Providers>
    </StrictMode>,
  );
}

registerServiceWorker();
