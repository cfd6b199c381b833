import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DashboardState, DashboardStore } from './dashboard-store.ts';

const StoreContext = createContext<DashboardStore | null>(null);

export function DashboardStoreProvider({
  store,
  children,
}: {
  store: DashboardStore;
  children: ReactNode;
}) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for effects that subscribe or act outside render. */
export function useDashboardStore(): DashboardStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDashboard must be used inside DashboardStoreProvider');
  return store;
}

/** Reads one slice of dashboard state; the component re-renders only when it changes. */
export function useDashboard<T>(selector: (state: DashboardState) => T): T {
  return useStore(useDashboardStore(), selector);
}
