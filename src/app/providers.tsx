import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { DashboardStore } from '../store/dashboard-store.ts';
import { DashboardStoreProvider } from '../store/store-context.tsx';

/** Everything the app reads from context; tests wrap components in the same providers. */
export function Providers({
  store,
  i18n,
  queryClient,
  children,
}: {
  store: DashboardStore;
  i18n: I18n;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <DashboardStoreProvider store={store}>{children}</DashboardStoreProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
