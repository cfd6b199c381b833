import type { ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { createDashboardStore } from '../store/dashboard-store.ts';
import { parseUrlState } from '../store/url-state.ts';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { followLang } from './follow-lang.ts';
import { LANG_STORAGE_KEY } from './initial-lang.ts';
import { Providers } from './providers.tsx';
import { useDocumentLang } from './use-document-lang.ts';

function setUp(search: string) {
  const store = createDashboardStore();
  store.getState().applyUrlState(parseUrlState(search).state, 'zh');
  return { store, i18n: createI18n('zh') };
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = '';
});

describe('followLang', () => {
  it('brings i18next, <html lang> and the saved choice to the store at once', () => {
    const { store, i18n } = setUp('?lang=zh');
    store.getState().setLang('en');
    expect(i18n.language).toBe('zh');
    followLang(store, i18n);
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('follows every change made through the action, and stops when unsubscribed', () => {
    const { store, i18n } = setUp('');
    const stop = followLang(store, i18n);
    store.getState().setLang('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('header.switchTo')).toBe('中文');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    store.getState().setLang('zh');
    expect(i18n.language).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('zh');
    stop();
    store.getState().setLang('en');
    expect(i18n.language).toBe('zh');
  });

  it("does not save the wall's own alternation under lang=cycle", () => {
    const { store, i18n } = setUp('?mode=screen&lang=cycle');
    followLang(store, i18n);
    store.getState().setLang('en', 'wall');
    expect(store.getState().langParam).toBe('cycle');
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBeNull();
  });
});

function Page() {
  useDocumentLang();
  return <LanguageSwitch />;
}

function renderWithStore(search: string, children: ReactNode) {
  const { store, i18n } = setUp(search);
  render(
    <Providers store={store} i18n={i18n} queryClient={new QueryClient()}>
      {children}
    </Providers>,
  );
  return { store, i18n };
}

describe('the language switch', () => {
  it('changes the store only: i18next is not its to write', async () => {
    const { store, i18n } = renderWithStore('', <LanguageSwitch />);
    await userEvent.click(screen.getByTestId('lang-switch'));
    expect(store.getState()).toMatchObject({ lang: 'en', langParam: 'en' });
    // No follower is rendered here, so i18next stays where it was.
    expect(i18n.language).toBe('zh');
  });

  it('switches the page when the app follows the store', async () => {
    const { store, i18n } = renderWithStore('?lang=both', <Page />);
    const button = screen.getByTestId('lang-switch');
    expect(button).toHaveTextContent('English');
    await userEvent.click(button);
    // The reader's own choice replaces lang=both in the address, and is kept for next time.
    expect(store.getState()).toMatchObject({ lang: 'en', langParam: 'en' });
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(button).toHaveTextContent('中文');
  });
});
