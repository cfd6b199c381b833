import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { TFunction, i18n as I18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from './index.ts';
import { useI18n, useT, useTIn } from './use-t.ts';

/** Renders two readers of `useT` and one of `useI18n`, and records what each got per render. */
function renderReaders(i18n: I18n) {
  const seen = { ts: [] as TFunction[], studioTs: [] as unknown[], instances: [] as I18n[] };
  let plainRenders = 0;
  function Reader({ testId }: { testId: string }) {
    const { t, i18n: instance } = useT();
    seen.ts.push(t as TFunction);
    seen.instances.push(instance);
    return <p data-testid={testId}>{t('app.loading')}</p>;
  }
  function StudioReader() {
    const { t } = useT('studio');
    seen.studioTs.push(t);
    return <p data-testid="studio">{t('title')}</p>;
  }
  function Plain() {
    seen.instances.push(useI18n());
    plainRenders += 1;
    return null;
  }
  render(
    <I18nextProvider i18n={i18n}>
      <Reader testId="first" />
      <Reader testId="second" />
      <StudioReader />
      <Plain />
    </I18nextProvider>,
  );
  return { seen, plainRenders: () => plainRenders };
}

describe('useT', () => {
  it('gives the text of the current language and follows a switch', async () => {
    const i18n = createI18n('zh');
    renderReaders(i18n);
    const zhText = screen.getByTestId('first').textContent;
    const zhStudio = screen.getByTestId('studio').textContent;
    expect(zhText).toBe(i18n.getFixedT('zh')('app.loading'));
    expect(zhStudio).toBe(i18n.getFixedT('zh', 'studio')('title'));
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByTestId('first').textContent).toBe(i18n.getFixedT('en')('app.loading'));
    expect(screen.getByTestId('second').textContent).toBe(i18n.getFixedT('en')('app.loading'));
    expect(screen.getByTestId('studio').textContent).toBe(i18n.getFixedT('en', 'studio')('title'));
    expect(screen.getByTestId('first').textContent).not.toBe(zhText);
    expect(screen.getByTestId('studio').textContent).not.toBe(zhStudio);
  });

  it('shares one t per language and namespace, new with each language', async () => {
    const i18n = createI18n('zh');
    const { seen } = renderReaders(i18n);
    const [first, second] = seen.ts;
    expect(second).toBe(first);
    expect(seen.studioTs[0]).not.toBe(first);
    await act(() => i18n.changeLanguage('en'));
    const english = seen.ts.at(-1);
    expect(english).not.toBe(first);
    expect(seen.ts.slice(2).every((t) => t === english)).toBe(true);
    await act(() => i18n.changeLanguage('zh'));
    // Back in Chinese: the very t the components had before, so memos keyed on it hold.
    expect(seen.ts.at(-1)).toBe(first);
  });

  it('hands out the provider instance itself, the same after a switch', async () => {
    const i18n = createI18n('zh');
    const { seen, plainRenders } = renderReaders(i18n);
    await act(() => i18n.changeLanguage('en'));
    expect(seen.instances.length).toBeGreaterThan(3);
    expect(seen.instances.every((instance) => instance === i18n)).toBe(true);
    // The instance alone does not follow the language: no render for a switch.
    expect(plainRenders()).toBe(1);
  });

  it('gives a language picked by the component the same shared t, without following i18next', async () => {
    const i18n = createI18n('zh');
    const picked: unknown[] = [];
    function English() {
      const t = useTIn('en');
      picked.push(t);
      return <p data-testid="english">{t('app.loading')}</p>;
    }
    const { seen } = renderReaders(i18n);
    render(
      <I18nextProvider i18n={i18n}>
        <English />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('english').textContent).toBe(i18n.getFixedT('en')('app.loading'));
    await act(() => i18n.changeLanguage('en'));
    expect(picked).toHaveLength(1);
    expect(picked[0]).toBe(seen.ts.at(-1));
  });
});
