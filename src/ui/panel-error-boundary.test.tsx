import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PanelErrorBoundary } from './panel-error-boundary.tsx';

function Broken(): never {
  throw new Error('bad option');
}

describe('PanelErrorBoundary', () => {
  it('shows its own error card while the panels beside it keep working', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <PanelErrorBoundary
          resetKey={1}
          fallback={(message) => <p role="alert">failed: {message}</p>}
        >
          <Broken />
        </PanelErrorBoundary>
        <PanelErrorBoundary resetKey={1} fallback={() => <p role="alert">failed</p>}>
          <p>healthy panel</p>
        </PanelErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('failed: bad option');
    expect(screen.getByText('healthy panel')).toBeInTheDocument();
    quiet.mockRestore();
  });

  it('tries again when its data changes', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <PanelErrorBoundary resetKey={1} fallback={() => <p role="alert">failed</p>}>
        <Broken />
      </PanelErrorBoundary>,
    );
    rerender(
      <PanelErrorBoundary resetKey={2} fallback={() => <p role="alert">failed</p>}>
        <p>recovered</p>
      </PanelErrorBoundary>,
    );
    expect(screen.getByText('recovered')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
