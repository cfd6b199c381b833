import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { PanelBoundary, PanelErrorCard } from './panel-error-card.tsx';

describe('PanelErrorCard', () => {
  it('names the panel and the error in the page language, as an alert in the panel place', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <PanelErrorCard className="wall-panel" heading="h2" title="Events held" message="boom" />
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveClass('wall-panel', 'wall-panel--error');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Events held');
    expect(alert).toHaveTextContent('boom');
    expect(alert.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('stands in for a panel that throws, inside PanelBoundary, and leaves a sound one alone', () => {
    const Broken = () => {
      throw new Error('no axis');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <PanelBoundary panel={1} className="panel-card" heading="h3" title="Funds">
          <Broken />
        </PanelBoundary>
        <PanelBoundary panel={2} className="panel-card" heading="h3" title="People">
          <p>drawn</p>
        </PanelBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('no axis');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Funds');
    expect(screen.getByText('drawn')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
