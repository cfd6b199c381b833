import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { PanelErrorBoundary } from './panel-error-boundary.tsx';

/** What a panel shows in its own place when drawing it failed; the other panels carry on. */
export function PanelErrorCard({
  className,
  heading: Heading,
  title,
  message,
}: {
  /** The panel's own class; the card adds its `--error` variant. */
  className: string;
  heading: 'h2' | 'h3';
  title: string;
  message: string;
}) {
  const { t } = useT();
  return (
    <article className={`${className} ${className}--error`} role="alert" data-testid="panel-error">
      <Heading>{title}</Heading>
      <p>{t('panel.error', { message })}</p>
    </article>
  );
}

/** A panel inside its own error boundary: if it throws, its error card takes its place. */
export function PanelBoundary({
  panel,
  className,
  heading,
  title,
  children,
}: {
  /** What identifies the panel's content: a new one gives a failed panel another try. */
  panel: unknown;
  className: string;
  heading: 'h2' | 'h3';
  title: string;
  children: ReactNode;
}) {
  return (
    <PanelErrorBoundary
      resetKey={panel}
      fallback={(message) => (
        <PanelErrorCard className={className} heading={heading} title={title} message={message} />
      )}
    >
      {children}
    </PanelErrorBoundary>
  );
}
