import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../../tests/unit/make-bundle.ts';
import { Providers } from '../../app/providers.tsx';
import type { Concept } from '../../data/concept-schema.ts';
import { conceptsQueryOptions } from '../../data/concepts-query.ts';
import { createI18n } from '../../i18n/index.ts';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import { CompareAcrossButton } from './compare-across-button.tsx';

const bundle = makeBundle();
const indicator = { ...bundle.indicators[0]!, concept: 'skilled-workers-trained' };

function renderButton(concepts?: Concept[]) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (concepts) queryClient.setQueryData(conceptsQueryOptions().queryKey, concepts);
  render(
    <Providers
      store={createDashboardStore({ lang: 'en' })}
      i18n={createI18n('en')}
      queryClient={queryClient}
    >
      <CompareAcrossButton bundle={bundle} indicator={indicator} lang="en" />
    </Providers>,
  );
  return screen.getByTestId('compare-across-status');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('CompareAcrossButton', () => {
  it('names the concept in its words once the vocabulary is there', () => {
    const status = renderButton([
      {
        id: 'skilled-workers-trained',
        label: { zh: '培养技能人才', en: 'Skilled workers trained' },
        definition: { zh: '培养的技能人才', en: 'Skilled workers trained' },
        unit: 'person',
        kind: 'stock',
      },
    ]);
    expect(status.textContent).toBe(
      'Finds “Skilled workers trained” in every report of the catalogue.',
    );
  });

  it('never shows the concept id while the vocabulary loads, or when it lacks the concept', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    const loading = renderButton();
    expect(loading.textContent).toBe(
      "Finds this figure's concept in every report of the catalogue.",
    );
    cleanup();
    expect(renderButton([]).textContent).not.toContain('skilled-workers-trained');
  });
});
